import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { StaggeredRevealController } from '../../../../dashboard/src/controllers/staggered-reveal-controller.js';

/**
 * A host whose renders the test runs by hand, and a frame scheduler the test advances: `frame()`
 * runs the callbacks due, as the browser does before painting, then renders if one was asked for.
 */
function setUp(options: { firstBatch?: number; perFrame?: number } = {}) {
  let due = new Map<number, () => void>();
  let nextHandle = 1;
  let updateRequested = false;
  const host: ReactiveControllerHost & { controller?: ReactiveController } = {
    addController: (controller) => (host.controller = controller),
    removeController: () => undefined,
    requestUpdate: () => (updateRequested = true),
    updateComplete: Promise.resolve(true),
  };
  const reveal = new StaggeredRevealController(host, {
    ...options,
    requestFrame: (callback) => {
      due.set(nextHandle, callback);
      return nextHandle++;
    },
    cancelFrame: (handle) => due.delete(handle),
  });
  /** Runs one frame; returns whether the host asked to render again. */
  const frame = (): boolean => {
    const callbacks = [...due.values()];
    due = new Map();
    updateRequested = false;
    for (const callback of callbacks) callback();
    return updateRequested;
  };
  return { reveal, frame, host, framesDue: () => due.size };
}

describe('StaggeredRevealController', () => {
  it('reveals the first item in the first render and two more on each frame, in order', () => {
    const { reveal, frame } = setUp();
    const counts = [reveal.revealed('24h ready', 6)];
    while (frame()) counts.push(reveal.revealed('24h ready', 6));
    expect(counts).toEqual([1, 3, 5, 6]);
    expect(reveal.pending).toBe(0);
  });

  it('starts again from the first batch when the data set changes', () => {
    const { reveal, frame } = setUp({ perFrame: 10 });
    reveal.revealed('live ready', 5);
    frame();
    expect(reveal.revealed('live ready', 5)).toBe(5);
    expect(reveal.revealed('24h loading', 5, { hold: true })).toBe(1);
    expect(reveal.revealed('24h ready', 5)).toBe(1);
    expect(reveal.pending).toBe(4);
  });

  it('gives changes of the same data set (a slide, a live reading) at once to every revealed item', () => {
    const { reveal, frame } = setUp({ perFrame: 10 });
    reveal.revealed('live ready', 5);
    frame();
    expect(reveal.revealed('live ready', 5)).toBe(5);
    expect(reveal.revealed('live ready', 5)).toBe(5);
  });

  it('schedules nothing while the data set is on hold, and goes on when it is not', () => {
    const { reveal, frame, framesDue } = setUp();
    expect(reveal.revealed('24h loading', 4, { hold: true })).toBe(1);
    expect(framesDue()).toBe(0);
    expect(frame()).toBe(false);
    expect(reveal.revealed('24h loading', 4, { hold: true })).toBe(1);
    expect(reveal.revealed('24h ready', 4)).toBe(1);
    expect(frame()).toBe(true);
    expect(reveal.revealed('24h ready', 4)).toBe(3);
  });

  it('reveals an item added to a list already shown on the next frame', () => {
    const { reveal, frame } = setUp({ perFrame: 10 });
    reveal.revealed('live ready', 2);
    frame();
    expect(reveal.revealed('live ready', 2)).toBe(2);
    expect(reveal.revealed('live ready', 3)).toBe(2);
    expect(frame()).toBe(true);
    expect(reveal.revealed('live ready', 3)).toBe(3);
  });

  it('asks for one frame at a time, and none once the host has left the document', () => {
    const { reveal, framesDue, host } = setUp();
    reveal.revealed('24h ready', 20);
    reveal.revealed('24h ready', 20);
    expect(framesDue()).toBe(1);
    host.controller!.hostDisconnected!();
    expect(framesDue()).toBe(0);
  });

  it('refuses batches of fewer than one item, saying which option', () => {
    const { host } = setUp();
    expect(() => new StaggeredRevealController(host, { perFrame: 0 })).toThrow(
      /firstBatch \(1\) and perFrame \(0\) must be 1 or more/,
    );
  });
});
