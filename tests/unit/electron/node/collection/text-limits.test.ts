import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemList } from '../../../../../electron/node/collection/problems';
import {
  LONG_TEXT,
  MAX_YAML_BYTES,
  SHORT_TEXT,
  textLengthProblem,
  textLimitFor,
} from '../../../../../electron/node/collection/text-limits';
import { readYamlFile } from '../../../../../electron/node/collection/yaml-file';

describe('text limits', () => {
  it('holds long reads to the long limit and every other field to the short one', () => {
    expect(textLimitFor(['description', 'en'], true)).toBe(LONG_TEXT);
    expect(textLimitFor(['meaning', 'id'], true)).toBe(LONG_TEXT);
    expect(textLimitFor(['notes', 2, 'jv'], true)).toBe(LONG_TEXT);
    expect(textLimitFor(['terms', 'soga', 'description', 'id'], true)).toBe(LONG_TEXT);
    expect(textLimitFor(['makers', 'van-zuylen', 'about', 'en'], true)).toBe(LONG_TEXT);
    expect(textLimitFor(['title', 'id'], true)).toBe(SHORT_TEXT);
    expect(textLimitFor(['media', 0, 'alt', 'en'], true)).toBe(SHORT_TEXT);
    // A language key named like a long field does not make a short text long.
    expect(textLimitFor(['summary', 'description'], true)).toBe(SHORT_TEXT);
    expect(textLimitFor(['accession'], false)).toBe(SHORT_TEXT);
    expect(textLimitFor(['inscriptions', 0, 'text'], false)).toBe(LONG_TEXT);
  });

  it('warns just above the reading length and refuses just above the limit, naming length and limit', () => {
    const path = ['description', 'en'];
    expect(textLengthProblem('a'.repeat(LONG_TEXT.warn), path, true)).toBeNull();
    expect(textLengthProblem('a'.repeat(LONG_TEXT.warn + 1), path, true)).toEqual({
      kind: 'long-text',
      message: expect.stringMatching(/^description\.en is 3,001 characters long, more than the 3,000 /),
    });
    expect(textLengthProblem('a'.repeat(LONG_TEXT.max), path, true)?.kind).toBe('long-text');
    expect(textLengthProblem('a'.repeat(LONG_TEXT.max + 1), path, true)).toEqual({
      kind: 'text-too-long',
      message: expect.stringMatching(
        /^description\.en is 20,001 characters long; the limit for this field is 20,000\./,
      ),
    });
    expect(textLengthProblem('a'.repeat(SHORT_TEXT.max + 1), ['title', 'id'], true)?.message).toContain(
      'the limit for this field is 3,000',
    );
  });

  it('keeps the limits generous for the sample and far below what froze the page', () => {
    // The sample's longest description is 508 characters and its longest alt text 124.
    expect(LONG_TEXT.warn).toBeGreaterThan(508 * 5);
    expect(SHORT_TEXT.warn).toBeGreaterThan(124 * 2);
    expect(LONG_TEXT.max).toBeLessThan((20 * 1024 * 1024) / 100);
  });
});

describe('YAML file size limit', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'yaml-size-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** A YAML file of exactly `bytes` bytes: one key and a plain text value. */
  async function fileOf(bytes: number): Promise<string> {
    const head = 'note: ';
    await writeFile(path.join(root, 'file.yaml'), `${head}${'a'.repeat(bytes - head.length - 1)}\n`);
    return 'file.yaml';
  }

  it('reads a file of exactly the limit', async () => {
    const problems = new ProblemList();
    const yaml = await readYamlFile(root, await fileOf(MAX_YAML_BYTES), problems);
    expect(problems.items).toEqual([]);
    expect((yaml?.data as { note: string }).note).toHaveLength(MAX_YAML_BYTES - 7);
  });

  it('refuses one byte more unread, naming the file, its size and the limit', async () => {
    const problems = new ProblemList();
    const yaml = await readYamlFile(root, await fileOf(MAX_YAML_BYTES + 1), problems);
    expect(yaml).toBeNull();
    expect(problems.items).toEqual([
      {
        file: 'file.yaml',
        field: '',
        kind: 'file-too-large',
        severity: 'error',
        message: expect.stringMatching(
          /^file\.yaml is 2\.0 MB; a collection YAML file may be at most 2\.0 MB\./,
        ),
      },
    ]);
  });
});
