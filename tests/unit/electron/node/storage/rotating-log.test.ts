import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRotatingLog } from '../../../../../electron/node/storage/rotating-log';

describe('createRotatingLog', () => {
  it('writes timestamped lines with levels and details', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-log-'));
    const log = createRotatingLog({ dir, now: () => new Date('2026-01-02T03:04:05Z') });
    log.warn('renderer gone', { reason: 'crashed' });
    log.error('boom', new Error('bad'));
    expect(readFileSync(path.join(dir, 'kiosk.log'), 'utf8')).toBe(
      '2026-01-02T03:04:05.000Z WARN renderer gone {"reason":"crashed"}\n' +
        '2026-01-02T03:04:05.000Z ERROR boom {"name":"Error","message":"bad"}\n',
    );
  });

  it('caps the file size and keeps a fixed number of rotated files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-log-'));
    const log = createRotatingLog({ dir, maxBytes: 200, keep: 2 });
    for (let i = 0; i < 40; i += 1) log.info(`line ${i} ${'x'.repeat(40)}`);
    expect(readdirSync(dir).sort()).toEqual(['kiosk.log', 'kiosk.log.1', 'kiosk.log.2']);
    for (const name of readdirSync(dir))
      expect(readFileSync(path.join(dir, name)).length).toBeLessThanOrEqual(200);
    expect(readFileSync(path.join(dir, 'kiosk.log'), 'utf8')).toContain('line 39');
    expect(existsSync(path.join(dir, 'kiosk.log.3'))).toBe(false);
  });
});
