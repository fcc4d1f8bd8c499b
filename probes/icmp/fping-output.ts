import { detailOfFailure } from './failure-detail.js';
import type { ParsedPingOutput } from './round-stats.js';

/**
 * The per-host summary line of `fping -C N` (on stderr): `host : 0.04 - 0.06`, one token per
 * request, `-` for one that got no reply. Other lines that start with `host :` (per-reply lines
 * without `-q`, `duplicate for [n]`) do not match, since every token must be a number or `-`.
 */
const SUMMARY_LINE = /^(\S+)\s+:((?:\s+(?:\d+(?:\.\d+)?|-))+)\s*$/;

/**
 * Parses what `fping -C N -q host` printed (stdout and stderr together) for one host. Duplicate
 * replies never count: fping keeps the first reply of each request in the summary line. Without
 * a summary line (an unknown host, a refused option) the round counts as nothing sent.
 */
export function parseFpingOutput(output: string): ParsedPingOutput {
  const lines = output.split(/\r?\n/);
  const summary = lines.map((line) => line.match(SUMMARY_LINE)).find((match) => match !== null);
  const detail = detailOfFailure(lines);
  if (!summary) {
    return {
      round: { sent: 0, rttsMs: [] },
      detail: detail ?? `fping gave no result: ${firstLine(output)}`,
    };
  }
  const tokens = summary[2]!.trim().split(/\s+/);
  const rttsMs = tokens.filter((token) => token !== '-').map(Number);
  const round = { sent: tokens.length, rttsMs };
  if (rttsMs.length > 0) return { round };
  return { round, detail: detail ?? 'no reply within the timeout' };
}

function firstLine(output: string): string {
  return output.trim().split(/\r?\n/)[0] || '(no output)';
}
