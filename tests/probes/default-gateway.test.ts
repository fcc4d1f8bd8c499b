import { describe, expect, it } from 'vitest';
import { findDefaultGateway, parseDefaultGateway } from '../../probes/default-gateway.js';

const HEADER =
  'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT';

describe('the default gateway from /proc/net/route', () => {
  it.each([
    [
      'one default route',
      [
        HEADER,
        'eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0',
        'eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0',
      ],
      { address: '192.168.1.1', iface: 'eth0' },
    ],
    [
      'two default routes: the lower metric wins',
      [
        HEADER,
        'wlan0\t00000000\t0100000A\t0003\t0\t0\t600\t00000000\t0\t0\t0',
        'eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0',
      ],
      { address: '192.168.1.1', iface: 'eth0' },
    ],
    [
      'no default route',
      [HEADER, 'eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0'],
      undefined,
    ],
    [
      'a default route that is down',
      [HEADER, 'eth0\t00000000\t0101A8C0\t0002\t0\t0\t100\t00000000\t0\t0\t0'],
      undefined,
    ],
    ['an empty table', [HEADER], undefined],
  ])('%s', (_what, lines, expected) => {
    expect(parseDefaultGateway(lines.join('\n'))).toEqual(expected);
  });

  it('reads this machine, or says there is none', async () => {
    const gateway = await findDefaultGateway();
    if (gateway) expect(gateway.address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(await findDefaultGateway('/nonexistent/route')).toBeUndefined();
  });
});
