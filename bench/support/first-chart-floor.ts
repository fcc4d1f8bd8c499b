// A plain page that draws a first 24 h chart as soon as any page could, for the dashboard bench to
// measure its first chart against: no product code, no live feed to wait for, no framework. It
// asks the collector for the same answer as the Connectivity view (the five link fields and the
// interface rates of 24 h, in the view's step, as a grid of six significant digits), parses it
// and draws the first target's median as one line on a canvas of the charts' size. Served by the
// collector from the bench's build folder, same origin, its script a file (the page's CSP).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HISTORY_PRECISION,
  RANGE_HISTORY_METRICS,
} from '../../dashboard/src/connectivity/range-history-client.js';
import { chooseStepMs, stepParam } from '../../dashboard/src/connectivity/time-range.js';

/** Path of the page under the collector. */
export const FIRST_CHART_FLOOR_PATH = '/first-chart-floor.html';

/** Writes the page and its script into `dashboardDir`; `plotWidthPx` as the view computes it. */
export function writeFirstChartFloor(
  dashboardDir: string,
  { site, target, plotWidthPx }: { site: string; target: string; plotWidthPx: number },
): void {
  const dayMs = 86_400_000;
  const step = stepParam(chooseStepMs(dayMs, plotWidthPx));
  const metrics = RANGE_HISTORY_METRICS.join(',');
  writeFileSync(
    join(dashboardDir, FIRST_CHART_FLOOR_PATH),
    `<!doctype html><html lang="vi"><meta charset="utf-8"><title>first chart floor</title>
<body><h1>Độ trễ</h1><canvas width="1830" height="120" style="width:1830px;height:120px"></canvas>
<script type="module" src="/first-chart-floor.js"></script></body></html>`,
  );
  writeFileSync(
    join(dashboardDir, 'first-chart-floor.js'),
    `const toMs = Date.now();
const query = new URLSearchParams({ metric: '${metrics}', from: String(toMs - ${dayMs}),
  to: String(toMs), site: '${site}', step: '${step}', form: 'grid', precision: '${HISTORY_PRECISION}' });
const answer = await (await fetch('/api/v1/series?' + query)).json();
const series = answer.series.find((s) => s.labels.field === 'rtt_ms' && s.labels.target === '${target}');
const context = document.querySelector('canvas').getContext('2d');
const top = Math.max(...series.values.filter((v) => v !== null));
context.beginPath();
series.values.forEach((v, i) => {
  if (v !== null) context.lineTo((i * 1830) / series.values.length, 115 - (v / top) * 110);
});
context.stroke();
// As the dashboard's watcher sees its chart: in the next animation frame.
requestAnimationFrame(() => { window.__floorPaintedMs = performance.now(); });
`,
  );
}
