import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, inject, vi } from 'vitest';
import type { RunningCollector } from '../../collector/main.js';
import { main } from '../../cli/main.js';
import { newDataDir, testCentreYaml } from '../support/collector.js';
import {
  REPORT_WEEK,
  pngSize,
  startReportWeekCollector,
} from '../dashboard/support/report-week.js';

let collector: RunningCollector | undefined;
afterEach(async () => {
  await collector?.close();
  collector = undefined;
  vi.restoreAllMocks();
});

const outDir = () => mkdtempSync(join(tmpdir(), 'pulse-report-'));

describe('onestop-pulse report', () => {
  it('draws a running collector’s week as a 1920×1080 PNG, signing in with the viewer code', async () => {
    collector = await startReportWeekCollector({ viewerToken: 'viewer-code-1234' });
    const out = join(outDir(), 'report.png');
    const code = await main(
      ['report', '--week', REPORT_WEEK, '--out', out, '--collector', collector.url],
      { PULSE_VIEWER_TOKEN: 'viewer-code-1234' },
    );
    expect(code).toBe(0);
    const png = readFileSync(out);
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    expect(png.length).toBeGreaterThan(50_000);
  });

  it('says a viewer code is needed rather than drawing a sign-in page', async () => {
    collector = await startReportWeekCollector({ viewerToken: 'viewer-code-1234' });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const code = await main(
      ['report', '--out', join(outDir(), 'r.png'), '--collector', collector.url],
      {},
    );
    expect(code).toBe(1);
    expect(error.mock.calls.flat().join('\n')).toMatch(/needs a viewer code.*--token/);
  });

  it('draws a data directory’s week as an A4 PDF in English, with no collector running', async () => {
    const dataDir = newDataDir();
    collector = await startReportWeekCollector({ dataDir });
    await collector.close();
    collector = undefined;
    const dir = outDir();
    const config = join(dir, 'pulse.yaml');
    writeFileSync(config, testCentreYaml(dataDir));
    const out = join(dir, 'report.pdf');
    const code = await main(
      [
        'report',
        '--week',
        REPORT_WEEK,
        '--out',
        out,
        '--data-dir',
        dataDir,
        '--config',
        config,
        '--lang',
        'en',
      ],
      { PULSE_DASHBOARD_DIR: inject('dashboardDir') },
    );
    expect(code).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it.each([
    [['--out', 'r.txt', '--collector', 'http://127.0.0.1:1'], /\.png or \.pdf/],
    [['--out', 'r.png', '--week', '2026-48', '--collector', 'http://127.0.0.1:1'], /ISO week/],
    [['--out', 'r.png'], /either --collector URL .* or --data-dir/],
    [['--out', 'r.png', '--lang', 'fr', '--collector', 'http://127.0.0.1:1'], /vi or en/],
  ])('refuses %j with exit code 2 and what to change', async (args, message) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await main(['report', ...args], {})).toBe(2);
    expect(error.mock.calls.flat().join('\n')).toMatch(message);
  });
});
