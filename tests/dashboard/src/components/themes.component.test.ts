// Every element in the states the whole-page checks may not reach (a closed counter, an urgent
// certificate, a refused code…), on a card of each theme, checked by axe-core against WCAG 2.x
// A and AA. The themes are the page's own custom properties (`page.css`).
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkVerdict } from '../../../../contracts/link-health.js';
import '../../../../dashboard/src/components/counter-board/counter-board.js';
import '../../../../dashboard/src/components/diagnosis-banner/diagnosis-banner.js';
import '../../../../dashboard/src/components/field-queue/field-queue.js';
import '../../../../dashboard/src/components/hourly-chart/hourly-chart.js';
import '../../../../dashboard/src/components/kpi-tiles/kpi-tiles.js';
import '../../../../dashboard/src/components/language-switch/language-switch.js';
import '../../../../dashboard/src/components/outage-list/outage-list.js';
import '../../../../dashboard/src/components/procedures-chart/procedures-chart.js';
import '../../../../dashboard/src/components/range-picker/range-picker.js';
import '../../../../dashboard/src/components/report-outages/report-outages.js';
import '../../../../dashboard/src/components/report-tiles/report-tiles.js';
import '../../../../dashboard/src/components/satisfaction-tile/satisfaction-tile.js';
import '../../../../dashboard/src/components/sign-in/sign-in.js';
import '../../../../dashboard/src/components/target-list/target-list.js';
import '../../../../dashboard/src/components/theme-switch/theme-switch.js';
import '../../../../dashboard/src/components/view-tabs/view-tabs.js';
import '../../../../dashboard/src/components/wait-chart/wait-chart.js';
import '../../../../dashboard/src/components/week-picker/week-picker.js';
import '../../../../dashboard/src/page.css';
import { NOW_MS, kpiFigures, minutesAgo, queueKpis, reportFigures, reportWeek } from './figures.js';
import { mount } from './mount.js';

const verdict = (code: LinkVerdict['code']): LinkVerdict => ({
  code,
  targets: ['isp'],
  text: {
    vi: { summary: 'Nhà mạng không trả lời', action: 'Gọi tổng đài nhà mạng' },
    en: { summary: 'The provider does not answer', action: 'Call the provider' },
  },
});
const outage = (startedMs: number, endedMs: number | null) => ({
  site: 'test-centre',
  target: 'isp',
  startedMs,
  endedMs,
  durationS: endedMs === null ? null : (endedMs - startedMs) / 1000,
  cause: 'isp_down' as const,
  summary: { vi: 'Nhà mạng không trả lời', en: 'The provider does not answer' },
});
const sample = (target: string, fields: Record<string, number>) => ({
  ts: minutesAgo(1),
  site: 'test-centre',
  measurement: 'link',
  target,
  probe: 'tcp',
  fields,
});

