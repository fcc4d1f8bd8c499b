#!/usr/bin/env node
// Prints the plain closing line "N passed, N failed" (", N skipped") from Vitest's JSON report,
// which CI reads to know that tests ran.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(
  `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed` +
    (skipped > 0 ? `, ${skipped} skipped` : ''),
);
process.exitCode = report.numFailedTests > 0 || !report.success ? 1 : 0;
