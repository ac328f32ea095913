/**
 * `npm run lint:dead` (knip): unused files, exports, types and dependencies, and import cycles.
 * knip follows imports from the entry points. Most it finds itself through its plugins: the
 * package.json scripts (CLIs, build scripts, run-suites, lint-i18n), the tests through the vitest
 * and Playwright configs, and the renderer's pages through vite.config.ts (its HTML inputs and their
 * module scripts). The rest are listed here, by file name or from the build's own list, so they keep
 * matching when files move.
 */
import type { KnipConfig } from 'knip';
import { ELECTRON_BUNDLES } from './electron/node/build/bundle-electron';

const config: KnipConfig = {
  entry: [
    // Main, the preload and the collection build worker: bundled by name from this list.
    ...Object.keys(ELECTRON_BUNDLES),
    // `npm run bench -- <name>` runs tests/bench/<name>.ts by a name read from the folder; the
    // store bench bundles its page for Chromium from a path.
    'tests/bench/*.ts',
    'tests/bench/**/bench-page.ts',
    // The insights bench bundles its seeder for the kiosk page from a path.
    'tests/bench/insights/seed-page.ts',
    // The scale bench runs each build in a child process from a path, to read its peak memory.
    'tests/bench/scale/build-child.ts',
    // Run by hand to regenerate the committed compiled fixture.
    'tests/fixtures/**/make-fixture.ts',
    // Run by hand to make the contact sheet of the sample's drawings (README).
    'tests/docs/contact-sheet.ts',
    // The Electron stand-in the bundled-main test builds with esbuild and preloads by path.
    'tests/unit/electron/main/bundled-main-runtime.ts',
    // The kiosk process the nginx fleet test starts by path in a network namespace.
    'tests/unit/support/kiosk-puller-process.ts',
  ],
  playwright: { config: ['playwright.config.ts', 'tests/electron-e2e/playwright.config.ts'] },
  // Debian programs the tests run (mkfifo from coreutils, vips from libvips-tools, ip from
  // iproute2, rclone), not npm packages.
  ignoreBinaries: ['mkfifo', 'vips', 'ip', 'rclone'],
  // Run as `npx electron-builder` through dist.ts's own spawn helper, which knip cannot read.
  ignoreDependencies: ['electron-builder'],
  // Everything knip reports by default, plus import cycles, which are off by default and only a
  // warning when on. Modules that import each other work in some load orders only (a class used
  // before its module has run throws), and are usually one unit split in the wrong place.
  // Type-only imports vanish at run time and are not counted.
  include: [
    'files',
    'dependencies',
    'devDependencies',
    'optionalPeerDependencies',
    'unlisted',
    'binaries',
    'unresolved',
    'exports',
    'types',
    'enumMembers',
    'namespaceMembers',
    'duplicates',
    'cycles',
  ],
  rules: { cycles: 'error' },
};

export default config;
