import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionPlan } from '../../../../../electron/node/publish/publish-plan';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'publish-plan-'));
  await writeFile(path.join(dir, 'latest.json'), '{}');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const config = (fields: Partial<Parameters<typeof collectionPlan>[0]>) => ({
  collectionDir: null,
  publishUrl: null,
  publishKeys: [],
  publishIntervalMinutes: 5,
  ...fields,
});
const CONFIG_FILE = '/etc/kiosk/kiosk-config.json';

describe('collectionPlan: compile a folder or pull a bundle, from the kiosk config', () => {
  it('compiles the bundled collection, or collectionDir relative to the config file', () => {
    expect(collectionPlan(config({}), CONFIG_FILE, '/app/collection')).toEqual({
      kind: 'compile',
      source: '/app/collection',
    });
    expect(collectionPlan(config({ collectionDir: 'museum' }), CONFIG_FILE, '/app/collection')).toEqual({
      kind: 'compile',
      source: '/etc/kiosk/museum',
    });
  });

  it('pulls a publishUrl with its keys, relative to the config file, on the configured interval', () => {
    expect(
      collectionPlan(
        config({
          publishUrl: 'http://10.0.0.2/batik/',
          publishKeys: ['keys/publish.pub'],
          publishIntervalMinutes: 2,
        }),
        CONFIG_FILE,
        '/app/c',
      ),
    ).toEqual({
      kind: 'pull',
      url: 'http://10.0.0.2/batik/',
      keyFiles: ['/etc/kiosk/keys/publish.pub'],
      intervalMs: 120_000,
    });
  });

  it('pulls a collectionDir that holds a bundle (a USB stick) like a web server', () => {
    expect(
      collectionPlan(
        config({ collectionDir: dir, publishKeys: ['/k/a.pub', '/k/b.pub'] }),
        CONFIG_FILE,
        '/app/c',
      ),
    ).toEqual({
      kind: 'pull',
      url: dir,
      keyFiles: ['/k/a.pub', '/k/b.pub'],
      intervalMs: 300_000,
    });
  });

  it('pulls nothing from a bundle it has no key for, and says why', () => {
    expect(collectionPlan(config({ collectionDir: dir }), CONFIG_FILE, '/app/c')).toEqual({
      kind: 'refused',
      source: dir,
      problem: `${dir} is a published bundle, but the config lists no publishKeys to check its signature by: nothing is pulled.`,
    });
  });
});
