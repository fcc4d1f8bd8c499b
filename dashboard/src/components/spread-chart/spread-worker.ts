/**
 * The latency charts' worker: it owns every chart's canvas (an `OffscreenCanvas`), keeps its
 * readings, computes its geometry and draws it, so a live round costs the page's main thread no
 * geometry, no canvas work and no canvas upload (with software compositing, Chromium copies a
 * changed page canvas on the main thread; a worker's canvas is committed from here). Changes are
 * drawn once per animation frame, however many arrive in it, and answered in one message.
 */
import { SpreadPainter, type SpreadAxes } from './spread-painter.js';
import type { FromSpreadWorker, ToSpreadWorker } from './spread-worker-messages.js';

/** What this module uses of a dedicated worker's global scope (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToSpreadWorker>) => void) | null;
  postMessage(message: FromSpreadWorker): void;
  requestAnimationFrame?: (callback: () => void) => number;
}
const scope = self as unknown as WorkerScope;

const painters = new Map<number, SpreadPainter>();
/** Charts changed since the last frame, with the newest update's number. */
const dirty = new Map<number, number>();
let scheduled = false;

function paintDirty(): void {
  scheduled = false;
  // One answer for the frame: the page then lays out every chart's new axes once.
  const frames: { id: number; seq: number; axes: SpreadAxes | null }[] = [];
  for (const [id, seq] of dirty) {
    const painter = painters.get(id);
    if (!painter) continue;
    try {
      frames.push({ id, seq, axes: painter.paint() });
    } catch (error) {
      scope.postMessage({
        kind: 'problem',
        message: `chart ${id} could not be drawn: ${String(error)}`,
      });
    }
  }
  dirty.clear();
  if (frames.length > 0) scope.postMessage({ kind: 'painted', frames });
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (scope.requestAnimationFrame) scope.requestAnimationFrame(paintDirty);
  else setTimeout(paintDirty, 16);
}

scope.onmessage = ({ data: commands }) => {
  for (const command of commands) {
    switch (command.kind) {
      case 'attach':
        painters.set(command.id, new SpreadPainter(command.canvas));
        break;
      case 'update':
        painters.get(command.id)?.apply(command.update);
        dirty.set(command.id, command.seq);
        schedule();
        break;
      case 'detach':
        painters.delete(command.id);
        dirty.delete(command.id);
        break;
    }
  }
};
