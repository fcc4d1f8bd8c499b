import { SpreadPainter, type SpreadAxes, type SpreadUpdate } from './spread-painter.js';
import type { FromSpreadWorker, SpreadCommand } from './spread-worker-messages.js';

/** One chart's canvas as a renderer holds it. */
export interface SpreadSurface {
  /** Sends a change to draw; returns its number, which the listener's `painted` reports once shown. */
  update(update: SpreadUpdate): number;
  /** Lets the canvas and its readings go (the chart left the page). */
  detach(): void;
}

/** What a chart hears from its surface. */
export interface SpreadSurfaceListener {
  /** Every update up to `seq` is on the canvas; the axes to draw over it. */
  painted(seq: number, axes: SpreadAxes | null): void;
  /** The surface can no longer draw (its worker failed): attach a new canvas elsewhere. */
  lost(): void;
}

/** Draws charts' canvases: in a worker when the browser can, else on the page. */
export interface SpreadRenderer {
  attach(canvas: HTMLCanvasElement, listener: SpreadSurfaceListener): SpreadSurface;
}

/**
 * Draws in one worker for all charts of the page. A canvas is handed over once
 * (`transferControlToOffscreen`): from then on only the worker can draw it, so a chart that
 * leaves the page and comes back needs a new canvas. What the charts send in one task goes as
 * one message (a live round updates all 20 charts: one message, not 20, each way).
 */
export class WorkerSpreadRenderer implements SpreadRenderer {
  private readonly worker: Worker;
  private readonly listeners = new Map<number, SpreadSurfaceListener>();
  private nextId = 1;
  private nextSeq = 1;
  private failed = false;
  private commands: SpreadCommand[] = [];
  private transfers: Transferable[] = [];

  constructor() {
    this.worker = new Worker(new URL('./spread-worker.ts', import.meta.url), {
      type: 'module',
      name: 'pulse-spread-charts',
    });
    this.worker.onmessage = ({ data }: MessageEvent<FromSpreadWorker>) => {
      if (data.kind === 'problem') console.error(`OneStop Pulse: ${data.message}`);
      else
        for (const frame of data.frames)
          this.listeners.get(frame.id)?.painted(frame.seq, frame.axes);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      console.error(
        `OneStop Pulse: the chart worker failed (${event.message || 'it could not be loaded'}); ` +
          'the charts are drawn on the page instead. Reload the page to try the worker again.',
      );
      this.fail();
    };
  }

  /** Whether the browser can hand a canvas to a worker. */
  static supported(): boolean {
    return (
      typeof Worker !== 'undefined' &&
      typeof OffscreenCanvas !== 'undefined' &&
      'transferControlToOffscreen' in HTMLCanvasElement.prototype
    );
  }

  /** Whether the worker failed: new charts must be drawn some other way. */
  get broken(): boolean {
    return this.failed;
  }

  attach(canvas: HTMLCanvasElement, listener: SpreadSurfaceListener): SpreadSurface {
    const id = this.nextId++;
    this.listeners.set(id, listener);
    const offscreen = canvas.transferControlToOffscreen();
    this.post({ kind: 'attach', id, canvas: offscreen }, [offscreen]);
    return {
      update: (update) => {
        const seq = this.nextSeq++;
        this.post({ kind: 'update', id, seq, update }, [update.patch.tail.buffer]);
        return seq;
      },
      detach: () => {
        this.listeners.delete(id);
        this.post({ kind: 'detach', id }, []);
      },
    };
  }

  /** Queues a command; the commands of this task leave together once it ends. */
  private post(command: SpreadCommand, transfer: Transferable[]): void {
    if (this.failed) return;
    if (this.commands.length === 0) queueMicrotask(() => this.flush());
    this.commands.push(command);
    this.transfers.push(...transfer);
  }

  private flush(): void {
    const commands = this.commands;
    const transfers = this.transfers;
    this.commands = [];
    this.transfers = [];
    if (!this.failed && commands.length > 0) this.worker.postMessage(commands, transfers);
  }

  private fail(): void {
    if (this.failed) return;
    this.failed = true;
    this.worker.terminate();
    const listeners = [...this.listeners.values()];
    this.listeners.clear();
    for (const listener of listeners) listener.lost();
  }
}

/**
 * Draws on the page, one animation frame after a change: for browsers that cannot hand a canvas
 * to a worker, and after the worker failed. Same painter, same pixels.
 */
export class PageSpreadRenderer implements SpreadRenderer {
  private nextSeq = 1;

  attach(canvas: HTMLCanvasElement, listener: SpreadSurfaceListener): SpreadSurface {
    const painter = new SpreadPainter(canvas);
    let frame: number | null = null;
    let latest = 0;
    return {
      update: (update) => {
        painter.apply(update);
        latest = this.nextSeq++;
        frame ??= requestAnimationFrame(() => {
          frame = null;
          listener.painted(latest, painter.paint());
        });
        return latest;
      },
      detach: () => {
        if (frame !== null) cancelAnimationFrame(frame);
        frame = null;
      },
    };
  }
}

let shared: SpreadRenderer | null = null;

/** The page's renderer: one worker for all charts when the browser can, else the page. */
export function defaultSpreadRenderer(): SpreadRenderer {
  if (shared instanceof WorkerSpreadRenderer && shared.broken) shared = new PageSpreadRenderer();
  shared ??= WorkerSpreadRenderer.supported()
    ? new WorkerSpreadRenderer()
    : new PageSpreadRenderer();
  return shared;
}
