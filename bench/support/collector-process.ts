import { spawn, type ChildProcess } from 'node:child_process';
import { waitUntil } from '../../tests/support/wait.js';

/**
 * Starts `onestop-pulse start --config FILE` from the sources as its own process, quiet but for
 * warnings; with `BENCH_PROFILE` set it writes a CPU profile of each thread to /tmp/prof.
 */
export function spawnCollector(configFile: string): ChildProcess {
  return spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
      '--import',
      'tsx',
      '-e',
      `import('./cli/main.ts').then((m) => m.main(['start', '--config', ${JSON.stringify(configFile)}], process.env))`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PULSE_LOG_LEVEL: 'warn' } },
  );
}

/** Waits until the collector at `url` answers `/healthz`. */
export function collectorStarted(url: string): Promise<void> {
  return waitUntil(
    'the collector to start',
    async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.ok ?? false,
  );
}
