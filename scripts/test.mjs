// `npm test`: every layer, in order, stopping at the first failure:
//   1. type check (tsc --noEmit)   2. unit tests (vitest, happy-dom)   3. build (dist/chrome, dist/firefox)
//   4. real-browser tests (node --test tests/e2e, Chromium with the built extension)
// It ends with one plain line `N passed, N failed` counting the test cases of every layer.
// Where no Chromium is installed it says so and how to install it; under CI=true that is a failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { chromiumPath, CHROMIUM_INSTALL_HINT } from '../tests/e2e/support/browsers.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const totals = { passed: 0, failed: 0 };
mkdirSync('test-results', { recursive: true });

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n── ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  console.log(`── ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function finish(code) {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

function gate(ok) {
  if (!ok) {
    totals.failed += 1;
    finish(1);
  }
}

gate(run('type check', 'npx', ['tsc', '--noEmit']));

const vitestJson = 'test-results/vitest.json';
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
}
if (!unitOk) {
  if (totals.failed === 0) totals.failed = 1;
  finish(1);
}

gate(run('build', 'node', ['scripts/build.mjs']));

if (!chromiumPath()) {
  console.log(`\n${CHROMIUM_INSTALL_HINT}`);
  if (ci) {
    console.log('CI=true: a missing browser is a failure, not a skip.');
    totals.failed += 1;
    finish(1);
  }
  console.log('Real-browser tests SKIPPED (no Chromium).');
  finish(0);
}

console.log('\n── real-browser tests (Chromium): node --test tests/e2e');
const e2e = spawnSync('node', ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter=tap', '--test-reporter-destination=stdout', '--test-reporter-destination=test-results/e2e.tap', 'tests/e2e/'], {
  stdio: 'inherit',
});
const tap = existsSync('test-results/e2e.tap') ? readFileSync('test-results/e2e.tap', 'utf8') : '';
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(tap)?.[1] ?? 0);
totals.passed += count('pass');
totals.failed += count('fail');
if (e2e.status !== 0 && count('fail') === 0) totals.failed += 1;
finish(e2e.status === 0 ? 0 : 1);
