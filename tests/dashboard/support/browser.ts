import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The system Chromium; tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for a quiet, deterministic headless run: no sandbox (containers lack the namespaces), no
 * GPU, and none of the background traffic (updates, sync, QUIC) that would leave loopback.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

/**
 * Launches the system Chromium headless. Fails with the command that fixes it when Chromium is
 * not installed, rather than Playwright's hint to download a browser (there is no internet here).
 */
export async function launchChromium(executablePath: string = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: the browser tests drive the system Chromium. ` +
        'Install it with `sudo apt-get install chromium` (about 30 s), then run the tests again.',
    );
  }
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}

/**
 * Collects what a page reports as errors: `console.error` messages and uncaught exceptions, each
 * as one string with its source location when known. Assert the array is empty at the end of a
 * test. Returns the live array; it grows as the page runs.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on('pageerror', (error) => {
    errors.push(`uncaught: ${error.stack ?? error.message}`);
  });
  return errors;
}
