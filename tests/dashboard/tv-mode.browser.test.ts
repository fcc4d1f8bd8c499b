import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../collector/main.js';
import { planDay, simulatedFieldsOf } from '../../counters/simulator/index.js';
import { newDataDir, startTestCollector } from '../support/collector.js';
import { midnightOf, postInBatches } from '../support/simulated-day.js';
import { collectPageErrors, launchChromium } from './support/browser.js';
import { BUSY_MORNING_MS } from './support/busy-morning.js';

// Screenshots and the measured heights, for a person to look at after the run (not committed).
const SCREENSHOTS = 'test-results';

/**
 * Fields in the order a centre lists them: the reference centre's (DOMAIN.md), with "Văn hóa – Xã
 * hội" moved behind the longest name a commune uses, then two more for a larger centre.
 */
const ALL_FIELDS = [
  { id: 'tu-phap-ho-tich', name: 'Tư pháp – Hộ tịch' },
  { id: 'chung-thuc', name: 'Chứng thực' },
  { id: 'lao-dong-xa-hoi', name: 'Lao động – Thương binh và Xã hội' },
  { id: 'dat-dai', name: 'Đất đai' },
  { id: 'xay-dung', name: 'Xây dựng' },
  { id: 'kinh-doanh', name: 'Kinh doanh' },
  { id: 'van-hoa-xa-hoi', name: 'Văn hóa – Xã hội' },
  { id: 'tai-nguyen-moi-truong', name: 'Tài nguyên và Môi trường' },
];

/** A centre's configuration for the test: its first `fields` fields and `counters` counters. */
interface Centre {
  name: string;
  fields: { id: string; name: string }[];
  counters: { id: string; name: string; fields: string[] }[];
}

function centreOf(fieldCount: number, counterCount: number): Centre {
  const fields = ALL_FIELDS.slice(0, fieldCount);
  return {
    name: `${fieldCount} fields, ${counterCount} counters`,
    fields,
    counters: Array.from({ length: counterCount }, (_, i) => ({
      id: String(i + 1),
      name: `Quầy ${i + 1}`,
      fields: [fields[i % fields.length]!.id],
    })),
  };
}

/** A small centre, the reference centre (6 officials at the counters), and a larger one. */
const CENTRES = [centreOf(3, 4), centreOf(6, 6), centreOf(8, 12)];

/** Screens a TV may be: the design size, a smaller TV, a 4K panel at one CSS pixel per pixel. */
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 3840, height: 2160 },
] as const;
/** The smallest type on the wall screen, as a share of its height: 12 px at 1080 lines. */
const MIN_TYPE_SHARE = 0.011;
const LANGUAGES = ['vi', 'en'] as const;
const THEMES = ['light', 'dark'] as const;

/** Regions of the wall screen that must be wholly on it, as CSS selectors through shadow roots. */
const REGIONS = [
  'pulse-app >>> header',
  'pulse-app >>> [data-testid="connection-banner"]',
  'pulse-app >>> pulse-diagnosis-banner',
  'pulse-app >>> main',
  'pulse-live-load-view >>> section.queue',
  'pulse-live-load-view >>> section.counters',
  'pulse-live-load-view >>> section.hourly',
  'pulse-live-load-view >>> section.today',
  'pulse-field-queue >>> tbody tr',
  'pulse-counter-board >>> li',
  'pulse-hourly-chart >>> .drawing',
] as const;

/** What the page reports about fitting its screen. */
interface Fit {
  viewport: { width: number; height: number };
  scrollHeight: number;
  scrollWidth: number;
  /** Regions shown (selector and index), with their box, that are not wholly inside the viewport. */
  outside: string[];
  /** Regions whose content is taller or wider than their box (hidden or spilling). */
  overflowing: string[];
  /** Regions found per selector, so that a selector that matches nothing is noticed. */
  found: Record<string, number>;
  /** The smallest type of each kind of text shown (tag and class), in px, smallest first. */
  smallestType: { text: string; where: string; px: number }[];
}

/**
 * Measures the page in the browser. A string: the test's TypeScript has no DOM types. `>>>`
 * separates a host from a selector inside its shadow root.
 */
