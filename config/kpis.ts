import { z } from 'zod';

/** Settings of the live queue figures (`kpis:` in the config file); `kpisSchema.parse({})` gives the defaults. */
export const kpisSchema = z.object({
  /** A ticket called within this many minutes of its issue counts as served on time (default 15). */
  targetWaitMinutes: z
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
  /**
   * Service time assumed for the estimated wait of a field that has served nobody yet today, in
   * minutes (default 8, a typical civil-status procedure).
   */
  defaultServiceMinutes: z
    .number()
    .positive()
    .max(24 * 60)
    .default(8),
});

/** Validated KPI settings, every default filled in. */
export type KpiSettings = z.output<typeof kpisSchema>;
