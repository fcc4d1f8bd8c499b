import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WeeklyReport } from '../../contracts/report.js';
import type { RunningCollector } from '../../collector/main.js';
import { collectPageErrors, launchChromium } from './support/browser.js';
import { REPORT_WEEK, pngSize, startReportWeekCollector } from './support/report-week.js';

// Screenshots for a person to look at after the run (not committed).
const SCREENSHOTS = 'test-results';
let browser: Browser;
let collector: RunningCollector | undefined;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(() => browser?.close());
afterEach(async () => {
  await collector?.close();
  collector = undefined;
});

describe('the weekly report view in Chromium', () => {
  it('shows week 48 in Vietnamese with the API’s figures, and exports a 1920×1080 PNG', async () => {
    collector = await startReportWeekCollector();
    const api = (await (
      await fetch(`${collector.url}/api/v1/report/weekly?week=${REPORT_WEEK}`)
    ).json()) as WeeklyReport;
    // Wide enough for the sheet at full size, as the meeting's screenshot.
    const page = await browser.newPage({ viewport: { width: 2000, height: 1300 } });
    const errors = collectPageErrors(page);
    await page.goto(`${collector.url}/#/report?week=${REPORT_WEEK}`);
    const sheet = page.locator('[data-testid="report-sheet"][data-ready="true"]');
    await sheet.waitFor({ timeout: 10_000 });

    expect(await page.getByTestId('report-title').textContent()).toBe(
      'Báo cáo tuần 48/2026 (23/11 – 29/11/2026)',
    );
    expect(await page.getByTestId('report-centre').textContent()).toBe('Trung tâm thử nghiệm');
    expect(api.totals.procedures).toBeGreaterThan(0);
    expect(await page.getByTestId('report-procedures').getAttribute('data-value')).toBe(
      String(api.totals.procedures),
    );
    expect(await page.getByTestId('procedures-chart').getAttribute('data-total')).toBe(
      String(api.totals.procedures),
    );
    expect(await page.getByTestId('report-change-procedures').textContent()).toMatch(
      /(tăng|giảm) .* so với tuần trước/,
    );
    expect(await page.getByTestId('report-outage').textContent()).toContain('30 phút');
    expect(await page.getByTestId('report-outages').getAttribute('data-count')).toBe('1');
    expect(await page.getByText('Hồ sơ giải quyết theo ngày và lĩnh vực').isVisible()).toBe(true);
    expect(await page.getByTestId('report-in-progress').textContent()).toContain(
      '28/11/2026 12:00',
    );
    expect(await page.getByTestId('report-next-week').isDisabled()).toBe(true);
    const box = (await sheet.boundingBox())!;
    await page.screenshot({
      path: `${SCREENSHOTS}/view-report.png`,
      clip: { x: Math.round(box.x), y: Math.round(box.y), width: 1920, height: 1080 },
    });

    // "Xuất ảnh PNG" saves the sheet as shown, at 1920 × 1080.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`bao-cao-tuan-test-centre-${REPORT_WEEK}.png`);
    const exported = `${SCREENSHOTS}/view-report-export.png`;
    await download.saveAs(exported);
    const png = readFileSync(exported);
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    // A blank canvas of that size compresses to a few kB; the drawn report is far larger.
    expect(png.length).toBeGreaterThan(50_000);

    // The week picker moves by keyboard, and the address follows.
    await page.getByTestId('report-previous-week').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('location.hash')).toBe('#/report?week=2026-W47');
    await page.locator('[data-testid="report-sheet"][data-week="2026-W47"]').waitFor();
    expect(await page.getByTestId('report-title').textContent()).toContain('47/2026');

    expect(errors).toEqual([]);
    await page.close();
  });
});
