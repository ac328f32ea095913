import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseWebArgs } from '../../../../../electron/node/web/cli-args';

const cwd = '/home/curator/work';
const project = '/opt/kiosk';
const parse = (...argv: string[]) => parseWebArgs(argv, cwd, project);

describe('parseWebArgs', () => {
  it('defaults to the bundled collection, the cache folder and the default port', () => {
    expect(parse()).toEqual({
      kind: 'run',
      options: {
        collection: path.join(project, 'collection'),
        out: path.join(project, '.cache/web-collection'),
        port: DEFAULT_PORT,
        watch: true,
        verbose: false,
        config: null,
        publishUrl: null,
        publishKeys: [],
        publishIntervalSec: 300,
        fleet: null,
      },
    });
  });

  it('pulls a published bundle with --publish-url and one or more --publish-key files', () => {
    expect(
      parse(
        '--publish-url',
        'http://10.0.0.5/bundle/',
        '--publish-key',
        'old.pub',
        '--publish-key',
        '/k/new.pub',
        '--publish-interval',
        '60',
      ),
    ).toMatchObject({
      kind: 'run',
      options: {
        publishUrl: 'http://10.0.0.5/bundle/',
        publishKeys: [path.join(cwd, 'old.pub'), '/k/new.pub'],
        publishIntervalSec: 60,
      },
    });
    // A bundle folder (a USB stick) resolves like any other path.
    expect(parse('--publish-url', 'usb/bundle', '--publish-key', 'k.pub')).toMatchObject({
      options: { publishUrl: path.join(cwd, 'usb/bundle') },
    });
    expect(parse('--publish-url', 'http://x/')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('--publish-key'),
    });
    expect(
      parse('--publish-url', 'http://x/', '--publish-key', 'k.pub', '--publish-interval', '2'),
    ).toMatchObject({
      kind: 'error',
    });
  });

  it('reports to a fleet receiver with --fleet-url, a token file and a kiosk name', () => {
    expect(
      parse(
        '--fleet-url',
        'http://10.0.0.5:5190/heartbeat',
        '--fleet-token-file',
        'token.txt',
        '--kiosk-name',
        'Ruang 2',
      ),
    ).toMatchObject({
      options: {
        fleet: {
          url: 'http://10.0.0.5:5190/heartbeat',
          tokenFile: path.join(cwd, 'token.txt'),
          name: 'Ruang 2',
          intervalSec: 300,
        },
      },
    });
    expect(parse('--fleet-url', 'http://10.0.0.5:5190/heartbeat')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('--fleet-token-file'),
    });
    expect(parse('--fleet-url', 'ftp://x', '--fleet-token-file', 't')).toMatchObject({ kind: 'error' });
  });

  it('takes the kiosk config file with --config, relative to the working directory', () => {
    expect(parse('--config', 'kiosk.json')).toMatchObject({
      kind: 'run',
      options: { config: path.join(cwd, 'kiosk.json') },
    });
    expect(parse('--config=/etc/kiosk/kiosk-config.json')).toMatchObject({
      options: { config: '/etc/kiosk/kiosk-config.json' },
    });
  });

  it('resolves given folders against the working directory', () => {
    expect(parse('--collection', 'museum', '--out', '/tmp/built', '--port', '0')).toEqual({
      kind: 'run',
      options: {
        collection: path.join(cwd, 'museum'),
        out: '/tmp/built',
        port: 0,
        watch: true,
        verbose: false,
        config: null,
        publishUrl: null,
        publishKeys: [],
        publishIntervalSec: 300,
        fleet: null,
      },
    });
    expect(parse('--collection=../other')).toMatchObject({ options: { collection: '/home/curator/other' } });
  });

  it('serves no collection with --collection none', () => {
    expect(parse('--collection', 'none')).toMatchObject({ kind: 'run', options: { collection: null } });
  });

  it('watches the folder unless told --no-watch, and refuses both flags at once', () => {
    expect(parse('--watch')).toMatchObject({ kind: 'run', options: { watch: true } });
    expect(parse('--no-watch')).toMatchObject({ kind: 'run', options: { watch: false } });
    expect(parse('--watch', '--no-watch')).toMatchObject({ kind: 'error', message: /contradict/ });
  });

  it('prints every warning with --verbose (counts by kind without)', () => {
    expect(parse('--verbose')).toMatchObject({ kind: 'run', options: { verbose: true } });
    expect(parse()).toMatchObject({ kind: 'run', options: { verbose: false } });
  });

  it('asks for help', () => {
    expect(parse('--help')).toEqual({ kind: 'help' });
    expect(parse('-h')).toEqual({ kind: 'help' });
  });

  it.each([
    [['--port', 'eighty'], /--port/],
    [['--port', '-1'], /--port|argument/],
    [['--port', '70000'], /--port/],
    [['--port', '80.5'], /--port/],
    [['--colection', 'x'], /colection/],
    [['extra'], /extra/],
    [['--collection'], /collection/],
    [['--out', ''], /--out/],
    [['--config', ''], /--config needs a file/],
    [['--config'], /config/],
  ])('rejects %j with a message naming the problem', (argv, message) => {
    const result = parse(...argv);
    expect(result.kind).toBe('error');
    expect(result.kind === 'error' && result.message).toMatch(message);
  });
});
