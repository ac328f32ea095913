import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script of the test runner, without type declarations
import { readPlaywright, readVitest } from '../suite-results.mjs';

type Counts = { passed: number; failed: number; skipped: number; reasons: string[]; failures: string[] };
const vitest = readVitest as (json: unknown, root: string) => Counts;
const playwright = readPlaywright as (json: unknown) => Counts;

describe("npm test's reading of the runners' reports", () => {
  it('names each failed unit test with its file and the first line of why, and a file that failed outside any test', () => {
    // The shape vitest's JSON reporter writes (trimmed from a real report).
    const report = {
      numPassedTests: 3,
      numFailedTests: 1,
      numPendingTests: 1,
      numTodoTests: 0,
      testResults: [
        {
          name: '/repo/tests/unit/a.test.ts',
          status: 'failed',
          message: '',
          assertionResults: [
            { fullName: 'a passes', status: 'passed', failureMessages: [] },
            {
              fullName: 'a breaks',
              status: 'failed',
              failureMessages: [
                '\u001b[31mAssertionError: expected 2 to be 1\u001b[39m\n    at a.test.ts:9:3',
              ],
            },
            { fullName: 'a waits', status: 'skipped', failureMessages: [], meta: { skipReason: 'no GPU' } },
          ],
        },
        {
          name: '/repo/tests/unit/b.test.ts',
          status: 'failed',
          message: '\nError: Failed to load url ./missing (resolved id: ./missing)\nstack',
          assertionResults: [],
        },
        { name: '/repo/tests/unit/c.test.ts', status: 'passed', message: '', assertionResults: [] },
      ],
    };
    const counts = vitest(report, '/repo');
    expect(counts).toMatchObject({ passed: 3, failed: 1, skipped: 1, reasons: ['a waits - no GPU'] });
    expect(counts.failures).toEqual([
      'tests/unit/a.test.ts > a breaks - AssertionError: expected 2 to be 1',
      'tests/unit/b.test.ts - Error: Failed to load url ./missing (resolved id: ./missing)',
    ]);
  });

  it('names each failed Playwright test with its place, and errors outside any test', () => {
    const report = {
      stats: { expected: 2, unexpected: 1, flaky: 1, skipped: 1 },
      errors: [{ message: 'Error: webServer exited early\nmore' }],
      suites: [
        {
          specs: [
            { file: 'x.spec.ts', line: 3, title: 'works', tests: [{ status: 'expected', results: [] }] },
            {
              file: 'x.spec.ts',
              line: 9,
              title: 'times out',
              tests: [
                {
                  status: 'unexpected',
                  results: [{ error: { message: 'Test timeout of 60000ms exceeded.' } }],
                },
              ],
            },
          ],
          suites: [
            {
              specs: [
                {
                  file: 'y.spec.ts',
                  line: 4,
                  title: 'needs Electron',
                  tests: [{ status: 'skipped', annotations: [{ type: 'skip', description: 'no binary' }] }],
                },
              ],
            },
          ],
        },
      ],
    };
    const counts = playwright(report);
    expect(counts).toMatchObject({
      passed: 3,
      failed: 2,
      skipped: 1,
      reasons: ['needs Electron - no binary'],
    });
    expect(counts.failures).toEqual([
      'x.spec.ts:9 times out - Test timeout of 60000ms exceeded.',
      'outside any test - Error: webServer exited early',
    ]);
  });
});
