import { z } from 'zod';

const rttMs = (defaultMs: number) => z.number().positive().max(60_000).default(defaultMs);

/**
 * Settings of the link-health diagnosis (`linkHealth:` in the config file): when a target counts
 * as degraded or down, and for how long an outage's cause may still become clearer. Every key has
 * a default, so `linkHealthSchema.parse({})` gives the defaults.
 */
export const linkHealthSchema = z.object({
  /** Consecutive failed rounds before a target is down (default 2: 20 s at a 10 s interval). */
  downAfterRounds: z.number().int().min(1).max(20).default(2),
  /** Consecutive answered rounds before a down target is up again (default 2). */
  upAfterRounds: z.number().int().min(1).max(20).default(2),
  /** Packet loss at or above which a round is degraded, in percent (default 20). */
  degradedLossPct: z.number().positive().max(100).default(20),
  /**
   * Round-trip time at or above which a round is degraded, in ms, per role: a router a few metres
   * away should answer in a few ms, a portal across the country in tens.
   */
  degradedRttMs: z
    .object({
      local: rttMs(100),
      lan: rttMs(50),
      gateway: rttMs(50),
      isp: rttMs(150),
      dns: rttMs(250),
      internet: rttMs(300),
      portal: rttMs(1000),
      /** Targets the config does not name. */
      other: rttMs(1000),
    })
    .prefault({}),
  /**
   * Seconds after its start during which an outage's cause may still become clearer (default
   * 120): targets fail a round or two apart when the ISP cuts the line, so the first verdict often
   * names only part of the picture.
   */
  causeSettleSeconds: z.number().min(0).max(3600).default(120),
});

/** Validated link-health settings, every default filled in. */
export type LinkHealthSettings = z.output<typeof linkHealthSchema>;
