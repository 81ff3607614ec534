// Sums the unit (Vitest), Chromium E2E (Playwright) and Firefox E2E (Vitest + puppeteer-core) JSON
// reports into the closing line CI reads.
import { readFileSync } from 'node:fs';

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
/** A Vitest JSON report; a failed run with no failed test (a file that did not load, a hook that threw) counts once. */
function addVitest(report) {
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numTotalTestSuites && report.success === false && !report.numFailedTests ? 1 : 0);
}
const unit = read('reports/unit.json');
if (unit) addVitest(unit);
const firefox = read('reports/firefox.json');
if (firefox) addVitest(firefox);
const e2e = read('reports/e2e.json');
if (e2e?.stats) {
  passed += e2e.stats.expected ?? 0;
  failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
}
const exitStatus = Number(process.argv[2] ?? 0);
// A stage that failed without reporting a test (typecheck, build) still counts as a failure.
if (exitStatus !== 0 && failed === 0) failed = 1;
const missing = [!unit && 'unit', !e2e && 'e2e', !firefox && 'firefox'].filter(Boolean);
if (missing.length) console.log(`(no report from: ${missing.join(', ')} — that stage did not run)`);
console.log(`${passed} passed, ${failed} failed`);
