import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ExportRefused,
  exportFolderName,
  MAX_EXPORT_BYTES,
  writeInsightsExport,
} from '../../../../../electron/node/insights/export-folder';

const dirs: string[] = [];
function drive(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'insights-usb-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** 1 May 2026, 14:30 on the kiosk's clock. */
const NOW = new Date(2026, 4, 1, 14, 30, 12);
const text = (s: string) => new TextEncoder().encode(s);
const FILES = [
  { name: 'sessions.csv', bytes: text('day,sessions\n2026-05-01,4\n') },
  { name: 'daily.json', bytes: text('[{"day":"2026-05-01"}]') },
  { name: 'empty.txt', bytes: new Uint8Array(0) },
];

describe('writeInsightsExport: the export folder on a USB drive', () => {
  it('names the folder by the local day and minute', () => {
    expect(exportFolderName(NOW)).toBe('kiosk-insights-2026-05-01-1430');
    expect(exportFolderName(new Date(2026, 11, 9, 7, 5))).toBe('kiosk-insights-2026-12-09-0705');
  });

  it('writes every file, byte for byte, into a new folder and answers its path', async () => {
    const usb = drive();
    const where = await writeInsightsExport(usb, FILES, NOW);
    expect(where).toBe(path.join(usb, 'kiosk-insights-2026-05-01-1430'));
    expect(readdirSync(where).sort()).toEqual(['daily.json', 'empty.txt', 'sessions.csv']);
    for (const file of FILES)
      expect(new Uint8Array(readFileSync(path.join(where, file.name)))).toEqual(file.bytes);
  });

  it('never writes into an earlier export of the same minute', async () => {
    const usb = drive();
    const first = await writeInsightsExport(usb, FILES, NOW);
    const second = await writeInsightsExport(usb, FILES.slice(0, 1), NOW);
    expect(second).toBe(`${first}-2`);
    expect(readdirSync(first)).toHaveLength(3);
    expect(readdirSync(second)).toEqual(['sessions.csv']);
  });

  it.each([
    ['a parent folder', '../escape.csv'],
    ['a sub-folder', 'sub/sessions.csv'],
    ['a Windows path', 'C:\\sessions.csv'],
    ['a hidden file', '.bashrc'],
    ['a device name', 'NUL.csv'],
    ['an empty name', ''],
    ['a trailing dot', 'sessions.'],
    ['a long name', `${'a'.repeat(101)}.csv`],
  ])('refuses %s and writes nothing', async (_what, name) => {
    const usb = drive();
    await expect(writeInsightsExport(usb, [{ name, bytes: text('x') }], NOW)).rejects.toThrow(ExportRefused);
    expect(readdirSync(usb)).toEqual([]);
    expect(readdirSync(path.dirname(usb)).filter((f) => f === 'escape.csv')).toEqual([]);
  });

  it('refuses no files, too many files, the same name twice and more bytes than the cap', async () => {
    const usb = drive();
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.csv`, bytes: text('x') }));
    const twice = [FILES[0], { ...FILES[0], name: 'SESSIONS.csv' }];
    const huge = [{ name: 'big.bin', bytes: new Uint8Array(new ArrayBuffer(MAX_EXPORT_BYTES + 1)) }];
    for (const files of [[], many, twice, huge]) {
      await expect(writeInsightsExport(usb, files, NOW)).rejects.toThrow(ExportRefused);
    }
    expect(readdirSync(usb)).toEqual([]);
  });

  it('fails on a folder that is gone (a drive pulled before the answer)', async () => {
    const usb = drive();
    await expect(writeInsightsExport(path.join(usb, 'unplugged'), FILES, NOW)).rejects.toThrow(/ENOENT/);
    expect(readdirSync(usb)).toEqual([]);
  });
});
