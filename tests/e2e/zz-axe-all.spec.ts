import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForSettledStore } from './kiosk-fixtures';
import { SCREENS, setHighContrast, showIdleOverlay } from './zz-every-screen';

/**
 * axe-core with the WCAG 2.2 AA rule tags on every visitor screen (and the idle question), in the
 * normal and high-contrast modes. All screens are checked before failing, and the failure lists
 * each violation as "screen / mode: rule (impact) - summary - targets".
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MODES = [
  { mode: 'normal', highContrast: false },
  { mode: 'high-contrast', highContrast: true },
] as const;

async function violations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact ?? 'n/a'}) - ${v.help} - ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join(' | ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : ''}`,
  );
}

const readable = (found: string[]) => `axe found ${found.length} violation(s):\n${found.join('\n')}`;

test('axe: every screen, normal and high contrast, has no WCAG 2.2 AA violations', async ({
  page,
  host,
  foreignRequests,
}) => {
  test.setTimeout(180_000);
  // A long idle time, so the "still there?" question does not cover screens while axe runs.
  await page.goto(`${host.url}?idle=900#/`);
  await waitForSettledStore(page);
  const found: string[] = [];
  for (const { mode, highContrast } of MODES) {
    await setHighContrast(page, highContrast);
    for (const screen of SCREENS) {
      await test.step(`${screen.name} (${mode})`, async () => {
        await screen.show(page);
        found.push(...(await violations(page, `${screen.name} / ${mode}`)));
      });
    }
  }
  expect(found, readable(found)).toEqual([]);
  expect(foreignRequests, 'requests outside the kiosk origin').toEqual([]);
});

test('axe: the idle "still there?" question, normal and high contrast', async ({
  page,
  host,
  foreignRequests,
}) => {
  await page.goto(`${host.url}?idle=1&countdown=600#/`);
  await waitForSettledStore(page);
  const found: string[] = [];
  for (const { mode, highContrast } of MODES) {
    await setHighContrast(page, highContrast);
    await showIdleOverlay(page);
    found.push(...(await violations(page, `idle overlay / ${mode}`)));
    await page.getByRole('dialog').getByRole('button', { name: 'Lanjutkan' }).tap();
  }
  expect(found, readable(found)).toEqual([]);
  expect(foreignRequests, 'requests outside the kiosk origin').toEqual([]);
});
