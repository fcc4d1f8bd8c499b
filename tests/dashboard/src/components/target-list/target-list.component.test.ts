import { describe, expect, it } from 'vitest';
import type { TargetLinkState } from '../../../../../contracts/link-health.js';
import type { TargetInfo } from '../../../../../contracts/live.js';
import type { Sample } from '../../../../../contracts/sample.js';
import '../../../../../dashboard/src/components/target-list/target-list.js';
import { NOW_MS, minutesAgo } from '../figures.js';
import { mount, part, parts, textOf } from '../mount.js';

const TARGETS: TargetInfo[] = [
  { id: 'router', name: 'Bộ định tuyến', role: 'gateway', probe: 'icmp' },
  { id: 'dvc', name: 'Cổng Dịch vụ công quốc gia', role: 'portal', probe: 'http' },
];

const sample = (target: string, fields: Record<string, number>): Sample => ({
  ts: minutesAgo(0.25),
  site: 'test-centre',
  measurement: 'link',
  target,
  probe: 'tcp',
  fields,
});

const linkState = (
  target: string,
  state: TargetLinkState['state'],
  sinceMs: number | null,
): TargetLinkState => ({
  target,
  name: target,
  role: null,
  state,
  sinceMs,
  lastRoundMs: NOW_MS,
});

describe('pulse-target-list', () => {
  it('lists each target with its role, latest latency and state in words', async () => {
    const list = await mount('pulse-target-list', {
      targets: TARGETS,
      latest: new Map([
        ['router', sample('router', { up: 1, rtt_ms: 1.26 })],
        ['dvc', sample('dvc', { up: 0 })],
      ]),
      linkStates: new Map([['dvc', linkState('dvc', 'down', minutesAgo(12))]]),
      nowMs: NOW_MS,
      language: 'en',
    });
    expect(parts(list, 'li').map((row) => row.dataset.state)).toEqual(['up', 'down']);
    expect(textOf(part(list, '[data-testid="target-router"] .role'))).toBe('· Gateway (router)');
    expect(textOf(part(list, '[data-testid="latency-router"]'))).toBe('1.3 ms');
    expect(textOf(part(list, '[data-testid="status-router"]'))).toBe('Up');
    // A target that does not answer is a state of the link, with no latency and a time it went down.
    expect(textOf(part(list, '[data-testid="latency-dvc"]'))).toBe('—');
    expect(textOf(part(list, '[data-testid="status-dvc"]'))).toBe('Down');
    expect(textOf(part(list, '[data-testid="since-dvc"]'))).toBe('since 09:48');
    expect(textOf(part(list, '[data-testid="target-router"] .measured'))).toBe(
      'Measured at 09:59:45',
    );
  });

  it('shows a target known only from its samples by its slug, after the configured ones', async () => {
    const list = await mount('pulse-target-list', {
      targets: TARGETS,
      latest: new Map([['agent-pc', sample('agent-pc', { up: 1, rtt_ms: 20 })]]),
      nowMs: NOW_MS,
    });
    expect(parts(list, 'li .name').map(textOf)).toEqual([
      'Bộ định tuyến',
      'Cổng Dịch vụ công quốc gia',
      'agent-pc',
    ]);
    expect(textOf(part(list, '[data-testid="status-router"]'))).toBe('Chưa có số liệu');
  });

  it('warns of a certificate about to expire, as an alert under a week', async () => {
    const list = await mount('pulse-target-list', {
      targets: TARGETS,
      latest: new Map([
        ['router', sample('router', { up: 1, rtt_ms: 1, tls_days_left: 20.5 })],
        ['dvc', sample('dvc', { up: 1, rtt_ms: 40, tls_days_left: 3.2 })],
      ]),
      nowMs: NOW_MS,
      language: 'en',
    });
    const warning = part(list, '[data-testid="certificate-router"]');
    expect(textOf(warning)).toBe('Security certificate expires in 20 days');
    expect(warning.getAttribute('role')).toBeNull();
    const urgent = part(list, '[data-testid="certificate-dvc"]');
    expect(urgent.getAttribute('role')).toBe('alert');
    expect(textOf(urgent)).toBe('Security certificate expires in 3 days');
  });

  it('paints each swatch in its chart colour, so the list is the chart’s legend', async () => {
    const list = await mount('pulse-target-list', {
      targets: TARGETS,
      colours: new Map([['dvc', 'rgb(230, 159, 0)']]),
    });
    const swatches = parts(list, '.swatch').map(
      (swatch) => getComputedStyle(swatch).backgroundColor,
    );
    expect(swatches).toEqual(['rgb(0, 114, 178)', 'rgb(230, 159, 0)']);
  });

  it('says so when there is no target', async () => {
    const list = await mount('pulse-target-list', { language: 'en' });
    expect(textOf(part(list, '.empty'))).toBe('No probe targets yet.');
  });
});
