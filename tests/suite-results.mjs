// What `npm test` (run-suites.mjs) reads from each runner's JSON report: counts, skip reasons, and
// each failure in one line, so the end of the output names what failed.
import path from 'node:path';

export function readVitest(json, root) {
  const reasons = [];
  const failures = [];
  for (const file of json.testResults ?? []) {
    const name = path.relative(root, file.name ?? '');
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'skipped' || t.status === 'pending' || t.status === 'todo') {
        reasons.push(`${t.fullName}${t.meta?.skipReason ? ` - ${t.meta.skipReason}` : ''}`);
      }
      if (t.status === 'failed')
        failures.push(`${name} > ${t.fullName} - ${firstLine(t.failureMessages?.[0])}`);
    }
    // A file that failed outside any test (it could not load, or its worker died) has no test result.
    const anyFailed = (file.assertionResults ?? []).some((t) => t.status === 'failed');
    if (file.status === 'failed' && !anyFailed) failures.push(`${name} - ${firstLine(file.message)}`);
  }
  return {
    failures,
    passed: json.numPassedTests ?? 0,
    failed: (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0),
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
    reasons,
  };
}

export function readPlaywright(json) {
  const reasons = [];
  const failures = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected') {
          const error = test.results?.at(-1)?.error?.message;
          failures.push(`${spec.file}:${spec.line} ${spec.title} - ${firstLine(error)}`);
        }
        if (test.status === 'skipped') {
          const why =
            (test.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
          reasons.push(`${spec.title} - ${why}`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const s of json.suites ?? []) walk(s);
  for (const error of json.errors ?? []) failures.push(`outside any test - ${firstLine(error.message)}`);
  const st = json.stats ?? {};
  const errors = (json.errors ?? []).length;
  return {
    failures,
    passed: (st.expected ?? 0) + (st.flaky ?? 0),
    failed: (st.unexpected ?? 0) + errors,
    skipped: st.skipped ?? 0,
    reasons,
  };
}

/** The first non-empty line of an error message, without terminal colours, at most 300 characters. */
function firstLine(message) {
  // eslint-disable-next-line no-control-regex
  const plain = String(message ?? 'no message').replace(/\u001b\[[0-9;]*m/g, '');
  const line = plain.split('\n').find((l) => l.trim() !== '') ?? 'no message';
  return line.trim().slice(0, 300);
}
