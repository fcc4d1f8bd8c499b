import { detailOfFailure } from './failure-detail.js';
import type { ParsedPingOutput } from './round-stats.js';

/**
 * A reply line: `64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.031 ms` (iputils; BusyBox
 * says `seq=`).
 */
const REPLY_LINE = /^\d+ bytes from .*\b(?:icmp_)?seq=(\d+)\b.*\btime[=<]\s*(\d+(?:\.\d+)?)\s*ms/;
/**
 * The statistics line: `10 packets transmitted, 7 received, +1 duplicates, +2 errors, 30% packet
 * loss` (BusyBox says `7 packets received`).
 */
const STATISTICS_LINE = /^(\d+) packets transmitted, (\d+) (?:packets )?received/;

/**
 * Parses what iputils `ping -n -c N host` printed (stdout and stderr together). Replies marked
 * `(DUP!)` are left out; replies are put in the order of their `icmp_seq`. Without a statistics
 * line (unknown host, no route) the round counts as nothing sent.
 */
export function parsePingOutput(output: string): ParsedPingOutput {
  const lines = output.split(/\r?\n/);
  const replies: { seq: number; rttMs: number }[] = [];
  let sent: number | undefined;
  for (const line of lines) {
    const reply = line.match(REPLY_LINE);
    if (reply && !line.includes('(DUP!)')) {
      replies.push({ seq: Number(reply[1]), rttMs: Number(reply[2]) });
      continue;
    }
    const statistics = line.match(STATISTICS_LINE);
    if (statistics) sent = Number(statistics[1]);
  }
  replies.sort((a, b) => a.seq - b.seq);
  const round = { sent: sent ?? 0, rttsMs: replies.map((reply) => reply.rttMs) };
  const detail = detailOfFailure(lines);
  if (sent === undefined) {
    return { round, detail: detail ?? `ping gave no result: ${firstLine(output)}` };
  }
  if (round.rttsMs.length > 0) return { round };
  return { round, detail: detail ?? 'no reply within the timeout' };
}

function firstLine(output: string): string {
  return output.trim().split(/\r?\n/)[0] || '(no output)';
}
