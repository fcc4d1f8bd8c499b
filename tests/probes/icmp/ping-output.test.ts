import { describe, expect, it } from 'vitest';
import { parsePingOutput } from '../../../probes/icmp/ping-output.js';

// Outputs of `ping -n -c N -i P -W T host` (stdout, then stderr), iputils 20221126 on Debian.
// "real": captured on this machine (loopback, nonexistent.invalid, and a network namespace with
// nftables random drops, an unanswered neighbour and no route); "crafted": written by hand in
// iputils' exact format for what cannot be produced here (duplicates, a time-exceeded hop).
const CASES: {
  name: string;
  output: string;
  sent: number;
  rttsMs: number[];
  detail?: RegExp;
}[] = [
  {
    name: 'real: 3 replies from 127.0.0.1',
    output: `PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.031 ms
64 bytes from 127.0.0.1: icmp_seq=2 ttl=64 time=0.051 ms
64 bytes from 127.0.0.1: icmp_seq=3 ttl=64 time=0.056 ms

--- 127.0.0.1 ping statistics ---
3 packets transmitted, 3 received, 0% packet loss, time 412ms
rtt min/avg/max/mdev = 0.031/0.046/0.056/0.010 ms
`,
    sent: 3,
    rttsMs: [0.031, 0.051, 0.056],
  },
  {
    name: 'real: IPv6 loopback (colons in the address)',
    output: `PING ::1(::1) 56 data bytes
64 bytes from ::1: icmp_seq=1 ttl=64 time=0.034 ms
64 bytes from ::1: icmp_seq=2 ttl=64 time=0.050 ms

--- ::1 ping statistics ---
2 packets transmitted, 2 received, 0% packet loss, time 205ms
rtt min/avg/max/mdev = 0.034/0.042/0.050/0.008 ms
`,
    sent: 2,
    rttsMs: [0.034, 0.05],
  },
  {
    name: 'real: 3 of 10 dropped by nftables',
    output: `PING 127.0.0.2 (127.0.0.2) 56(84) bytes of data.
64 bytes from 127.0.0.2: icmp_seq=1 ttl=64 time=0.042 ms
64 bytes from 127.0.0.2: icmp_seq=2 ttl=64 time=0.064 ms
64 bytes from 127.0.0.2: icmp_seq=4 ttl=64 time=0.059 ms
64 bytes from 127.0.0.2: icmp_seq=7 ttl=64 time=0.066 ms
64 bytes from 127.0.0.2: icmp_seq=8 ttl=64 time=0.067 ms
64 bytes from 127.0.0.2: icmp_seq=9 ttl=64 time=0.066 ms
64 bytes from 127.0.0.2: icmp_seq=10 ttl=64 time=0.061 ms

--- 127.0.0.2 ping statistics ---
10 packets transmitted, 7 received, 30% packet loss, time 501ms
rtt min/avg/max/mdev = 0.042/0.060/0.067/0.008 ms
`,
    sent: 10,
    rttsMs: [0.042, 0.064, 0.059, 0.066, 0.067, 0.066, 0.061],
  },
  {
    name: 'real: unknown host',
    output: '\nping: nonexistent.invalid: Name or service not known\n',
    sent: 0,
    rttsMs: [],
    detail: /unknown host nonexistent\.invalid/,
  },
  {
    name: 'crafted: unknown host while the resolver is unreachable',
    output: '\nping: portal.example: Temporary failure in name resolution\n',
    sent: 0,
    rttsMs: [],
    detail: /unknown host portal\.example/,
  },
  {
    name: 'real: Destination Host Unreachable, +2 errors, 100% packet loss',
    output: `PING 10.77.0.9 (10.77.0.9) 56(84) bytes of data.
From 10.77.0.1 icmp_seq=1 Destination Host Unreachable
From 10.77.0.1 icmp_seq=2 Destination Host Unreachable

--- 10.77.0.9 ping statistics ---
4 packets transmitted, 0 received, +2 errors, 100% packet loss, time 3059ms
pipe 3
`,
    sent: 4,
    rttsMs: [],
    detail: /host unreachable, reported by 10\.77\.0\.1/,
  },
  {
    name: 'real: no route from this machine',
    output: '\nping: connect: Network is unreachable\n',
    sent: 0,
    rttsMs: [],
    detail: /network unreachable/,
  },
  {
    name: 'crafted: Destination Net Unreachable from a router',
    output: `PING 10.20.0.1 (10.20.0.1) 56(84) bytes of data.
From 192.168.1.1 icmp_seq=1 Destination Net Unreachable

--- 10.20.0.1 ping statistics ---
2 packets transmitted, 0 received, +1 errors, 100% packet loss, time 1001ms
`,
    sent: 2,
    rttsMs: [],
    detail: /network unreachable, reported by 192\.168\.1\.1/,
  },
  {
    name: 'real: every request timed out silently',
    output: `PING 127.0.0.3 (127.0.0.3) 56(84) bytes of data.

--- 127.0.0.3 ping statistics ---
3 packets transmitted, 0 received, 100% packet loss, time 408ms
`,
    sent: 3,
    rttsMs: [],
    detail: /no reply within the timeout/,
  },
  {
    name: 'crafted: duplicates are left out, replies sorted by icmp_seq',
    output: `PING 8.8.8.8 (8.8.8.8) 56(84) bytes of data.
64 bytes from 8.8.8.8: icmp_seq=1 ttl=117 time=30.1 ms
64 bytes from 8.8.8.8: icmp_seq=1 ttl=117 time=30.4 ms (DUP!)
64 bytes from 8.8.8.8: icmp_seq=3 ttl=117 time=30.9 ms
64 bytes from 8.8.8.8: icmp_seq=2 ttl=117 time=1020 ms

--- 8.8.8.8 ping statistics ---
3 packets transmitted, 3 received, +1 duplicates, 0% packet loss, time 2003ms
rtt min/avg/max/mdev = 30.100/277.850/1020.000/428.510 ms, pipe 2
`,
    sent: 3,
    rttsMs: [30.1, 1020, 30.9],
  },
  {
    name: 'crafted: time to live exceeded on the way',
    output: `PING 10.30.0.1 (10.30.0.1) 56(84) bytes of data.
From 10.0.0.254 icmp_seq=1 Time to live exceeded

--- 10.30.0.1 ping statistics ---
1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms
`,
    sent: 1,
    rttsMs: [],
    detail: /time to live exceeded at 10\.0\.0\.254/,
  },
  {
    name: 'crafted: BusyBox wording of the statistics',
    output: `PING 127.0.0.1 (127.0.0.1): 56 data bytes
64 bytes from 127.0.0.1: seq=0 ttl=64 time=0.070 ms

--- 127.0.0.1 ping statistics ---
1 packets transmitted, 1 packets received, 0% packet loss
`,
    sent: 1,
    rttsMs: [0.07],
  },
];

describe('parsePingOutput', () => {
  it.each(CASES)('$name', ({ output, sent, rttsMs, detail }) => {
    const parsed = parsePingOutput(output);
    expect(parsed.round).toEqual({ sent, rttsMs });
    if (detail) expect(parsed.detail).toMatch(detail);
    else expect(parsed.detail).toBeUndefined();
  });
});