function measureFit(page: Page): Promise<Fit> {
  return page.evaluate<Fit>(`(() => {
    const deepAll = (root, selector) => {
      const hits = [...root.querySelectorAll(selector)];
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) hits.push(...deepAll(element.shadowRoot, selector));
      }
      return hits;
    };
    const find = (selector) => {
      const [host, inner] = selector.split(' >>> ');
      return deepAll(document, host).flatMap((h) => (h.shadowRoot ? [...h.shadowRoot.querySelectorAll(inner)] : []));
    };
    const width = window.innerWidth;
    const height = window.innerHeight;
    const outside = [];
    const overflowing = [];
    const found = {};
    for (const selector of ${JSON.stringify(REGIONS)}) {
      const elements = find(selector).filter((e) => e.getClientRects().length > 0);
      found[selector] = elements.length;
      elements.forEach((element, i) => {
        const r = element.getBoundingClientRect();
        const where = selector + ' #' + i + ' ' + [r.left, r.top, r.right, r.bottom].map(Math.round).join(',');
        if (r.left < -0.5 || r.top < -0.5 || r.right > width + 0.5 || r.bottom > height + 0.5) outside.push(where);
        if (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1) {
          overflowing.push(where + ' content ' + element.scrollWidth + 'x' + element.scrollHeight);
        }
      });
    }
    const root = document.documentElement;
    // Every element with text of its own on screen, through the shadow roots (SVG text included).
    const sizes = new Map();
    for (const element of deepAll(document, '*')) {
      const own = [...element.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim() !== '');
      if (own.length === 0 || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.clipPath === 'inset(50%)') continue;
      const where = element.localName + (element.classList.length > 0 ? '.' + [...element.classList].join('.') : '');
      const px = parseFloat(style.fontSize);
      if (!sizes.has(where) || sizes.get(where).px > px) sizes.set(where, { text: own[0].textContent.trim().slice(0, 30), where, px });
    }
    const smallestType = [...sizes.values()].sort((a, b) => a.px - b.px);
    return { viewport: { width, height }, scrollHeight: root.scrollHeight, scrollWidth: root.scrollWidth, outside, overflowing, found, smallestType };
  })()`);
}

