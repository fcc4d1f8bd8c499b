// Update floor benchmark (issue 6, Must 7): the least main-thread time any page can spend on a live
// update of 20 charts in this machine's Chromium, measured exactly as `dashboard.bench.ts` measures
// the dashboard's update. The page is no product code (`support/update-floor-page.ts`): plain DOM,
// 20 canvases the size of the Connectivity view's charts, 20 texts, one WebSocket. Each second the
// bench sends one message and the page does one of:
//   none     parse the message and nothing else (the cost of a message arriving);
//   text     set the 20 texts;
//   pixel    draw one pixel on one canvas (the least a chart can change);
//   canvases draw one new reading (a 1-px column) on each of the 20 canvases;
//   charts   draw one new reading on each of the 20 canvases and set the 20 texts
//            (the least a live update of every chart can do);
// the baseline is the same window of a second with no message, in the same run.
// Variants run in turn, one second each, so that the machine's noise falls on all alike.
// Run: npx tsx bench/update-floor.bench.ts [--seconds 30]
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { quantile } from 'd3-array';
import { launchChromium } from '../tests/dashboard/support/browser.js';
import { FLOOR_LABELS, FLOOR_VARIANTS, openFloorPage } from './support/update-floor-page.js';

const { values: args } = parseArgs({ options: { seconds: { type: 'string', default: '30' } } });
const SECONDS = Number(args.seconds);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const ms = (value: number) => `${value.toFixed(2)} ms`;
const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`load average at start: ${loads()}`);

const browser = await launchChromium();
const floor = await openFloorPage(browser);
const results = new Map<string, number[]>();
for (let k = 0; k < SECONDS; k++) {
  for (const variant of ['idle', ...FLOOR_VARIANTS] as const) {
    const startMs = Date.now();
    results.set(variant, [...(results.get(variant) ?? []), await floor.measureWindow(variant, k)]);
    await sleep(startMs + 1000 - Date.now());
  }
}
await floor.close();
await browser.close();

const q = (values: number[], p: number) =>
  quantile(
    [...values].sort((a, b) => a - b),
    p,
  )!;
const idle = results.get('idle')!;
const idleP50 = q(idle, 0.5);
console.log(
  `\n${SECONDS} windows of 300 ms each, in turn; main-thread time (TaskDuration) less the idle window's p50 (${ms(idleP50)}; idle p95 ${ms(q(idle, 0.95))})`,
);
console.log(
  'what the page does                          | p50        | p95        | 4 ms goal at p95',
);
for (const variant of FLOOR_VARIANTS) {
  const values = results.get(variant)!;
  const p95 = q(values, 0.95) - idleP50;
  console.log(
    `${FLOOR_LABELS[variant].padEnd(43)} | ${ms(q(values, 0.5) - idleP50).padEnd(10)} | ${ms(p95).padEnd(10)} | ${p95 < 4 ? 'under' : 'over'}`,
  );
}
console.log(`load average at end: ${loads()}`);
