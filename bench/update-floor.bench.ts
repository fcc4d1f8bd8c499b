// Update floor benchmark (issue 6, Must 7): the least main-thread time any page can spend on a live
// update of 20 charts in this machine's Chromium, measured exactly as `dashboard.bench.ts` measures
// the dashboard's update. The page is no product code: plain DOM, 20 canvases the size of the
// Connectivity view's charts (already drawn), 20 texts, one WebSocket. Each second the bench sends
// one message and the page does one of:
//   none     parse the message and nothing else (the cost of a message arriving);
//   text     set the 20 texts;
//   pixel    draw one pixel on one canvas (the least a chart can change);
//   canvases draw one new reading (a 1-px column) on each of the 20 canvases;
//   charts   draw one new reading (a 1-px column) on each of the 20 canvases and set the 20 texts
//            (the least a live update of every chart can do);
// the baseline is the same window of a second with no message, in the same run.
// Variants run in turn, one second each, so that the machine's noise falls on all alike.
// Run: npx tsx bench/update-floor.bench.ts [--seconds 30]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { quantile } from 'd3-array';
import { WebSocketServer, type WebSocket } from 'ws';
import { launchChromium } from '../tests/dashboard/support/browser.js';

const { values: args } = parseArgs({ options: { seconds: { type: 'string', default: '30' } } });
const SECONDS = Number(args.seconds);
const CHARTS = 20;
/** CSS px of one chart's canvas in the Connectivity view at 1920 px (measured in the page). */
const CANVAS = { width: 1_830, height: 120 };
const VARIANTS = ['none', 'text', 'pixel', 'canvases', 'charts'] as const;
type Variant = (typeof VARIANTS)[number];

const PAGE = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>update floor</title>
<style>body{font:14px sans-serif;margin:16px} section{margin:0 0 12px} canvas{display:block;width:${CANVAS.width}px;height:${CANVAS.height}px}</style>
<body><script>
const charts = [];
for (let i = 0; i < ${CHARTS}; i++) {
  const section = document.body.appendChild(document.createElement('section'));
  const title = section.appendChild(document.createElement('h3'));
  title.textContent = 'Đích đo ' + (i + 1) + ' — ';
  const value = title.appendChild(document.createElement('span'));
  value.textContent = '—';
  const canvas = section.appendChild(document.createElement('canvas'));
  canvas.width = ${CANVAS.width}; canvas.height = ${CANVAS.height};
  const context = canvas.getContext('2d');
  for (let x = 0; x < canvas.width; x += 2) {
    context.fillStyle = 'rgba(60, 120, 200, 0.35)';
    context.fillRect(x, 40 + (x * 7) % 50, 2, 30);
    context.fillStyle = '#1f5fa8';
    context.fillRect(x, 55 + (x * 7) % 50, 2, 2);
  }
  charts.push({ value, context, x: 0 });
}
const socket = new WebSocket('ws://' + location.host + '/feed');
socket.onmessage = (event) => {
  const { variant, values } = JSON.parse(event.data);
  if (variant === 'text' || variant === 'charts') {
    for (let i = 0; i < charts.length; i++) charts[i].value.textContent = values[i].toFixed(1) + ' ms';
  }
  if (variant === 'pixel') {
    charts[0].context.fillStyle = '#808080';
    charts[0].context.fillRect(${CANVAS.width} - 14, 4, 1, 1);
  }
  if (variant === 'canvases' || variant === 'charts') {
    for (let i = 0; i < charts.length; i++) {
      const chart = charts[i];
      chart.x = (chart.x + 1) % ${CANVAS.width};
      chart.context.fillStyle = 'rgba(200, 90, 40, 0.5)';
      chart.context.fillRect(chart.x, 30, 1, 60);
      chart.context.fillStyle = '#a8321f';
      chart.context.fillRect(chart.x, 20 + (values[i] % 80), 1, 2);
    }
  }
  window.__handled = (window.__handled ?? 0) + 1;
};
socket.onopen = () => { window.__open = true; };
</script></body></html>`;

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
});
const feed = new WebSocketServer({ server, path: '/feed' });
const sockets = new Set<WebSocket>();
feed.on('connection', (socket) => sockets.add(socket));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const ms = (value: number) => `${value.toFixed(2)} ms`;
console.log(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
await page.goto(url);
await page.waitForFunction('window.__open === true');
// All 20 charts on screen, as the dashboard bench makes them.
const fullHeight = await page.evaluate<number>('document.documentElement.scrollHeight');
await page.setViewportSize({ width: 1920, height: fullHeight });
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
const taskMs = async () =>
  (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value *
  1000;
await sleep(2000);

/** Main-thread ms of a 300 ms window holding one message of the variant, or none (idle). */
async function measureWindow(variant: Variant | 'idle', k: number): Promise<number> {
  const handled = await page.evaluate<number>('window.__handled ?? 0');
  const before = await taskMs();
  const startMs = Date.now();
  if (variant !== 'idle') {
    const message = JSON.stringify({
      variant,
      values: Array.from({ length: CHARTS }, (_, i) => 2 + i * 4 + (k % 10) / 10),
    });
    for (const socket of sockets) socket.send(message);
  }
  await sleep(startMs + 300 - Date.now());
  const window = (await taskMs()) - before;
  if (variant !== 'idle' && (await page.evaluate<number>('window.__handled')) !== handled + 1)
    throw new Error(`the page did not handle the ${variant} message within the window`);
  await sleep(startMs + 1000 - Date.now());
  return window;
}

const results = new Map<Variant | 'idle', number[]>();
for (let k = 0; k < SECONDS; k++) {
  for (const variant of ['idle', ...VARIANTS] as const) {
    const window = await measureWindow(variant, k);
    results.set(variant, [...(results.get(variant) ?? []), window]);
  }
}
await browser.close();
feed.close();
server.close();

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
for (const variant of VARIANTS) {
  const values = results.get(variant)!;
  const p95 = q(values, 0.95) - idleP50;
  const label = {
    none: 'a message arrives, parsed, nothing drawn',
    text: '20 texts set',
    pixel: 'one pixel on one canvas',
    canvases: '20 canvases × one reading',
    charts: '20 canvases × one reading, 20 texts set',
  }[variant];
  console.log(
    `${label.padEnd(43)} | ${ms(q(values, 0.5) - idleP50).padEnd(10)} | ${ms(p95).padEnd(10)} | ${p95 < 4 ? 'under' : 'over'}`,
  );
}
console.log(
  `load average at end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
