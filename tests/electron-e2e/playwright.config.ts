import { defineConfig } from '@playwright/test';

/**
 * The Electron end-to-end suite (Playwright `_electron`). It needs a real Electron binary with the
 * inspect fuse on; where none exists every test is reported as skipped with the reason.
 * Run: `npm run test:electron-e2e` (also part of `npm test`).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  outputDir: '../../test-results/electron-e2e',
  // One kiosk at a time: the app holds a single-instance lock.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The first start compiles the whole bundled collection (images and tiles) in a worker thread.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
});
