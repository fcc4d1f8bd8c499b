import { describe, expect, it } from 'vitest';
import {
  decodeLinkPoints,
  encodeLinkPoints,
} from '../../../../dashboard/src/charts/link-point-buffer.js';
import type { LinkPoint } from '../../../../dashboard/src/charts/spread-geometry.js';

describe('encodeLinkPoints', () => {
  it('carries every field through one buffer, a field not measured as null, zero as zero', () => {
    const points: LinkPoint[] = [
      { tsMs: 1_764_226_800_000, rttMs: 12.5, minMs: 10, maxMs: 19.25, lossPct: 0, upShare: 1 },
      { tsMs: 1_764_226_830_000, rttMs: null, minMs: null, maxMs: null, lossPct: 100, upShare: 0 },
      { tsMs: 1_764_226_860_000, rttMs: 8, minMs: null, maxMs: null, lossPct: null, upShare: 0.5 },
    ];
    const buffer = encodeLinkPoints(points);
    expect(buffer).toBeInstanceOf(Float64Array);
    expect(buffer.length).toBe(18);
    expect(decodeLinkPoints(buffer)).toEqual(points);
    expect(decodeLinkPoints(encodeLinkPoints([]))).toEqual([]);
  });
});
