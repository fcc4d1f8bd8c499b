import { describe, expect, it } from 'vitest';
import { parseFpingOutput } from '../../../probes/icmp/fping-output.js';

// Outputs of `fping -C N -q -p P -t T host` (stdout, then stderr), fping 5.1 on Debian. "real":
// captured on this machine, against 127.0.0.1, ::1, nonexistent.invalid, and in a network
// namespace with nftables random drops, an unanswered neighbour (ARP fails) and no route.
// "crafted": written by hand in the exact format of fping's source, for what this machine cannot
// produce (older fping messages, duplicates, a truncated run).
const CASES: {
  name: string;
  output: string;
  sent: number;
  rttsMs: number[];
  detail?: RegExp;
}[] = [
  {
    name: 'real: 5 replies from 127.0.0.1',
    output: '\n127.0.0.1 : 0.119 0.063 0.060 0.060 0.060\n',
    sent: 5,
    rttsMs: [0.119, 0.063, 0.06, 0.06, 0.06],
  },
  {
    name: 'real: IPv6 loopback, host padded',
    output: '\n::1       : 0.096 0.046 0.053\n',
    sent: 3,
    rttsMs: [0.096, 0.046, 0.053],
  },
  {
    name: 'real: 4 of 10 dropped by nftables',
    output: '\n127.0.0.2 : - - 0.103 - - - 0.053 0.069 0.069 0.068\n',
    sent: 10,
    rttsMs: [0.103, 0.053, 0.069, 0.069, 0.068],
  },
  {
    name: 'real: unknown host (fping 5)',
    output: '\nnonexistent.invalid: Name or service not known\n',
    sent: 0,
    rttsMs: [],
    detail: /unknown host nonexistent\.invalid/,
  },
  {
    name: 'crafted: unknown host (fping 3 and 4)',
    output: '\nnonexistent.invalid address not found\n',
    sent: 0,
    rttsMs: [],
    detail: /unknown host nonexistent\.invalid/,
  },
  {
    name: 'real: neighbour that never answers (all lost)',
    output: '\n10.77.0.9 : - - - -\n',
    sent: 4,
    rttsMs: [],
    detail: /no reply within the timeout/,
  },
  {
    name: 'real: no route (quiet mode hides the error)',
    output: '\n192.0.2.1 : - - -\n',
    sent: 3,
    rttsMs: [],
    detail: /no reply/,
  },
  {
    name: 'real: ICMP Host Unreachable lines (without -q) and per-reply lines',
    output: [
      '10.77.0.9 : [0], timed out (NaN avg, 100% loss)',
      '10.77.0.9 : [1], timed out (NaN avg, 100% loss)',
      'ICMP Host Unreachable from 10.77.0.1 for ICMP Echo sent to 10.77.0.9',
      'ICMP Host Unreachable from 10.77.0.1 for ICMP Echo sent to 10.77.0.9',
      '10.77.0.9 : [2], timed out (NaN avg, 100% loss)',
      '10.77.0.9 : [3], timed out (NaN avg, 100% loss)',
      '',
      '10.77.0.9 : - - - -',
    ].join('\n'),
    sent: 4,
    rttsMs: [],
    detail: /host unreachable, reported by 10\.77\.0\.1/,
  },
  {
    name: 'real: per-reply lines with -p 50 (not quiet) then the summary',
    output: [
      '127.0.0.2 : [0], 64 bytes, 0.065 ms (0.065 avg, 0% loss)',
      '127.0.0.2 : [1], 64 bytes, 0.069 ms (0.067 avg, 0% loss)',
      '127.0.0.2 : [3], 64 bytes, 0.070 ms (0.068 avg, 0% loss)',
      '127.0.0.2 : [2], timed out (0.068 avg, 25% loss)',
      '',
      '127.0.0.2 : 0.065 0.069 - 0.070',
    ].join('\n'),
    sent: 4,
    rttsMs: [0.065, 0.069, 0.07],
  },
  {
    name: 'crafted: duplicate replies (fping before 5.1 printed them on stderr)',
    output: [
      '8.8.8.8 : duplicate for [0], 64 bytes, 31.2 ms',
      '8.8.8.8 : duplicate for [2], 64 bytes, 30.9 ms [<- 10.0.0.1]',
      '8.8.8.8 : 30.1 31.5 30.7',
    ].join('\n'),
    sent: 3,
    rttsMs: [30.1, 31.5, 30.7],
  },
  {
    name: 'crafted: a run cut short before its summary',
    output: '8.8.8.8 : [0], 64 bytes, 30.1 ms (30.1 avg, 0% loss)\n',
    sent: 0,
    rttsMs: [],
    detail: /fping gave no result/,
  },
  {
    name: 'crafted: empty output',
    output: '\n',
    sent: 0,
    rttsMs: [],
    detail: /no output/,
  },
];

describe('parseFpingOutput', () => {
  it.each(CASES)('$name', ({ output, sent, rttsMs, detail }) => {
    const parsed = parseFpingOutput(output);
    expect(parsed.round).toEqual({ sent, rttsMs });
    if (detail) expect(parsed.detail).toMatch(detail);
    else expect(parsed.detail).toBeUndefined();
  });
});