/** A loopback TCP server that accepts and closes connections: a target that is up until closed. */
async function listeningTarget(): Promise<Server> {
  const server = createServer((socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** This morning so far at the centre, a few past days for "a normal day", and a queue. */
function busyMorningEvents({ fields: FIELDS, counters: COUNTERS }: Centre): object[] {
  const fields = simulatedFieldsOf(FIELDS.map((f) => f.id));
  const day = (date: string, seed: number) =>
    planDay({ seed, fields, counters: COUNTERS }).map((planned, i) => ({
      ...planned.event,
      id: `${date}-${i}`,
      ts: midnightOf(date) + planned.atSeconds * 1000,
      site: 'test-centre',
    }));
  const thisMorning = day('2026-11-26', 4).filter((e) => e.ts <= BUSY_MORNING_MS - 60_000);
  // A crowd at every field since 09:20: three-digit waiting totals, long waits in words.
  const crowd = Array.from({ length: 120 }, (_, i) => ({
    id: `crowd-${i}`,
    ts: BUSY_MORNING_MS - 40 * 60_000 + i * 15_000,
    site: 'test-centre',
    type: 'ticket.issued',
    ticket: `Z${String(i).padStart(3, '0')}`,
    field: FIELDS[i % FIELDS.length]!.id,
  }));
  // Every counter called one of the crowd a minute ago: a ticket on every card.
  const calls = COUNTERS.flatMap((counter, i) =>
    ['counter.opened', 'ticket.called', 'service.started'].map((type, k) => ({
      id: `call-${counter.id}-${k}`,
      ts: BUSY_MORNING_MS - 60_000 + k * 1000,
      site: 'test-centre',
      type,
      counter: counter.id,
      ...(k > 0 ? { ticket: crowd[i]!.ticket } : {}),
    })),
  );
  return [
    ...calls,
    ...['2026-11-19', '2026-11-12', '2026-11-05'].flatMap((date, i) => day(date, i + 1)),
    ...thisMorning,
    ...crowd,
  ].sort((a, b) => a.ts - b.ts);
}

describe.each(CENTRES)(
  'TV mode fills the wall screen in every state at $name, without scrolling or clipping',
  (centre) => {
    const tag = `${centre.fields.length}x${centre.counters.length}`;
    const lastCounter = `counter-${centre.counters.length}`;
    let browser: Browser;
    let collector: RunningCollector | undefined;
    let target: Server | undefined;
    /** One wall screen per language and theme, kept open through the states, as a TV would be. */
    const screens: { language: string; theme: string; context: BrowserContext; page: Page }[] = [];
    const measured: Record<string, Fit> = {};

    beforeAll(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      target = await listeningTarget();
      const { port } = target.address() as AddressInfo;
      const offsetMs = BUSY_MORNING_MS - Date.now();
      [browser, collector] = await Promise.all([
        launchChromium(),
        startTestCollector(newDataDir(), {
          clock: () => Date.now() + offsetMs,
          bodyLimitBytes: 1024 * 1024,
          extraYaml: `
probes:
  intervalSeconds: 1
  timeoutMs: 500
  targets:
    - { id: collector, name: Máy chủ OneStop Pulse, role: local, url: "http://127.0.0.1:{port}/healthz" }
    - { id: dvc-quoc-gia, name: Cổng Dịch vụ công quốc gia, role: portal, url: "tcp://127.0.0.1:${port}" }
`,
          configure: (config) => {
            config.fields = centre.fields;
            config.counters = centre.counters;
          },
        }),
      ]);
      for (const language of LANGUAGES) {
        for (const theme of THEMES) {
          const context = await browser.newContext({ colorScheme: theme, viewport: SCREENS[0] });
          await context.addInitScript(
            `localStorage.setItem('onestop-pulse.language', ${JSON.stringify(language)})`,
          );
          const page = await context.newPage();
          await page.goto(`${collector.url}/#/tv`);
          screens.push({ language, theme, context, page });
        }
      }
    }, 60_000);

    afterAll(async () => {
      writeFileSync(`${SCREENSHOTS}/tv-mode-fit-${tag}.json`, JSON.stringify(measured, null, 2));
      await browser?.close();
      await collector?.close();
      if (target) await new Promise((resolve) => target!.close(resolve));
    });

    /** Checks every screen at every size in one state, and saves what it shows. */
    async function expectEveryScreenFits(state: string): Promise<void> {
      for (const { language, theme, page } of screens) {
        for (const size of SCREENS) {
          await page.setViewportSize(size);
          // The layout follows the size at the next frame; the hourly charts redraw to it.
          await page.evaluate(
            'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
          );
          const fit = await measureFit(page);
          const name = `tv-${tag}-${state}-${language}-${theme}-${size.width}x${size.height}`;
          measured[name] = fit;
          await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
          // Soft: every screen and size is checked and reported, not only the first that fails.
          expect
            .soft({ name, scrollHeight: fit.scrollHeight, scrollWidth: fit.scrollWidth })
            .toEqual({
              name,
              scrollHeight: Math.min(fit.scrollHeight, size.height),
              scrollWidth: Math.min(fit.scrollWidth, size.width),
            });
          expect.soft({ name, outside: fit.outside, overflowing: fit.overflowing }).toEqual({
            name,
            outside: [],
            overflowing: [],
          });
          // Read from 4 metres: no text on screen under 1.1 % of its height (12 px at 1080 lines).
          const floorPx = MIN_TYPE_SHARE * size.height;
          expect
            .soft({ name, tooSmall: fit.smallestType.filter((type) => type.px < floorPx) })
            .toEqual({ name, tooSmall: [] });
          expect(fit.found['pulse-live-load-view >>> section.counters']).toBe(1);
          // Every field's row and every counter's card is shown, and so checked above.
          expect(fit.found['pulse-field-queue >>> tbody tr']).toBe(centre.fields.length);
          expect(fit.found['pulse-counter-board >>> li']).toBe(centre.counters.length);
        }
        await page.setViewportSize(SCREENS[0]);
      }
    }

    it('quiet: before the first ticket of the day, the link up', async () => {
      for (const { page } of screens) {
        await page.locator('[data-testid="view-live"][data-tv="true"]').waitFor();
        await page.locator(`[data-testid="${lastCounter}"][data-state]`).waitFor();
        await page
          .locator('[data-testid="diagnosis"][data-code="all_ok"]')
          .waitFor({ timeout: 15_000 });
      }
      await expectEveryScreenFits('quiet');
    }, 90_000);

    it('busy: every counter serving, every field with a crowd waiting', async () => {
      const errors = screens.map(({ page }) => collectPageErrors(page));
      await postInBatches(collector!.url, '/api/v1/events', busyMorningEvents(centre));
      for (const { page } of screens) {
        await expect
          .poll(
            async () => Number(await page.getByTestId('queue-waiting').getAttribute('data-value')),
            {
              timeout: 10_000,
            },
          )
          .toBeGreaterThanOrEqual(100);
        await page.locator(`[data-testid="${lastCounter}"][data-state="serving"]`).waitFor();
      }
      await expectEveryScreenFits('busy');
      expect(errors.flat()).toEqual([]);
    }, 90_000);

    it('outage: the national portal stops answering, the diagnosis banner says so', async () => {
      const errors = screens.map(({ page }) => collectPageErrors(page));
      await new Promise((resolve) => target!.close(resolve));
      target = undefined;
      for (const { page } of screens) {
        await page.locator('pulse-diagnosis-banner .alert.down').waitFor({ timeout: 15_000 });
      }
      await expectEveryScreenFits('outage');
      expect(errors.flat()).toEqual([]);
    }, 90_000);

    it('reconnecting: the collector is gone, both banners over the stale figures', async () => {
      await collector!.close();
      collector = undefined;
      for (const { page } of screens) {
        await page.getByTestId('connection-banner').waitFor({ state: 'visible', timeout: 15_000 });
      }
      await expectEveryScreenFits('reconnecting');
    }, 90_000);
  },
);
