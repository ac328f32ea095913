import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The admin strings in Indonesian (the app's default language), read from the locale file. */
export const ADMIN_ID = (
  JSON.parse(readFileSync(path.join(root, 'renderer/locales/id/admin.json'), 'utf8')) as {
    admin: Record<string, string>;
  }
).admin;

/** The hidden gesture: five quick taps in the top-left corner, as a technician's finger makes them. */
export async function tapAdminCorner(page: Page, taps = 5): Promise<void> {
  for (let i = 0; i < taps; i++) await page.touchscreen.tap(12, 12);
}

/**
 * Opens the admin screen with the gesture. The five taps must land within three seconds; on a busy
 * 2-core test machine a page still indexing can delay a tap's delivery past that, so the gesture
 * is repeated until it opens (the window itself is unit-tested in tests/unit/admin).
 */
export async function openAdmin(page: Page): Promise<void> {
  await expect(async () => {
    await tapAdminCorner(page);
    await expect(page.locator('.admin-panel, .admin-pin')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

/** WCAG 2.2 AA with axe-core: no violations on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations).toEqual([]);
}
