import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm install` / `npm ci` end with this (the root postinstall script): ONE line about the Node.js
 * at hand. The project's .npmrc keeps npm to errors, because Electron 45 and its tools declare
 * Node.js 22.12+ in their `engines` and npm would otherwise print 25 lines of EBADENGINE warnings
 * on Node 20 that a newcomer cannot act on; this line says the one thing that matters instead.
 */

/** The oldest Node.js that runs the tests, the web host and the curator tools (Vite 8 needs it). */
export const NODE_MINIMUM = '20.19.0';
/** What Electron 45 and its download and packaging tools declare in their `engines`. */
export const NODE_FOR_ELECTRON = '22.12.0';

function parse(version: string): number[] {
  return version
    .replace(/^v/, '')
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0);
}

/** True when `version` is at least `minimum` (both "major.minor.patch", a leading "v" allowed). */
export function atLeast(version: string, minimum: string): boolean {
  const [a, b] = [parse(version), parse(minimum)];
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/** "22.12.0" as people write it: "22.12". */
const short = (version: string) => version.replace(/\.0$/, '');

/** The line to print for a Node.js version, and whether the project can work on it at all. */
export function nodeVersionLine(version: string): { ok: boolean; line: string } {
  const shown = `Node.js v${version.replace(/^v/, '')}`;
  if (!atLeast(version, NODE_MINIMUM)) {
    return {
      ok: false,
      line: `${shown} is too old for this project: install Node.js ${short(NODE_FOR_ELECTRON)} or newer (${short(NODE_MINIMUM)} is the least that runs the tests).`,
    };
  }
  if (!atLeast(version, NODE_FOR_ELECTRON)) {
    return {
      ok: true,
      line: `${shown}: fine for the tests, npm run web and the curator tools; for npm start and npm run dist use Node.js ${short(NODE_FOR_ELECTRON)}+, which Electron's tools ask for (README, "Set up and run").`,
    };
  }
  return {
    ok: true,
    line: `${shown}: fine for everything (tests, web host, curator tools, the Electron kiosk).`,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ok, line } = nodeVersionLine(process.versions.node);
  if (ok) console.log(line);
  else {
    console.error(line);
    process.exitCode = 1;
  }
}
