import type { LinkPoint } from './spread-geometry.js';

/** Numbers per reading in a {@link encodeLinkPoints} buffer. */
const STRIDE = 6;

/**
 * Packs readings into one `Float64Array` (six numbers each, NaN for a field not measured), so
 * they cross to the chart worker as one transferred buffer instead of being cloned object by
 * object: a day of 20 targets is 28,800 readings on first load.
 */
export function encodeLinkPoints(points: readonly LinkPoint[]): Float64Array {
  const buffer = new Float64Array(points.length * STRIDE);
  let o = 0;
  for (const p of points) {
    buffer[o++] = p.tsMs;
    buffer[o++] = p.rttMs ?? NaN;
    buffer[o++] = p.minMs ?? NaN;
    buffer[o++] = p.maxMs ?? NaN;
    buffer[o++] = p.lossPct ?? NaN;
    buffer[o++] = p.upShare ?? NaN;
  }
  return buffer;
}

const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/** The readings of a buffer made by {@link encodeLinkPoints}. */
export function decodeLinkPoints(buffer: Float64Array): LinkPoint[] {
  const points: LinkPoint[] = [];
  for (let o = 0; o + STRIDE <= buffer.length; o += STRIDE) {
    points.push({
      tsMs: buffer[o]!,
      rttMs: orNull(buffer[o + 1]!),
      minMs: orNull(buffer[o + 2]!),
      maxMs: orNull(buffer[o + 3]!),
      lossPct: orNull(buffer[o + 4]!),
      upShare: orNull(buffer[o + 5]!),
    });
  }
  return points;
}
