#!/usr/bin/env node
// `npm test`: runs the project's gate (`npm run check`, one result per step) and every suite
// (vitest unit tests, Playwright e2e in Chromium, the Electron e2e suite) and ends with ONE line
// `N passed, N failed, N skipped` summing all of them, which is what CI reads. Skipped tests are
// listed with their reasons, so nothing is silently absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readPlaywright, readVitest } from './suite-results.mjs';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'tests', 'output', 'results');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const only = process.argv.slice(2); // e.g. `npm test -- unit e2e`
// The unit tests run in a shuffled order (vitest.config.ts); the seed is printed beside any
// failure, so an order-dependent one can be run again in the same order: UNIT_SEED=N npm test -- unit.
const unitSeed = Number(process.env.UNIT_SEED) || Date.now() % 1_000_000;
const suites = [
  // The steps of `npm run check`, read from package.json so the gate and CI cannot drift apart.
  // Each step counts as one test; all run even when one fails, so one run shows every broken gate.
  { name: 'check', steps: checkSteps() },
  {
    name: 'unit',
    cmd: [
      'npx',
      'vitest',
      'run',
      `--sequence.seed=${unitSeed}`,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${outDir}/unit.json`,
    ],
    read: readVitest,
  },
  {
    name: 'e2e',
    cmd: ['npx', 'playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${outDir}/e2e.json` },
    read: readPlaywright,
  },
  {
    name: 'electron-e2e',
    cmd: [
      'npx',
      'playwright',
      'test',
      '-c',
      'tests/electron-e2e/playwright.config.ts',
      '--reporter=list,json',
    ],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${outDir}/electron-e2e.json` },
    read: readPlaywright,
    optionalConfig: 'tests/electron-e2e/playwright.config.ts',
  },
].filter((s) => only.length === 0 || only.includes(s.name));

const total = { passed: 0, failed: 0, skipped: 0 };
const skipReasons = [];
/** Each failed test (or file that could not run) by suite, with the first line of why. */
const failures = [];
let crashed = false;

const failedSteps = [];

for (const suite of suites) {
  if (suite.steps) {
    const counts = runSteps(suite);
    total.passed += counts.passed;
    total.failed += counts.failed;
    continue;
  }
  if (suite.optionalConfig && !existsSync(path.join(root, suite.optionalConfig))) continue;
  console.log(`\n=== ${suite.name}: ${suite.cmd.join(' ')}`);
  const result = spawnSync(suite.cmd[0], suite.cmd.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...suite.env },
  });
  const jsonFile = path.join(outDir, `${suite.name}.json`);
  const counts = existsSync(jsonFile) ? suite.read(JSON.parse(readFileSync(jsonFile, 'utf8')), root) : null;
  if (!counts) {
    // A runner that died before writing results counts as a failure, never as "0 tests".
    console.log(`${suite.name}: no results written (exit ${result.status}) - counted as 1 failure`);
    failures.push(`${suite.name}: the runner wrote no results (exit ${result.status})`);
    total.failed += 1;
    crashed = true;
    continue;
  }
  if (result.status !== 0 && counts.failed === 0) {
    console.log(`${suite.name}: runner exited ${result.status} with no failed test - counted as 1 failure`);
    failures.push(`${suite.name}: the runner exited ${result.status} with no failed test`);
    counts.failed = 1;
  }
  console.log(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  for (const reason of counts.reasons) skipReasons.push(`${suite.name}: ${reason}`);
  for (const failure of counts.failures) failures.push(`${suite.name}: ${failure}`);
  if (suite.name === 'unit' && counts.failed > 0)
    failures.push(`unit: the order was shuffled with UNIT_SEED=${unitSeed}`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

if (failedSteps.length > 0) {
  console.log('\nFailed check steps (run each alone to see why):');
  for (const step of failedSteps) console.log(`- npm run ${step}`);
}
// Listed again at the end, where a reader of only the output's tail (a CI summary) sees them.
if (failures.length > 0) {
  console.log('\nFailed tests:');
  for (const f of failures) console.log(`- ${f}`);
}
if (skipReasons.length > 0) {
  console.log('\nSkipped, with reasons:');
  for (const r of [...new Set(skipReasons)]) console.log(`- ${r}`);
}
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
// exitCode, not exit(): the closing line must reach a piped reader (CI) whole.
process.exitCode = total.failed > 0 || crashed ? 1 : 0;

/** The script names `npm run check` chains (`npm run a && npm run b`), in order. */
function checkSteps() {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return scripts.check.split('&&').map((part) => {
    const match = /^\s*npm run ([\w:-]+)\s*$/.exec(part);
    if (!match) throw new Error(`run-suites: cannot read the check step "${part.trim()}"`);
    return match[1];
  });
}

function runSteps(suite) {
  const counts = { passed: 0, failed: 0 };
  for (const step of suite.steps) {
    console.log(`\n=== ${suite.name}: npm run ${step}`);
    const result = spawnSync('npm', ['run', '--silent', step], { cwd: root, stdio: 'inherit' });
    if (result.status === 0) counts.passed += 1;
    else {
      counts.failed += 1;
      failedSteps.push(step);
    }
  }
  console.log(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed, 0 skipped`);
  return counts;
}
