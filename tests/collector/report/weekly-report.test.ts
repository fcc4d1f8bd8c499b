import { afterEach, describe, expect, it } from 'vitest';
import type { WeeklyReport } from '../../../contracts/report.js';
import type { RunningCollector } from '../../../collector/main.js';
import { newDataDir, startTestCollector } from '../../support/collector.js';
import {
  midnightOf as midnight,
  postInBatches,
  simulatedDay,
} from '../../support/simulated-day.js';

let collector: RunningCollector | undefined;
afterEach(async () => {
  await collector?.close();
  collector = undefined;
});

// Saturday 28/11/2026 12:00 in Asia/Ho_Chi_Minh: week 2026-W48 (Mon 23 → Sun 29) is nearly over.
const NOW = Date.parse('2026-11-28T12:00:00+07:00');
const WEEKDAYS = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
describe('GET /api/v1/report/weekly', () => {
  it('adds up a week of counter events and outages per day, per field, and against the week before', async () => {
    // The collector starts on Tuesday morning (its ISP probe's first round is then) and is asked
    // for the report on Saturday.
    let now = midnight('2026-11-24') + 8 * 3_600_000;
    collector = await startTestCollector(newDataDir(), {
      clock: () => now,
      extraYaml: `probes:\n  intervalSeconds: 3600\n  targets:\n    - { id: isp-hop, name: Nhà mạng, role: isp, url: "tcp://127.0.0.1:9" }\n`,
    });
    const events = WEEKDAYS.flatMap((day, i) => simulatedDay(day, i + 1));
    const lastWeek = simulatedDay('2026-11-20', 99);
    await postInBatches(collector.url, '/api/v1/events', [...events, ...lastWeek]);
    // An ISP cut on Tuesday 09:00–09:30: 30 working minutes, 2 counters.
    const cut = midnight('2026-11-24') + 9 * 3_600_000;
    const rounds = [1, 1, 0, 0, 1, 1].map((up, i) => ({
      ts: cut + (i - 2) * 900_000,
      site: 'test-centre',
      measurement: 'link',
      target: 'isp-hop',
      probe: 'tcp',
      fields: up ? { up, rtt_ms: 2 } : { up },
    }));
    await postInBatches(collector.url, '/api/v1/samples', rounds);
    now = NOW;

    const response = await fetch(`${collector.url}/api/v1/report/weekly?week=2026-W48`);
    expect(response.status).toBe(200);
    const report = (await response.json()) as WeeklyReport;
    const procedures = events.filter(
      (e) =>
        e.type === 'service.completed' && (e.outcome === 'received' || e.outcome === 'returned'),
    ).length;
    expect(report.week).toBe('2026-W48');
    expect(report.days.map((d) => [d.day, d.working])).toEqual([
      ['2026-11-23', true],
      ['2026-11-24', true],
      ['2026-11-25', true],
      ['2026-11-26', true],
      ['2026-11-27', true],
      ['2026-11-28', false],
      ['2026-11-29', false],
    ]);
    expect(report.totals.procedures).toBe(procedures);
    expect(report.days.reduce((n, d) => n + d.procedures, 0)).toBe(procedures);
    expect(report.fields.map((f) => f.field)).toEqual(['tu-phap-ho-tich', 'chung-thuc']);
    expect(report.fields.reduce((n, f) => n + f.procedures, 0)).toBe(procedures);
    expect(report.totals.issued).toBe(events.filter((e) => e.type === 'ticket.issued').length);
    expect(report.totals.ratingMean).toBeGreaterThan(1);
    expect(report.totals.waitP50Seconds).not.toBeNull();
    expect(report.days[1]).toMatchObject({ outageMinutes: 30, lostCounterMinutes: 60 });
    expect(report.totals.outageMinutes).toBe(30);
    expect(report.outages).toHaveLength(1);
    expect(report.previousTotals.procedures).toBe(
      lastWeek.filter(
        (e) =>
          e.type === 'service.completed' && (e.outcome === 'received' || e.outcome === 'returned'),
      ).length,
    );
  });

  it('refuses a malformed week with the parameter at fault', async () => {
    collector = await startTestCollector(newDataDir(), { clock: () => NOW });
    const response = await fetch(`${collector.url}/api/v1/report/weekly?week=2026-48`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { details: { path: string }[] }).details[0]!.path).toBe(
      'week',
    );
  });
});
