import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecoveryJournal } from '../../../../../electron/node/recovery/recovery-journal';

let dir = '';
let file = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-journal-'));
  file = path.join(dir, 'recovery-journal.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('RecoveryJournal', () => {
  it('keeps the newest events first, up to its capacity', () => {
    const journal = new RecoveryJournal(2);
    journal.add('reload', 'a', new Date(1));
    journal.add('reload', 'b', new Date(2));
    journal.add('relaunch', 'c', new Date(3));
    expect(journal.list().map((e) => e.detail)).toEqual(['c', 'b']);
  });

  it('keeps the recoveries of earlier runs, newest first, up to its capacity', () => {
    const first = new RecoveryJournal(3, file);
    first.add('reload', 'renderer gone', new Date('2026-12-01T09:00:00Z'));
    first.add('relaunch', 'renderer crash loop', new Date('2026-12-01T09:01:00Z'));
    const second = new RecoveryJournal(3, file);
    second.add('out-of-order', '5 starts', new Date('2026-12-01T09:02:00Z'));
    second.add('admin-restart', 'by a technician', new Date('2026-12-01T09:03:00Z'));
    expect(new RecoveryJournal(3, file).list().map((event) => event.kind)).toEqual([
      'admin-restart',
      'out-of-order',
      'relaunch',
    ]);
  });

  it('starts empty from a damaged file, and in memory without one', () => {
    writeFileSync(file, '[{"at": 1}]');
    expect(new RecoveryJournal(20, file).list()).toEqual([]);
    const memory = new RecoveryJournal();
    memory.add('reload', 'x');
    expect(memory.list()).toHaveLength(1);
  });
});
