import { existsSync } from 'node:fs';
import type { Browser, BrowserType } from 'playwright-core';

/** Where Debian and Ubuntu put Chromium (`apt-get install chromium`); `PULSE_CHROMIUM` overrides. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for a quiet, deterministic headless run: no sandbox (containers lack the namespaces), no
 * GPU, and none of the background traffic (updates, sync, QUIC) that would leave the machine.
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

/** Chromium or the library that drives it is missing; the message says what to install. */
export class ChromiumMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChromiumMissingError';
  }
}

/**
 * Launches the system's Chromium headless through `playwright-core` (which never downloads a
 * browser). Fails with the install command when Chromium or `playwright-core` is missing.
 */
export async function launchChromium(
  executablePath: string = DEFAULT_CHROMIUM_PATH,
): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new ChromiumMissingError(
      `Chromium not found at ${executablePath}: report files are drawn by the system's Chromium. ` +
        'Install it with `sudo apt-get install chromium` (or set PULSE_CHROMIUM to its path), then run the command again.',
    );
  }
  let chromium: BrowserType;
  try {
    // Loaded on demand: only `report` needs it, and it is a devDependency of the package.
    ({ chromium } = await import('playwright-core'));
  } catch (error) {
    throw new ChromiumMissingError(
      `The playwright-core package could not be loaded (${String(error)}): ` +
        'install it with `npm install playwright-core` in the OneStop Pulse folder, then run the command again.',
    );
  }
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}
