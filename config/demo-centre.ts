import type { z } from 'zod';
import type { pulseConfigSchema } from './schema.js';

/** Which link targets the demo centre probes: all of a real centre's, or only those on this machine. */
export type DemoTargetScope = 'all' | 'local';

/**
 * The demo centre: the reference commune centre of DOMAIN.md (6 counters, its fields) with the link
 * targets of a real Vietnamese centre. Its only target that answers everywhere is the collector
 * itself; the internet ones show as down where there is no internet, which is the truth there.
 */
export function demoCentreConfig(scope: DemoTargetScope): z.input<typeof pulseConfigSchema> {
  const localTargets = [
    {
      id: 'collector',
      name: 'Máy chủ OneStop Pulse',
      role: 'local' as const,
      // The port is filled in by the collector once it listens (`{port}`), so `PULSE_PORT=0` works.
      url: 'http://127.0.0.1:{port}/healthz',
    },
  ];
  const internetTargets = [
    {
      id: 'gateway',
      name: 'Modem / router của trung tâm',
      role: 'gateway' as const,
      // `{gateway}`: the default gateway of this machine's routing table, found at start.
      url: 'icmp://{gateway}',
    },
    { id: 'dns-google', name: 'DNS Google 8.8.8.8', role: 'dns' as const, url: 'tcp://8.8.8.8:53' },
    {
      id: 'dns-cloudflare',
      name: 'DNS Cloudflare 1.1.1.1',
      role: 'dns' as const,
      url: 'tcp://1.1.1.1:53',
    },
    {
      id: 'dvc-quoc-gia',
      name: 'Cổng Dịch vụ công quốc gia',
      role: 'portal' as const,
      url: 'https://dichvucong.gov.vn',
    },
    {
      id: 'dvc-tinh',
      name: 'Cổng Dịch vụ công tỉnh',
      role: 'portal' as const,
      url: 'https://dichvucong.phutho.gov.vn',
    },
  ];
  return {
    site: { id: 'demo', name: 'Trung tâm PVHCC xã (mô phỏng)' },
    probes: {
      intervalSeconds: 5,
      timeoutMs: 2000,
      targets: scope === 'all' ? [...localTargets, ...internetTargets] : localTargets,
    },
    fields: [
      { id: 'tu-phap-ho-tich', name: 'Tư pháp – Hộ tịch' },
      { id: 'chung-thuc', name: 'Chứng thực' },
      { id: 'dat-dai', name: 'Đất đai' },
      { id: 'xay-dung', name: 'Xây dựng' },
      { id: 'kinh-doanh', name: 'Kinh doanh' },
      { id: 'van-hoa-xa-hoi', name: 'Văn hóa – Xã hội' },
    ],
    counters: [
      { id: '1', name: 'Quầy 1', fields: ['tu-phap-ho-tich'] },
      { id: '2', name: 'Quầy 2', fields: ['tu-phap-ho-tich', 'chung-thuc'] },
      { id: '3', name: 'Quầy 3', fields: ['chung-thuc'] },
      { id: '4', name: 'Quầy 4', fields: ['dat-dai', 'xay-dung'] },
      { id: '5', name: 'Quầy 5', fields: ['kinh-doanh'] },
      { id: '6', name: 'Quầy 6', fields: ['van-hoa-xa-hoi'] },
    ],
    demo: { enabled: true, seed: 1, speed: 60 },
  };
}
