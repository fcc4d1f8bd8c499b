import type { CounterEvent } from './event.js';
import type { QueueSnapshot } from './queue.js';
import type { Sample } from './sample.js';

/** A probe target as the dashboard shows it. */
export interface TargetInfo {
  /** Target slug, as in samples. */
  id: string;
  /** Display name from config. */
  name: string;
  /** Place of the target along the path LAN → gateway → ISP → DNS → portals. */
  role: string;
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
