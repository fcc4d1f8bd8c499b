// Probe cost benchmark (issue 4, Must 7): 50 targets at the default 10-second interval — 20 tcp,
// 20 http, 10 icmp (fping, 10 pings a round) — against servers on 127.0.0.1 run by a separate
// process, measured as CPU of this process and of its reaped children (fping) over wall time, as
// a share of one core; an idle stretch of the same length in the same run is the baseline.
// Run: npx tsx bench/probes.bench.ts [seconds=60]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ProbeScheduler, probeForUrl, type ScheduledTarget } from '../probes/index.js';
import { freePort } from '../tests/support/free-port.js';
import { waitUntil } from '../tests/support/wait.js';

const SECONDS = Number(process.argv[2] ?? 60);
const CLOCK_TICKS_PER_SECOND = 100; // Linux USER_HZ

/** CPU seconds of this process plus its reaped children (utime, stime, cutime, cstime). */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After "pid (comm) ": state is field 0, utime 11, stime 12, cutime 13, cstime 14.
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / CLOCK_TICKS_PER_SECOND;
}

async function measure(run: () => Promise<void>): Promise<{ cpu: number; wall: number }> {
  const cpu0 = cpuSeconds();
  const wall0 = performance.now();
  await run();
  return { cpu: cpuSeconds() - cpu0, wall: (performance.now() - wall0) / 1000 };
}

// Targets' servers in their own process, so that answering costs nothing here.
const [tcpPort, httpPort] = [await freePort(), await freePort()];
const servers = spawn(
  process.execPath,
  [
    '-e',
    `require('node:net').createServer((s) => s.end()).listen(${tcpPort}, '127.0.0.1');
     require('node:http').createServer((q, r) => r.end('ok')).listen(${httpPort}, '127.0.0.1');`,
  ],
  { stdio: 'ignore' },
);
await waitUntil(
  'the target servers',
  async () => (await fetch(`http://127.0.0.1:${httpPort}/`).catch(() => undefined))?.ok ?? false,
);

const urls = [
  ...Array.from({ length: 20 }, () => `tcp://127.0.0.1:${tcpPort}`),
  ...Array.from({ length: 20 }, () => `http://127.0.0.1:${httpPort}/`),
  ...Array.from({ length: 10 }, () => 'icmp://127.0.0.1'),
];
const targets: ScheduledTarget[] = urls.map((text, i) => {
  const url = new URL(text);
  return {
    probe: probeForUrl(url)!,
    intervalSeconds: 10,
    target: { id: `t${i}`, url, timeoutMs: 3000 },
  };
});

let samples = 0;
const idle = await measure(() => new Promise((resolve) => setTimeout(resolve, SECONDS * 1000)));
const probing = await measure(async () => {
  const scheduler = new ProbeScheduler({
    site: 'bench',
    targets,
    onSample: () => samples++,
    onError: (target, error) => console.error(target, error),
  });
  scheduler.start();
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  scheduler.stop();
});
servers.kill();

const share = (m: { cpu: number; wall: number }): string =>
  `${((100 * m.cpu) / m.wall).toFixed(2)} %`;
console.log(
  `${targets.length} targets (20 tcp, 20 http, 10 icmp × 10 pings), 10 s interval, ${SECONDS} s`,
);
console.log(`idle baseline:  ${share(idle)} of one core`);
console.log(`probing:        ${share(probing)} of one core (${samples} samples)`);
console.log(
  `probing − idle: ${((100 * (probing.cpu - idle.cpu)) / probing.wall).toFixed(2)} % of one core (goal < 2 %)`,
);
