import { expect } from 'vitest';
import type { RunningCollector } from '../../../collector/main.js';
import { newDataDir, startTestCollector } from '../../support/collector.js';
import {
  midnightOf as midnight,
  postInBatches as post,
  simulatedDay,
} from '../../support/simulated-day.js';

/** Saturday 28/11/2026 12:00 in Asia/Ho_Chi_Minh: week 2026-W48 (Mon 23 → Sun 29) is nearly over. */
export const REPORT_NOW = Date.parse('2026-11-28T12:00:00+07:00');
export const REPORT_WEEK = '2026-W48';
const WEEKDAYS = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];

/**
 * A collector holding week 2026-W48 of the test centre: simulated counters Monday to Friday
 * (`planDay`, seeded), one day of the week before, and an ISP cut on Tuesday 09:00–09:30. Its
 * clock starts on Tuesday morning (the ISP probe's first round is then) and is Saturday noon once
 * the data are in, as in `tests/collector/report/weekly-report.test.ts`.
 */
export async function startReportWeekCollector(
  options: { viewerToken?: string; dataDir?: string } = {},
): Promise<RunningCollector> {
  let now = midnight('2026-11-24') + 8 * 3_600_000;
  const collector = await startTestCollector(options.dataDir ?? newDataDir(), {
    clock: () => now,
    viewerToken: options.viewerToken,
    extraYaml: `probes:\n  intervalSeconds: 3600\n  targets:\n    - { id: isp-hop, name: Nhà mạng, role: isp, url: "tcp://127.0.0.1:9" }\n`,
  });
  const events = [
    ...WEEKDAYS.flatMap((day, i) => simulatedDay(day, i + 1)),
    ...simulatedDay('2026-11-20', 99),
  ];
  await post(collector.url, '/api/v1/events', events);
  const cut = midnight('2026-11-24') + 9 * 3_600_000;
  const rounds = [1, 1, 0, 0, 1, 1].map((up, i) => ({
    ts: cut + (i - 2) * 900_000,
    site: 'test-centre',
    measurement: 'link',
    target: 'isp-hop',
    probe: 'tcp',
    fields: up ? { up, rtt_ms: 2 } : { up },
  }));
  await post(collector.url, '/api/v1/samples', rounds);
  now = REPORT_NOW;
  return collector;
}

/** Width and height of a PNG, from its IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
