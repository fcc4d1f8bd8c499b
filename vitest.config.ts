import { defineConfig } from 'vitest/config';

// One suite for everything: unit tests, integration tests against real servers, and browser tests
// that drive the system's Chromium. Integration tests start real processes, hence the timeouts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/global-setup.ts'],
    // Two cores: run test files two at a time so servers started by tests do not starve.
    maxWorkers: 2,
  },
});
