// What the global setup (`tests/global-setup.ts`) provides to every test file, declared apart so
// that both TypeScript projects see it: the root one, and the dashboard's, whose tests may start
// a real collector (`tests/support/collector.ts`).
declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the dashboard built from the current sources for this run. */
    dashboardDir: string;
  }
}

export {};
