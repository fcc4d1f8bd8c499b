import type { CounterEvent } from './event.js';
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

/** Topics a WebSocket client can subscribe to; all by default. */
export const LIVE_TOPICS = ['sample', 'event', 'state'] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

/** Messages the collector sends on `WS /api/v1/live`. */
export type LiveServerMessage =
  | {
      type: 'snapshot';
      /** Collector clock at the snapshot (epoch ms). */
      atMs: number;
      site: string;
      targets: TargetInfo[];
      /** Latest sample of each series. */
      latest: Sample[];
      queue: QueueSnapshot[];
    }
  | { type: 'sample'; sample: Sample }
  | { type: 'event'; event: CounterEvent }
  | { type: 'state'; queue: QueueSnapshot }
  | { type: 'error'; error: string };

/** Messages a client may send on `WS /api/v1/live`. */
export type LiveClientMessage = { type: 'subscribe'; topics: LiveTopic[] };