/** Each element in a state worth checking: a name, and how to mount it. */
const STATES: [string, () => Promise<HTMLElement>][] = [
  [
    'counter board, every state',
    () =>
      mount('pulse-counter-board', {
        nowMs: NOW_MS,
        counters: (['serving', 'idle', 'paused', 'closed'] as const).map((state, i) => ({
          counter: String(i + 1),
          name: `Quầy ${i + 1}`,
          state,
          ticket: state === 'serving' ? 'A012' : null,
          sinceMs: minutesAgo(5),
          servedToday: 7,
        })),
      }),
  ],
  [
    'field queue with the demo badge',
    () =>
      mount('pulse-field-queue', {
        nowMs: NOW_MS,
        queue: {
          site: 'demo',
          demo: true,
          asOfMs: minutesAgo(1),
          fields: [
            {
              field: 'a',
              name: 'Tư pháp',
              waiting: 3,
              serving: 1,
              oldestWaitingSinceMs: minutesAgo(9),
            },
            { field: 'b', name: 'Chứng thực', waiting: 0, serving: 0, oldestWaitingSinceMs: null },
          ],
          counters: [],
          totals: { waiting: 3, serving: 1, servedToday: 40, issuedToday: 44 },
          kpis: queueKpis({}),
        },
      }),
  ],
  [
    'KPI tiles, nothing measured yet',
    () => mount('pulse-kpi-tiles', { kpis: queueKpis({ waitP50Seconds: 300 }) }),
  ],
  [
    'satisfaction tile',
    () =>
      mount('pulse-satisfaction-tile', {
        figures: kpiFigures({ ratings: 12, satisfiedShare: 0.75, ratingMean: 3.1 }),
      }),
  ],
  [
    'target list: up, slow, down, no data, certificates',
    () =>
      mount('pulse-target-list', {
        nowMs: NOW_MS,
        targets: [
          { id: 'lan', name: 'Mạng nội bộ', role: 'lan', probe: 'icmp' },
          { id: 'isp', name: 'Nhà mạng', role: 'isp', probe: 'icmp' },
          { id: 'dvc', name: 'Cổng DVC', role: 'portal', probe: 'http' },
          { id: 'dns', name: 'DNS', role: 'dns', probe: 'dns' },
        ],
        latest: new Map([
          ['lan', sample('lan', { up: 1, rtt_ms: 1, tls_days_left: 20 })],
          ['isp', sample('isp', { up: 1, rtt_ms: 300, tls_days_left: 3 })],
          ['dvc', sample('dvc', { up: 0 })],
        ]),
        linkStates: new Map([
          [
            'isp',
            {
              target: 'isp',
              name: 'isp',
              role: 'isp',
              state: 'degraded',
              sinceMs: minutesAgo(3),
              lastRoundMs: NOW_MS,
            },
          ],
          [
            'dvc',
            {
              target: 'dvc',
              name: 'dvc',
              role: 'portal',
              state: 'down',
              sinceMs: minutesAgo(8),
              lastRoundMs: NOW_MS,
            },
          ],
        ]),
      }),
  ],
  ...(['all_ok', 'unknown', 'degraded', 'isp_down'] as const).map(
    (code): [string, () => Promise<HTMLElement>] => [
      `diagnosis banner, ${code}`,
      () =>
        mount('pulse-diagnosis-banner', {
          verdict: verdict(code),
          nowMs: NOW_MS,
          openOutages: [outage(minutesAgo(4), null)],
        }),
    ],
  ),
  [
    'outage list, ongoing and ended',
    () =>
      mount('pulse-outage-list', {
        nowMs: NOW_MS,
        outages: [outage(minutesAgo(4), null), outage(minutesAgo(90), minutesAgo(80))],
      }),
  ],
  ['outage list, empty', () => mount('pulse-outage-list', { outages: [] })],
  [
    'range picker, custom range refused, loading',
    async () => {
      const picker = await mount('pulse-range-picker', { nowMs: NOW_MS, busy: true });
      picker.shadowRoot!.querySelector<HTMLButtonElement>('[data-testid="range-custom"]')!.click();
      await picker.updateComplete;
      picker.shadowRoot!.querySelector<HTMLInputElement>('[data-testid="range-from"]')!.value =
        '2026-11-28T00:00';
      picker.shadowRoot!.querySelector<HTMLButtonElement>('[data-testid="range-apply"]')!.click();
      await picker.updateComplete;
      return picker;
    },
  ],
  [
    'week picker, this week',
    () => mount('pulse-week-picker', { mondayMs: Date.UTC(2026, 10, 22, 17), nowMs: NOW_MS }),
  ],
  ['language switch', () => mount('pulse-language-switch')],
  ['theme switch', () => mount('pulse-theme-switch')],
  ['view tabs', () => mount('pulse-view-tabs', { view: 'report' })],
  [
    'report tiles, better, worse, unchanged, no figures',
    () =>
      mount('pulse-report-tiles', {
        totals: reportFigures({
          procedures: 120,
          waitP50Seconds: 300,
          satisfiedShare: 0.8,
          noShows: 4,
          outageMinutes: 12,
        }),
        previous: reportFigures({
          procedures: 100,
          waitP50Seconds: 200,
          satisfiedShare: 0.8,
          noShows: 4,
        }),
      }),
  ],
  [
    'report outages',
    () => mount('pulse-report-outages', { outages: [outage(minutesAgo(600), minutesAgo(570))] }),
  ],
  [
    'procedures chart',
    () =>
      mount('pulse-procedures-chart', {
        days: reportWeek([30, 20, 10, 0, 5], []),
        fields: [
          {
            field: 'a',
            name: 'Tư pháp',
            procedures: 65,
            completed: 65,
            waitP50Seconds: 60,
            proceduresByDay: [30, 20, 10, 0, 5, 0, 0],
          },
        ],
      }),
  ],
  [
    'wait chart',
    () => mount('pulse-wait-chart', { days: reportWeek([1, 1, 1, 1, 1], [5, 20, 9, null, 3]) }),
  ],
  [
    'hourly chart',
    async () => {
      const chart = await mount('pulse-hourly-chart', {
        label: 'Lượt lấy số',
        today: [0, 0, 0, 0, 0, 0, 0, 4, 9, 3, ...Array.from({ length: 14 }, () => 0)],
        baseline: [
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          3,
          8,
          6,
          4,
          ...Array.from({ length: 13 }, () => 0),
        ],
        currentHour: 9,
      });
      await expect.poll(() => chart.shadowRoot!.querySelector('svg')).not.toBeNull();
      return chart;
    },
  ],
  ['sign-in, wrong code', () => mount('pulse-sign-in', { problem: 'wrong-code' })],
];

const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

beforeAll(() => {
  // The views put the elements on cards.
  document.body.style.setProperty('background', 'var(--pulse-card-background)');
  document.body.style.setProperty('color', 'var(--pulse-text-colour)');
});
afterAll(() => {
  document.body.removeAttribute('style');
  delete document.documentElement.dataset.theme;
});

for (const theme of ['light', 'dark'] as const) {
  describe(`every element in the ${theme} theme`, () => {
    beforeAll(() => {
      document.documentElement.dataset.theme = theme;
    });
    it.each(STATES)('%s: no WCAG A/AA violation', async (_, mountState) => {
      const element = await mountState();
      const results = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_AA_TAGS } });
      const problems = results.violations.flatMap((violation) =>
        violation.nodes.map(
          (node) => `${violation.id}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
        ),
      );
      expect(problems).toEqual([]);
    });
  });
}
