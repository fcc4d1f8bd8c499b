import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

/** axe-core's browser bundle, injected into the page under test. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The rules checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA (colour contrast included). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Runs axe-core on the whole page (open shadow roots included) against {@link WCAG_AA_TAGS}, and
 * returns its violations. The page's context needs `bypassCSP: true`: the collector's
 * Content-Security-Policy refuses the injected script otherwise.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  if (!(await page.evaluate<boolean>("'axe' in window")))
    await page.addScriptTag({ content: AXE_SOURCE });
  // A script, as these tests are type-checked without the DOM's types.
  const results = await page.evaluate<AxeResults>(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_AA_TAGS)} }, resultTypes: ['violations'] })`,
  );
  return results.violations;
}

/**
 * Violations as lines a person can act on: rule, impact, where (the selector path through shadow
 * roots) and what fails, e.g. `color-contrast (serious) at [["pulse-app", …]]: … contrast of 3.86
 * (foreground color: #d55e00, background color: #ffffff …)`.
 */
export function describeViolations(violations: readonly Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'unknown'}) at ${JSON.stringify(node.target)}: ${
          node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help
        }`,
    ),
  );
}
