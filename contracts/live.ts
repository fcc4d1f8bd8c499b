import type { CounterEvent } from './event.js';
import type {
  LinkHealthSnapshot,
  LinkVerdict,
  Outage,
  OutageEventKind,
  TargetLinkState,
} from './link-health.js';
import type { QueueSnapshot } from './queue.js';
import type { Sample } from './sample.js';

/** Where a target sits on the path from the counters to the portals; the diagnosis walks this path. */
export const TARGET_ROLES = [
  'local',
  'lan',
  'gateway',
  'isp',
  'dns',
  'internet',
  'portal',
] as const;
export type TargetRole = (typeof TARGET_ROLES)[number];

/** Close code of a live connection refused for want of a valid viewer token (4000–4999: ours). */
export const CLOSE_UNAUTHORIZED = 4401;
/** Close code of a client that stopped reading: it reconnects and gets a fresh snapshot. */
export const CLOSE_TOO_SLOW = 4008;

/** A probe target as the dashboard shows it. */
export interface TargetInfo {
  /** Target slug, as in samples. */
  id: string;
  /** Display name from config. */
  name: string;
  /** Place of the target along the path LAN → gateway → ISP → DNS → portals. */
  role: TargetRole;
  /** Probe kind (`tcp`, `http`, ...). */
  probe: string;
}

/**
 * Topics a WebSocket client can subscribe to; all by default. `link` carries target states and
 * the verdict, `outage` the outages as they start, settle and end.
 */
export const LIVE_TOPICS = ['sample', 'event', 'state', 'link', 'outage'] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

/** Messages the collector sends on `WS /api/v1/live`. */
export type LiveServerMessage =
  | {
      type: 'snapshot';
      /** Collector clock at the snapshot (epoch ms). */
      atMs: number;
      site: string;
      /** Display name of the site, from config (absent from older collectors). */
      siteName?: string;
      targets: TargetInfo[];
      /** Latest sample of each series. */
      latest: Sample[];
      queue: QueueSnapshot[];
      /** Target states, verdict and open outages; absent from collectors without link health. */
      link?: LinkHealthSnapshot;
    }
  | { type: 'sample'; sample: Sample }
  /** Samples recorded in one batch, in one frame: thousands of frames a second would cost more than the data. */
  | { type: 'samples'; samples: Sample[] }
  | { type: 'event'; event: CounterEvent }
  | { type: 'state'; queue: QueueSnapshot }
  | {
      type: 'link';
      site: string;
      /** Targets whose state changed since the last `link` message (all of them in the snapshot). */
      changed: TargetLinkState[];
      /** The verdict now, sent whether or not it changed. */
      verdict: LinkVerdict;
    }
  | { type: 'outage'; event: OutageEventKind; outage: Outage }
  | { type: 'error'; error: string };

/** Messages a client may send on `WS /api/v1/live`. */
export type LiveClientMessage = { type: 'subscribe'; topics: LiveTopic[] };
