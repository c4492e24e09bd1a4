// Adds up the Vitest and Playwright JSON reports into the one line CI reads: "N passed, N failed, N skipped".
// When the test command failed but no test did (typecheck, lint, a file that did not load, a broken build), it counts
// one failure, so the line is never green while the exit code is red.
import { existsSync, readFileSync } from 'node:fs'

const load = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined)
const unit = load('reports/vitest.json')
const e2e = load('reports/playwright.json')?.stats
let passed = 0
let failed = 0
let skipped = 0
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0)
}
if (e2e) {
  passed += e2e.expected + e2e.flaky
  failed += e2e.unexpected
  skipped += e2e.skipped
}
if (Number(process.argv[2] ?? 0) !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
