import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { insightsZipName, zipInsights } from '../../../../renderer/host/insights-zip';

const NOW = new Date(2026, 4, 1, 14, 30);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('zipInsights: the web host export as one zip', () => {
  it('names the zip by the local day', () => {
    expect(insightsZipName(NOW)).toBe('kiosk-insights-2026-05-01.zip');
    expect(insightsZipName(new Date(2026, 11, 9, 23, 59))).toBe('kiosk-insights-2026-12-09.zip');
  });

  it('holds every file at its top level, byte for byte', async () => {
    const binary = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256);
    const files = [
      { name: 'sessions.csv', bytes: bytes('day,sessions\n2026-05-01,12\n') },
      { name: 'searches.csv', bytes: bytes('text,count\nkawung,4\nparang rusak,2\n') },
      { name: 'raw.bin', bytes: binary },
      { name: 'empty.txt', bytes: new Uint8Array(0) },
    ];
    const unzipped = unzipSync(await zipInsights(files, NOW));
    expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => f.name).sort());
    for (const file of files) expect(unzipped[file.name]).toEqual(file.bytes);
  });

  it('refuses names that would nest or clash inside the zip', async () => {
    const x = bytes('x');
    await expect(zipInsights([{ name: 'a/b.csv', bytes: x }], NOW)).rejects.toThrow(/plain file name/);
    await expect(zipInsights([{ name: '..\\b.csv', bytes: x }], NOW)).rejects.toThrow(/plain file name/);
    await expect(zipInsights([{ name: '', bytes: x }], NOW)).rejects.toThrow(/plain file name/);
    await expect(zipInsights([{ name: '.hidden', bytes: x }], NOW)).rejects.toThrow(/plain file name/);
    await expect(zipInsights([{ name: '__proto__', bytes: x }], NOW)).rejects.toThrow(/plain file name/);
    await expect(
      zipInsights(
        [
          { name: 'a.csv', bytes: x },
          { name: 'A.csv', bytes: x },
        ],
        NOW,
      ),
    ).rejects.toThrow(/two files are named/);
  });
});
