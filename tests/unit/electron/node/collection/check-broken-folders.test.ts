import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCollection, runCheck } from '../../../../../electron/node/collection/check';
import { YamlMemo } from '../../../../../electron/node/collection/yaml-memo';
import { inspectImage } from '../../../../../electron/node/collection/image-adapter';
import type { InspectFn } from '../../../../../electron/node/collection/image-adapter';
import type { CheckReport } from '../../../../../electron/node/collection/check';
import { listCases, makeCaseCollection, removeCollection } from '../../../support/fixture-helper';
import type { CaseSpec } from '../../../support/fixture-helper';

// Each folder under tests/fixtures/collections is collection-min with exactly one mistake.
const cases: CaseSpec[] = await listCases();
const made: string[] = [];

afterAll(async () => {
  await Promise.all(made.map(removeCollection));
});

describe('broken collection fixtures', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(cases)('$name', (spec) => {
    let report: CheckReport;
    let dir: string;
    // Each image is decoded once; the memo's runs below ask again and get the same answer.
    const inspected = new Map<string, ReturnType<InspectFn>>();
    const inspect: InspectFn = (file, opts) => {
      const key = `${file} ${JSON.stringify(opts)}`;
      if (!inspected.has(key)) inspected.set(key, inspectImage(file, opts));
      return inspected.get(key)!;
    };
    beforeAll(async () => {
      dir = await makeCaseCollection(spec);
      made.push(dir);
      report = await checkCollection(dir, { inspect });
    });

    it(`reports ${spec.expect.kind} at ${spec.expect.file} ${spec.expect.field}`, () => {
      const severity = spec.expect.severity ?? 'error';
      const list = severity === 'error' ? report.errors : report.warnings;
      const hit = list.find(
        (p) => p.file === spec.expect.file && p.field === spec.expect.field && p.kind === spec.expect.kind,
      );
      expect(hit, JSON.stringify([...report.errors, ...report.warnings], null, 1)).toBeDefined();
      expect(hit!.severity).toBe(severity);
      expect(hit!.message.length).toBeGreaterThan(10);
      if (spec.expect.line !== undefined) expect(hit!.line).toBe(spec.expect.line);
      if (spec.expect.message !== undefined) expect(hit!.message).toContain(spec.expect.message);
    });

    it('reports nothing else as an error', () => {
      // One mistake, one error: anything more would be noise the curator has to wade through.
      const others = report.errors.filter((p) => p.kind !== spec.expect.kind);
      expect(others).toEqual([]);
    });

    it("reports the same, line for line, when the YAML comes from a build's memo", async () => {
      // A rebuild answers unchanged files from the memo a build before left in its cache.
      const cache = await mkdtemp(path.join(tmpdir(), 'yaml-memo-case-'));
      made.push(cache);
      const filling = await YamlMemo.open(cache);
      expect((await runCheck(dir, { inspect, yamlMemo: filling })).report).toEqual(report);
      await filling.save();
      const memo = await YamlMemo.open(cache);
      expect(memo.size).toBeGreaterThan(0);
      expect((await runCheck(dir, { inspect, yamlMemo: memo })).report).toEqual(report);
    });
  });
});
