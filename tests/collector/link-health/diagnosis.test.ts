import { describe, expect, it } from 'vitest';
import type { LinkState } from '../../../contracts/link-health.js';
import type { TargetRole } from '../../../contracts/live.js';
import { diagnose, type DiagnosisTarget } from '../../../collector/link-health/index.js';

/** The path of a commune centre, nearest first: the example config plus a LAN switch, the ISP's first hop and an IP anchor. */
const PATH: [string, string, TargetRole][] = [
  ['collector', 'Máy chủ OneStop Pulse', 'local'],
  ['switch', 'Bộ chia mạng tầng 1', 'lan'],
  ['gateway', 'Modem / router của trung tâm', 'gateway'],
  ['vnpt-hop', 'Trạm đầu tiên của VNPT', 'isp'],
  ['dns-vnpt', 'DNS VNPT', 'dns'],
  ['dns-google', 'DNS Google', 'dns'],
  ['anchor', 'Cloudflare 1.1.1.1', 'internet'],
  ['dvc-quoc-gia', 'Cổng Dịch vụ công quốc gia', 'portal'],
  ['dvc-tinh', 'Cổng Dịch vụ công tỉnh', 'portal'],
];

/** Every target of the path up, except those named; `leaveOut` drops targets from the config. */
function path(
  states: Record<string, LinkState>,
  leaveOut: string[] = [],
  fallback: LinkState = 'up',
): DiagnosisTarget[] {
  return PATH.filter(([id]) => !leaveOut.includes(id)).map(([id, name, role]) => ({
    id,
    name,
    role,
    state: states[id] ?? fallback,
  }));
}

const down = (...ids: string[]): Record<string, LinkState> =>
  Object.fromEntries(ids.map((id) => [id, 'down' as const]));
const INTERNET = ['vnpt-hop', 'dns-vnpt', 'dns-google', 'anchor', 'dvc-quoc-gia', 'dvc-tinh'];

describe('diagnose', () => {
  const cases: [string, DiagnosisTarget[], string, string[]][] = [
    ['all fine', path({}), 'all_ok', []],
    ['no data yet', path({}, [], 'unknown'), 'unknown', []],
    ['no targets at all', [], 'unknown', []],
    ['ISP cut: everything beyond the router down', path(down(...INTERNET)), 'isp_down', INTERNET],
    [
      'ISP cut beyond its first hop',
      path(down(...INTERNET.slice(1))),
      'isp_down',
      INTERNET.slice(1),
    ],
    [
      'ISP cut with no IP anchors configured',
      path(down('dns-vnpt', 'dns-google', 'dvc-quoc-gia', 'dvc-tinh'), ['vnpt-hop', 'anchor']),
      'isp_down',
      ['dns-vnpt', 'dns-google', 'dvc-quoc-gia', 'dvc-tinh'],
    ],
    [
      'DNS only, portals failing with it',
      path(down('dns-vnpt', 'dns-google', 'dvc-quoc-gia', 'dvc-tinh')),
      'dns_down',
      ['dns-vnpt', 'dns-google', 'dvc-quoc-gia', 'dvc-tinh'],
    ],
    [
      'DNS only, portals still up',
      path(down('dns-vnpt', 'dns-google')),
      'dns_down',
      ['dns-vnpt', 'dns-google'],
    ],
    ['one portal only', path(down('dvc-quoc-gia')), 'portal_down:dvc-quoc-gia', ['dvc-quoc-gia']],
    [
      'both portals',
      path(down('dvc-quoc-gia', 'dvc-tinh')),
      'portals_down',
      ['dvc-quoc-gia', 'dvc-tinh'],
    ],
    [
      'gateway down and nothing beyond answers',
      path(down('gateway', ...INTERNET)),
      'gateway_down',
      ['gateway', ...INTERNET],
    ],
    [
      'this PC cut off: LAN, router and internet down',
      path(down('switch', 'gateway', ...INTERNET)),
      'lan_down',
      ['switch', 'gateway', ...INTERNET],
    ],
    [
      'router refuses its check port while the internet answers',
      path(down('gateway')),
      'partial_down',
      ['gateway'],
    ],
    ['one of two DNS servers', path(down('dns-vnpt')), 'partial_down', ['dns-vnpt']],
    [
      'internet down with no router check configured',
      path(down(...INTERNET), ['gateway']),
      'internet_down',
      INTERNET,
    ],
    [
      'internet down while the router state is not known yet',
      path({ ...down(...INTERNET), gateway: 'unknown' }),
      'internet_down',
      INTERNET,
    ],
    ['slow ISP hop', path({ 'vnpt-hop': 'degraded' }), 'degraded', ['vnpt-hop']],
    [
      'a target the config does not name is down',
      [...path({}), { id: 'printer', name: 'printer', role: null, state: 'down' }],
      'partial_down',
      ['printer'],
    ],
  ];
  it.each(cases)('%s → %s', (_name, targets, code, ids) => {
    const verdict = diagnose(targets);
    expect(verdict.code).toBe(code);
    expect(verdict.targets).toEqual(ids);
  });

  it('says an ISP cut in plain words, with the number to call', () => {
    expect(diagnose(path(down(...INTERNET))).text).toEqual({
      vi: {
        summary: 'Mất kết nối Internet: lỗi phía nhà mạng, mạng nội bộ vẫn bình thường',
        action: 'Gọi tổng đài hỗ trợ của nhà mạng (VNPT: 18001091)',
      },
      en: {
        summary: "Internet down on the ISP's side; the local network is fine",
        action: "Call the ISP's support line (VNPT: 18001091)",
      },
    });
  });

  it('names the portal by its display name', () => {
    const { text } = diagnose(path(down('dvc-quoc-gia')));
    expect(text.vi.summary).toBe('Chỉ Cổng Dịch vụ công quốc gia không truy cập được');
    expect(text.en.summary).toBe('Only Cổng Dịch vụ công quốc gia cannot be reached');
  });

  it('starts the DNS sentence with the words IT support knows', () => {
    const { text } = diagnose(path(down('dns-vnpt', 'dns-google')));
    expect(text.vi.summary).toMatch(/^Lỗi phân giải tên miền \(DNS\)/);
    expect(text.en.summary).toMatch(/^Name resolution \(DNS\) is failing/);
  });

  it('sends IT support to the router for a slow router, to the ISP for a slow ISP', () => {
    expect(diagnose(path({ gateway: 'degraded' })).text.en.action).toBe(
      'Check the modem/router and cables',
    );
    expect(diagnose(path({ anchor: 'degraded' })).text.en.action).toMatch(/ISP's support line/);
  });

  it('gives every verdict a sentence and a next step in both languages', () => {
    for (const [, targets] of cases) {
      const { text } = diagnose(targets);
      for (const language of ['vi', 'en'] as const) {
        expect(text[language].summary).not.toBe('');
        expect(text[language].action).not.toBe('');
      }
    }
  });
});
