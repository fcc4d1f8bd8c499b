import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that time real packets through network namespaces: they run first and one file at a
 * time, so that no browser or server started by another test file skews their milliseconds.
 */
const TIMING_TESTS = ['tests/**/*.netns.test.ts', 'tests/probes/icmp/icmp-netns.test.ts'];

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
          exclude: [...configDefaults.exclude, ...TIMING_TESTS],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
