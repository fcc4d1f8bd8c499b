#!/usr/bin/env node
// Entry point of the `onestop-pulse` bin: runs the compiled CLI that `npm ci` builds (prepare).
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(compiled)) {
  console.error(
    'OneStop Pulse is not built yet: run "npm run build" (npm ci does it), then try again.',
  );
  process.exit(1);
}
const { main } = await import(compiled.href);
process.exitCode = await main(process.argv.slice(2), process.env);
