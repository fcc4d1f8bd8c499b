import type { SpreadAxes, SpreadUpdate } from './spread-painter.js';

/** From the page to the chart worker: the messages of one task, in order, as one message. */
export type ToSpreadWorker = SpreadCommand[];

/** One thing the page asks of the chart worker. */
export type SpreadCommand =
  /** A chart's canvas, handed over once (`transferControlToOffscreen`). */
  | { kind: 'attach'; id: number; canvas: OffscreenCanvas }
  /** A change to draw; `seq` comes back with the frame that shows it. */
  | { kind: 'update'; id: number; seq: number; update: SpreadUpdate }
  /** The chart left the page: its readings and canvas are let go. */
  | { kind: 'detach'; id: number };

/** From the chart worker to the page. */
export type FromSpreadWorker =
  /** The charts' canvases show every update up to `seq`; the axes to draw over each. */
  | { kind: 'painted'; frames: { id: number; seq: number; axes: SpreadAxes | null }[] }
  /** Something failed in the worker, said in words, for the console. */
  | { kind: 'problem'; message: string };
