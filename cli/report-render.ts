import type { Browser, Page } from 'playwright-core';

/** What the report file is: a 1920 × 1080 PNG of the sheet, or an A4 landscape PDF. */
export type ReportFormat = 'png' | 'pdf';

/** What {@link renderReportFile} needs. */
export interface RenderReportRequest {
  browser: Browser;
  /** Base URL of a collector serving the dashboard, such as `http://127.0.0.1:8080`. */
  collectorUrl: string;
  /** `YYYY-Www`, or null for the collector's current week. */
  week: string | null;
  /** Site slug, or null for the collector's own. */
  site: string | null;
  language: 'vi' | 'en';
  format: ReportFormat;
  /** A viewer code, sent once to `POST /api/v1/session` when given; never put in a URL. */
  viewerToken?: string | undefined;
  /** Longest wait for the view to say it is ready (ms); default 30 000. */
  timeoutMs?: number;
}

/** The report could not be drawn; the message says why and what to do. */
export class ReportRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportRenderError';
  }
}

/** Size of the report sheet (px), as the dashboard lays it out. */
const SHEET = { width: 1920, height: 1080 };
/** The view's sheet in full size: the viewport leaves room for the page's own margins. */
const VIEWPORT = { width: 2000, height: 1300 };
/** The dashboard's localStorage key of the language (see `dashboard/src/i18n/language-controller.ts`). */
const LANGUAGE_STORAGE_KEY = 'onestop-pulse.language';

/**
 * Opens the dashboard's weekly report view in a fresh browser context and returns the file: a
 * screenshot of the 1920 × 1080 sheet, or the page printed on A4 landscape. Waits for the view to
 * say `data-ready="true"` (no fixed sleep), and fails clearly on a sign-in wall or a failed load.
 */
export async function renderReportFile(request: RenderReportRequest): Promise<Buffer> {
  const base = request.collectorUrl.replace(/\/+$/, '');
  const context = await request.browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    timezoneId: 'Asia/Ho_Chi_Minh',
    locale: request.language === 'en' ? 'en-GB' : 'vi-VN',
  });
  try {
    // Runs in the page before its scripts: the dashboard then starts in the chosen language.
    await context.addInitScript({
      content: `localStorage.setItem(${JSON.stringify(LANGUAGE_STORAGE_KEY)}, ${JSON.stringify(request.language)});`,
    });
    if (request.viewerToken) {
      // The request context shares the browser context's cookies: the session cookie set here
      // goes with the page's requests and its WebSocket.
      const response = await context.request.post(`${base}/api/v1/session`, {
        data: { token: request.viewerToken },
        failOnStatusCode: false,
      });
      if (response.status() === 403 || response.status() === 401) {
        throw new ReportRenderError(
          `${base} refused the viewer code (${response.status()}): check --token or PULSE_VIEWER_TOKEN.`,
        );
      }
      if (!response.ok()) {
        throw new ReportRenderError(
          `${base}/api/v1/session answered ${response.status()} to the sign-in: is it a OneStop Pulse collector?`,
        );
      }
    }
    const page = await context.newPage();
    const params = new URLSearchParams();
    if (request.week) params.set('week', request.week);
    if (request.site) params.set('site', request.site);
    const query = params.toString();
    const address = `${base}/#/report${query ? `?${query}` : ''}`;
    try {
      await page.goto(address, { waitUntil: 'domcontentloaded' });
    } catch (error) {
      throw new ReportRenderError(
        `Could not open ${address}: ${String(error)}. Is the collector running at ${base}?`,
      );
    }
    await waitForReport(page, base, request.timeoutMs ?? 30_000);
    if (request.format === 'pdf') {
      return await page.pdf({
        format: 'A4',
        landscape: true,
        printBackground: true,
        preferCSSPageSize: true,
      });
    }
    // The sheet's box may start at a fractional y (the header above it): clip whole pixels.
    const box = await page.getByTestId('report-sheet').boundingBox();
    if (!box) throw new ReportRenderError('The weekly report sheet is not on the page.');
    return await page.screenshot({
      type: 'png',
      animations: 'disabled',
      clip: {
        x: Math.round(box.x),
        y: Math.round(box.y),
        width: SHEET.width,
        height: SHEET.height,
      },
    });
  } finally {
    await context.close();
  }
}

/** Waits until the sheet is drawn, or the page shows why it cannot be. */
async function waitForReport(page: Page, base: string, timeoutMs: number): Promise<void> {
  const outcome = page
    .locator(
      '[data-testid="report-sheet"][data-ready="true"], [data-testid="sign-in"], [data-testid="report-failed"]',
    )
    .first();
  try {
    await outcome.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    throw new ReportRenderError(
      `The weekly report at ${base} was not ready within ${Math.round(timeoutMs / 1000)} s: ` +
        'is the collector up to date (npm run build) and reachable?',
    );
  }
  const testId = await outcome.getAttribute('data-testid');
  if (testId === 'sign-in') {
    throw new ReportRenderError(
      `${base} needs a viewer code: pass --token or set PULSE_VIEWER_TOKEN.`,
    );
  }
  if (
    testId === 'report-failed' &&
    (await outcome.getAttribute('data-reason')) === 'unauthorized'
  ) {
    throw new ReportRenderError(
      `${base} needs a viewer code: pass --token or set PULSE_VIEWER_TOKEN.`,
    );
  }
  if (testId === 'report-failed') {
    throw new ReportRenderError(
      `${base} could not give the weekly report: check that the week exists and the collector's log.`,
    );
  }
}
