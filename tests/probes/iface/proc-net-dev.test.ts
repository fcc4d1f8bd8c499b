import { describe, expect, it } from 'vitest';
import { parseProcNetDev } from '../../../probes/iface/proc-net-dev.js';

// Real /proc/net/dev of this machine (Linux 6.x), plus crafted lines for what it cannot show.
const REAL = `Inter-|   Receive                                                |  Transmit
 face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
    lo: 10281694    7159    0    0    0     0          0         0 10281694    7159    0    0    0     0       0          0
  ifb0:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
  eth0: 623349340   28010    0    0    0     0          0         0  2278683   19306    0    0    0     0       0          0
`;

describe('parseProcNetDev', () => {
  it.each([
    {
      name: 'real: every interface, the headers skipped',
      text: REAL,
      iface: 'eth0',
      counters: { rxBytes: 623349340n, rxErrors: 0n, txBytes: 2278683n, txErrors: 0n },
      names: ['lo', 'ifb0', 'eth0'],
    },
    {
      name: 'crafted: errors and a 64-bit count past 2^53',
      text: 'enp3s0: 18446744073709551000 99 7 0 0 0 0 0 4294967295 50 3 0 0 0 0 0\n',
      iface: 'enp3s0',
      counters: {
        rxBytes: 18446744073709551000n,
        rxErrors: 7n,
        txBytes: 4294967295n,
        txErrors: 3n,
      },
      names: ['enp3s0'],
    },
    {
      name: 'crafted: old kernels, no space after the colon',
      text: '  eth0:1234 5 0 0 0 0 0 0 678 9 1 0 0 0 0 0\n',
      iface: 'eth0',
      counters: { rxBytes: 1234n, rxErrors: 0n, txBytes: 678n, txErrors: 1n },
      names: ['eth0'],
    },
    {
      name: 'crafted: a truncated line is skipped',
      text: '  eth0: 1234 5 0 0\n    lo: 1 1 0 0 0 0 0 0 1 1 0 0 0 0 0 0\n',
      iface: 'lo',
      counters: { rxBytes: 1n, rxErrors: 0n, txBytes: 1n, txErrors: 0n },
      names: ['lo'],
    },
  ])('$name', ({ text, iface, counters, names }) => {
    const parsed = parseProcNetDev(text);
    expect([...parsed.keys()]).toEqual(names);
    expect(parsed.get(iface)).toEqual(counters);
  });
});
