import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

// `dashboardDir`, provided to the tests, is declared in `provided-context.d.ts`.

/**
 * Builds the dashboard once per run into a temporary folder, so that browser tests load the
 * current sources (never a stale `dist/`), and removes it afterwards.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'pulse-dashboard-'));
  await build({
    configFile: 'dashboard/vite.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  project.provide('dashboardDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
