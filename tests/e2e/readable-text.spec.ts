import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './admin-helpers';
import { expect, test, waitForSettledStore } from './kiosk-fixtures';
import { writeSampleVariant } from './sample-variant';

/**
 * Nothing cut off without a way to read it. On home, in Javanese (where the group descriptions fall
 * back to Indonesian, with the "(Bahasa Indonesia)" marker), with large text, in both orientations:
 * every group's description can be read whole by touch - on its tile, or through "read it all" -
 * and every fallback marker is fully visible. The piece record says when there is more below and
 * stops saying so at its end.
 */
const LONG_GROUP = 'pesisiran';
const PARAGRAPHS = [
  'Batik pesisiran lahir di kota-kota pelabuhan pantai utara Jawa, tempat pedagang dari banyak negeri bertemu.',
  'Warnanya cerah: merah mengkudu, biru nila, hijau dan merah muda, jauh dari soga keraton yang tenang.',
  'Motifnya menyerap burung hong dan awan dari Tiongkok, buketan bunga dari Eropa, serta ragam hias Arab dan India.',
  'Di Pekalongan, Lasem dan Cirebon, bengkel-bengkel keluarga mewariskan gaya masing-masing dari generasi ke generasi.',
].map((p) => `${p} ${p}`);

/** Which part of `element` lies outside the viewport or is clipped away by an ancestor ('' if none). */
async function clipped(element: Locator): Promise<string> {
  await element.scrollIntoViewIfNeeded();
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const inside = (outer: { left: number; top: number; right: number; bottom: number }) =>
      box.left >= outer.left - 1 &&
      box.top >= outer.top - 1 &&
      box.right <= outer.right + 1 &&
      box.bottom <= outer.bottom + 1;
    if (!inside({ left: 0, top: 0, right: innerWidth, bottom: innerHeight })) return 'outside the viewport';
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
      return 'its own text overflows its box';
    for (let a = el.parentElement; a; a = a.parentElement) {
      if (getComputedStyle(a).overflow !== 'visible' && !inside(a.getBoundingClientRect()))
        return `clipped by ${a.tagName.toLowerCase()}.${a.className}`;
    }
    // What lets touches through cannot be hit-tested; it is drawn on top by construction.
    if (getComputedStyle(el).pointerEvents === 'none') return '';
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit === el || el.contains(hit) ? '' : `covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`;
  });
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

async function chooseJavanese(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Basa Jawa' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'jv');
}

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
]) {
  test.describe(`${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('home: every group description can be read whole by touch, and its marker is fully visible', async ({
      page,
      host,
      collection,
    }) => {
      const descriptions = new Map<string, string>();
      const variant = writeSampleVariant((records) => {
        for (const term of records.terms.filter((t) => t.vocab === 'group')) {
          if (term.key === LONG_GROUP) term.description = { id: PARAGRAPHS.join('\n\n') };
          // Indonesian only, so a Javanese visitor gets the fallback marker on every tile.
          else term.description = { id: term.description?.id ?? `Kelompok ${term.key}.` };
          descriptions.set(term.key, term.description.id!);
        }
      });
      try {
        host.serve(variant.root);
        await page.goto(`${host.url}?idle=900#/`);
        await waitForSettledStore(page);
        expect(collection.manifest.languages).toContain('jv');
        await chooseJavanese(page);
        for (const largeText of [false, true]) {
          if (largeText) {
            await page.getByRole('banner').getByRole('button', { name: 'Aksesibilitas', exact: true }).tap();
            await page.getByRole('button', { name: 'Aksara ageng' }).tap();
            await page.getByRole('banner').getByRole('button', { name: 'Tutup' }).tap();
            await expect(page.locator('html')).toHaveAttribute('data-large-text', 'true');
          }
          for (const [key, full] of descriptions) {
            await test.step(`${key}${largeText ? ', large text' : ''}`, async () => {
              const card = page.getByRole('listitem').filter({ has: page.locator(`[data-group="${key}"]`) });
              const shown = card.locator('.home-group__description');
              expect(await clipped(shown), `${key}: the description on the tile`).toBe('');
              const marker = shown.locator('.fallback-marker');
              await expect(marker).toHaveText('(Bahasa Indonesia)');
              expect(await clipped(marker), `${key}: the marker on the tile`).toBe('');

              const more = card.getByRole('button', { name: /^Waos sedaya/ });
              if (words(await shown.innerText()).includes(words(full))) {
                await expect(more).toHaveCount(0);
                return;
              }
              // Cut on the tile: "read it all" opens the whole text, marker and all.
              await more.tap();
              const dialog = page.getByRole('dialog');
              await expect(dialog).toBeVisible();
              const body = dialog.locator('.reading-text');
              for (const paragraph of PARAGRAPHS) await expect(body).toContainText(paragraph);
              const dialogMarker = body.locator('.fallback-marker');
              await expect(dialogMarker).toHaveText('(Bahasa Indonesia)');
              expect(await clipped(dialogMarker), `${key}: the marker in the dialog`).toBe('');
              if (!largeText) await expectNoAxeViolations(page);
              await dialog.getByRole('button', { name: 'Tutup' }).tap();
              await expect(dialog).toBeHidden();
            });
          }
        }
      } finally {
        variant.remove();
      }
    });

    test('the piece record shows "more below" until its end', async ({ page, host }) => {
      await page.goto(`${host.url}?idle=900#/piece/jlamprang-tulis-1900`);
      await waitForSettledStore(page);
      const record = page.locator('.piece-record');
      await expect(page.locator('#piece-title')).toBeVisible();
      // Pictures of related pieces and "read on" change the record's length; wait for them.
      await expect(record.locator('img').last()).toBeVisible();
      const cue = record.locator('.scroll-cue');
      const overflows = await record.evaluate((el) => el.scrollHeight > el.clientHeight + 2);
      expect(overflows, 'this record must be longer than its panel for the test to mean anything').toBe(true);

      await expect(cue).toHaveAttribute('data-more', 'true');
      await expect(cue.locator('.scroll-cue__note')).toHaveText('Masih ada lanjutannya di bawah');
      await expect(cue.locator('.scroll-cue__fade')).toHaveCSS('visibility', 'visible');
      expect(await clipped(cue.locator('.scroll-cue__note'))).toBe('');

      await record.evaluate((el) => el.scrollBy(0, el.clientHeight / 2));
      await expect(cue).toHaveAttribute('data-more', 'true');
      await record.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(cue).not.toHaveAttribute('data-more');
      await expect(cue.locator('.scroll-cue__fade')).toHaveCSS('visibility', 'hidden');
      await record.evaluate((el) => el.scrollTo(0, 0));
      await expect(cue).toHaveAttribute('data-more', 'true');
    });
  });
}
