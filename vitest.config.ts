import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/dashboard/support/browser.js';

/**
 * Tests that time real packets through network namespaces: they run first and one file at a
 * time, so that no browser or server started by another test file skews their milliseconds.
 */
const TIMING_TESTS = ['tests/**/*.netns.test.ts', 'tests/probes/icmp/icmp-netns.test.ts'];

/**
 * Component tests: each Lit element mounted alone in the system's Chromium (Vitest browser mode),
 * given properties, and checked for what it renders, announces and fires.
 */
const COMPONENT_TESTS = ['tests/dashboard/src/components/**/*.component.test.ts'];

// One suite for everything: unit tests, integration tests against real servers, and browser tests
// that drive the system's Chromium. Integration tests start real processes, hence the timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/global-setup.ts'],
    // Two cores: run test files two at a time so servers started by tests do not starve.
    maxWorkers: 2,
    // Lit's development build (it checks templates) says so in every file that loads it: no news.
    onConsoleLog: (log) => !log.startsWith('Lit is in dev mode'),
    projects: [
      {
        extends: true,
        test: {
          name: 'timing',
          include: TIMING_TESTS,
          fileParallelism: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'main',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...TIMING_TESTS, ...COMPONENT_TESTS],
          sequence: { groupOrder: 1 },
        },
      },
      {
        // Not `extends`: the elements need no built dashboard and no servers, so no global setup.
        test: {
          name: 'components',
          include: COMPONENT_TESTS,
          testTimeout: 10_000,
          sequence: { groupOrder: 1 },
          browser: {
            enabled: true,
            headless: true,
            // The system's Chromium; tests never download a browser.
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
            }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1024, height: 768 },
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
