import { describe, expect, it } from 'vitest';
import { BuildProgress } from '../../../../../renderer/features/boot/BuildProgress';
import { renderWithI18n } from '../../../support/render-with-i18n';

describe('BuildProgress', () => {
  it('says which picture the check is at, with no count it cannot know yet', () => {
    const html = renderWithI18n(<BuildProgress progress={{ step: 'check', done: 57, total: 0 }} />, 'id');
    expect(html).toContain('<h1 id="build-progress-title">Menyiapkan gambar koleksi</h1>');
    expect(html).toContain('<p aria-live="polite">Memeriksa folder koleksi: gambar ke-57</p>');
    expect(html).not.toContain('value=');
  });

  it('counts the pictures made, in the visitor language', () => {
    const html = renderWithI18n(<BuildProgress progress={{ step: 'images', done: 40, total: 179 }} />, 'en');
    expect(html).toContain('Pictures ready: 40 of 179');
    expect(html).toContain('max="179" value="40"');
  });

  it('says it is almost done for the quick last steps', () => {
    const html = renderWithI18n(<BuildProgress progress={{ step: 'records', done: 0, total: 1 }} />, 'en');
    expect(html).toContain('Almost done…');
  });
});
