// The themes' colours in dashboard/src/page.css: every colour a component reads has a value in
// the dark theme (no light default leaks onto a dark card), and text and marks keep their WCAG
// contrast on the card of each theme. axe-core checks text on the rendered pages; it cannot judge
// lines, bars and swatches (WCAG 1.4.11), which these tables do.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = 'dashboard/src';
const PAGE_CSS = readFileSync(join(SOURCE, 'page.css'), 'utf8');

/** The custom properties a rule of page.css sets, by name. */
function customProperties(selector: string): Map<string, string> {
  const start = PAGE_CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`page.css has no rule for ${selector}`);
  const body = PAGE_CSS.slice(start, PAGE_CSS.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const LIGHT = customProperties('html');
const THEMES = {
  light: LIGHT,
  dark: new Map([...LIGHT, ...customProperties("html[data-theme='dark']")]),
};

/** The dashboard's style modules (`*.styles.ts`) by path, outside the terminals (light only). */
function styleModules(folder = SOURCE): Map<string, string> {
  const modules = new Map<string, string>();
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== 'terminals')
      for (const [p, text] of styleModules(path)) modules.set(p, text);
    else if (entry.name.endsWith('.styles.ts')) modules.set(path, readFileSync(path, 'utf8'));
  }
  return modules;
}

/** Colour properties the components read with a colour default: `var(--pulse-x, #abc)`. */
function colourPropertiesRead(): Set<string> {
  const found = new Set<string>();
  for (const text of styleModules().values())
    for (const m of text.matchAll(/var\((--(?:pulse|report)-[\w-]+),\s*(?:#[0-9a-f]{3,8}|rgb)/gi))
      found.add(m[1]!);
  return found;
}

/**
 * Colours written as they are, outside a `var(…, default)`, a custom property's value and
 * comments, as `path: colour` lines: such a colour is the same in both themes.
 */
function literalColours(): string[] {
  const found: string[] = [];
  for (const [path, text] of styleModules()) {
    const code = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/var\(--[\w-]+,\s*(#[0-9a-f]{3,8}|rgba?\([^)]*\))\)/gi, '')
      // Setting a custom property (the printout's light values) paints nothing by itself.
      .replace(/--[\w-]+:\s*[^;]+;/g, '');
    for (const m of code.matchAll(/#[0-9a-f]{3,8}\b|rgba?\([^)]*\)/gi))
      found.push(`${path}: ${m[0]}`);
  }
  return found;
}

/** Colours that may stay the same in both themes, and why. */
const LITERAL_COLOURS_ALLOWED = [
  // A shadow under the timeline's tip: dark on either page.
  'dashboard/src/components/outage-timeline/outage-timeline.styles.ts: rgb(0 0 0 / 20%)',
  // The demo badge's edge, a mark beside words that say "demo".
  'dashboard/src/views/report/report-view.styles.ts: #e6b800',
  // The connection banner's edge: vermilion reads on both pages.
  'dashboard/src/app/app.styles.ts: #d55e00',
  // Paper is white: the printout.
  'dashboard/src/app/app.styles.ts: #fff',
];

/**
 * Colours that are the same in both themes on purpose: the diagnosis banner is a solid alarm
 * surface (white on dark vermilion, dark on orange) that reads on either page.
 */
const SAME_IN_BOTH_THEMES = new Set([
  '--pulse-diagnosis-down-background',
  '--pulse-diagnosis-down-colour',
  '--pulse-diagnosis-degraded-background',
  '--pulse-diagnosis-degraded-colour',
]);

/** Relative luminance of `#rgb` or `#rrggbb` (WCAG 2.x). */
function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** Text (4.5:1, WCAG 1.4.3) and marks (3:1, WCAG 1.4.11) on the card of each theme. */
const PAIRS: { colour: string; on: string; least: number }[] = [
  ...[
    '--pulse-text-colour',
    '--pulse-muted-colour',
    '--pulse-accent',
    '--pulse-chart-axis-colour',
    '--pulse-status-up',
    '--pulse-status-degraded',
    '--pulse-status-down-text',
    '--pulse-status-unknown',
  ].map((colour) => ({ colour, on: '--pulse-card-background', least: 4.5 })),
  { colour: '--pulse-accent-contrast', on: '--pulse-accent', least: 4.5 },
  { colour: '--pulse-urgent-text', on: '--pulse-urgent-background', least: 4.5 },
  ...[
    '--pulse-status-down',
    '--pulse-loss-low',
    '--pulse-loss-medium',
    '--pulse-loss-high',
    '--pulse-loss-down',
    '--pulse-throughput-rx',
    '--pulse-throughput-tx',
  ].map((colour) => ({ colour, on: '--pulse-card-background', least: 3 })),
];
const DARK_PAIRS: { colour: string; on: string; least: number }[] = [
  ...[
    '--pulse-counter-serving',
    '--pulse-counter-idle',
    '--pulse-counter-paused',
    '--pulse-counter-closed',
    '--pulse-sign-in-problem-colour',
    '--report-better-colour',
    '--report-worse-colour',
  ].map((colour) => ({ colour, on: '--pulse-card-background', least: 4.5 })),
  { colour: '--pulse-counter-closed', on: '--pulse-closed-background', least: 4.5 },
  { colour: '--pulse-demo-colour', on: '--pulse-demo-background', least: 4.5 },
  { colour: '--pulse-banner-colour', on: '--pulse-banner-background', least: 4.5 },
  ...[
    '--pulse-hourly-bar',
    '--pulse-hourly-baseline',
    '--report-p50-colour',
    '--report-p90-colour',
    '--report-target-colour',
  ].map((colour) => ({ colour, on: '--pulse-card-background', least: 3 })),
];

describe('the theme colours of page.css', () => {
  it('give the dark theme a value for every colour a component reads', () => {
    const dark = customProperties("html[data-theme='dark']");
    const missing = [...colourPropertiesRead()].filter(
      (name) => !dark.has(name) && !SAME_IN_BOTH_THEMES.has(name),
    );
    expect(missing).toEqual([]);
  });

  it('leave no colour written as it is in a component or view, other than those listed', () => {
    expect(literalColours().filter((line) => !LITERAL_COLOURS_ALLOWED.includes(line))).toEqual([]);
  });

  it.each([
    ...PAIRS.flatMap((pair) => (['light', 'dark'] as const).map((theme) => ({ ...pair, theme }))),
    ...DARK_PAIRS.map((pair) => ({ ...pair, theme: 'dark' as const })),
  ])('$theme: $colour on $on is at least $least:1', ({ colour, on, least, theme }) => {
    const foreground = THEMES[theme].get(colour);
    const background = THEMES[theme].get(on);
    expect(foreground, colour).toMatch(/^#[0-9a-f]{3}([0-9a-f]{3})?$/i);
    expect(background, on).toMatch(/^#[0-9a-f]{3}([0-9a-f]{3})?$/i);
    expect(contrast(foreground!, background!)).toBeGreaterThanOrEqual(least);
  });
});
