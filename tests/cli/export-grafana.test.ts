import { describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main.js';
import { buildGrafanaDashboard } from '../../collector/export/grafana/index.js';

/** Runs the CLI and returns what it printed on stdout. */
async function printed(argv: string[]): Promise<{ exitCode: number; stdout: string }> {
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  try {
    return { exitCode: await main(argv, {}), stdout };
  } finally {
    spy.mockRestore();
  }
}

describe('onestop-pulse export-grafana', () => {
  it.each([
    [[], 'influxql'],
    [['--flavour', 'influxql'], 'influxql'],
    [['--flavour', 'flux'], 'flux'],
  ] as const)('prints the dashboard JSON for %j', async (args, flavour) => {
    const { exitCode, stdout } = await printed(['export-grafana', ...args]);
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toEqual(buildGrafanaDashboard({ flavour }));
  });
});
