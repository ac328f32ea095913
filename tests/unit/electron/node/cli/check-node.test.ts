import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  atLeast,
  NODE_FOR_ELECTRON,
  NODE_MINIMUM,
  nodeVersionLine,
} from '../../../../../electron/node/cli/check-node';

/**
 * What a newcomer's `npm install` meets: which install scripts npm 11 runs, which packages ask for
 * a newer Node.js than the project's minimum, and the one line that replaces npm's warnings about
 * them. Read from package.json and package-lock.json, so a dependency update that changes any of
 * it fails here rather than on someone's first install.
 */
const root = path.resolve(import.meta.dirname, '../../../../..');
const readJson = <T>(file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;

interface LockEntry {
  version?: string;
  engines?: { node?: string };
  hasInstallScript?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
const lock = readJson<{ packages: Record<string, LockEntry> }>('package-lock.json').packages;
const pkg = readJson<{ engines: { node: string }; allowScripts?: Record<string, boolean> }>('package.json');
// semver is already installed (sharp needs it at run time); typed here for the one call used.
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string, options?: { includePrerelease: boolean }): boolean;
};

const nameOf = (location: string) =>
  location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Where Node would find `name` from the package at `from` (its own node_modules first, then up). */
function resolve(from: string, name: string): string | undefined {
  for (let dir = from; ;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock[candidate]) return candidate;
    if (!dir) return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
  }
}

/** Every installed package that `start` needs, itself included. */
function closure(start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (location: string) => {
    if (seen.has(location)) return;
    seen.add(location);
    const entry = lock[location]!;
    for (const name of Object.keys({
      ...entry.dependencies,
      ...entry.optionalDependencies,
      ...entry.peerDependencies,
    })) {
      const found = resolve(location, name);
      if (found) visit(found);
    }
  };
  visit(start);
  return seen;
}

describe("a newcomer's npm install", () => {
  it('approves or denies every install script, so npm 11 has none left to warn about', () => {
    const withScripts = Object.entries(lock)
      .filter(([location, entry]) => location && entry.hasInstallScript)
      .map(([location]) => nameOf(location));
    expect(withScripts.length).toBeGreaterThan(0);
    const uncovered = withScripts.filter((name) => typeof pkg.allowScripts?.[name] !== 'boolean');
    expect(
      uncovered,
      'add them to "allowScripts" in package.json (npm install-scripts approve|deny)',
    ).toEqual([]);
  });

  it('declares the Node.js minimum the install check uses', () => {
    expect(semver.satisfies(NODE_MINIMUM, pkg.engines.node)).toBe(true);
    expect(semver.satisfies('20.18.9', pkg.engines.node)).toBe(false);
  });

  it("asks for more than the minimum only in Electron's tools, and they accept the version the line names", () => {
    const tooNew = Object.entries(lock)
      .filter(([location, entry]) => location && entry.engines?.node)
      .filter(
        ([, entry]) => !semver.satisfies(NODE_MINIMUM, entry.engines!.node!, { includePrerelease: true }),
      );
    expect(tooNew.map(([location]) => nameOf(location))).toContain('electron');
    for (const [location, entry] of tooNew) {
      expect(semver.satisfies(NODE_FOR_ELECTRON, entry.engines!.node!), location).toBe(true);
    }
    // What the tests, the web host and the curator tools load never needs more than the minimum:
    // every package that does is part of Electron or of its packaging tools.
    const electronTools = new Set([
      ...closure('node_modules/electron'),
      ...closure('node_modules/electron-builder'),
    ]);
    expect(tooNew.map(([location]) => location).filter((location) => !electronTools.has(location))).toEqual(
      [],
    );
  });
});

describe('the line after npm install', () => {
  it('says what each Node.js runs, and refuses one that is too old', () => {
    expect(nodeVersionLine('v20.20.2')).toEqual({
      ok: true,
      line: expect.stringMatching(
        /^Node\.js v20\.20\.2: fine for the tests.*npm start and npm run dist use Node\.js 22\.12\+/,
      ),
    });
    expect(nodeVersionLine('22.12.0')).toEqual({
      ok: true,
      line: expect.stringMatching(/fine for everything/),
    });
    expect(nodeVersionLine('24.1.0').ok).toBe(true);
    expect(nodeVersionLine('v20.18.3')).toEqual({ ok: false, line: expect.stringMatching(/too old/) });
    expect(nodeVersionLine('v18.20.0').ok).toBe(false);
  });

  it('compares versions part by part, not as text', () => {
    expect(atLeast('20.19.0', '20.19.0')).toBe(true);
    expect(atLeast('20.100.0', '20.19.0')).toBe(true);
    expect(atLeast('9.0.0', '20.19.0')).toBe(false);
    expect(atLeast('v22.11.9', '22.12.0')).toBe(false);
  });

  it('is what the README tells a newcomer', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const setUp = readme.slice(readme.indexOf('## Set up and run'), readme.indexOf('## Tests'));
    for (const version of [NODE_MINIMUM, NODE_FOR_ELECTRON]) {
      expect(setUp).toContain(`Node.js ${version.replace(/\.0$/, '')}`);
    }
  });
});
