import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MotifScreen, type MotifScreenProps } from '../../../../../renderer/features/motif/MotifScreen';

const labels = Object.fromEntries(
  [
    'alsoWritten',
    'family',
    'restrictedBadge',
    'restrictedExplain',
    'rule',
    'illustrative',
    'meaning',
    'history',
    'elements',
    'colours',
    'era',
    'origins',
    'notes',
    'related',
    'pieces',
    'noPieces',
    'toList',
    'readMore',
  ].map((key) => [key, `[${key}]`]),
) as unknown as MotifScreenProps['labels'];

const base: MotifScreenProps = {
  name: 'Kawung',
  otherNames: [],
  family: 'Ceplok',
  meaning: { text: 'Four ovals.', lang: 'en', fallback: false },
  history: { text: '', lang: '', fallback: false },
  elements: [],
  swatches: [],
  era: '',
  origins: [],
  notes: [],
  related: [],
  pieces: [],
  labels,
  onOpenMotif: () => {},
  onOpenPiece: () => {},
  onList: () => {},
};

describe('MotifScreen', () => {
  it('shows the larangan badge, explanation and rule only for a restricted motif', () => {
    const open = renderToStaticMarkup(<MotifScreen {...base} />);
    expect(open).not.toContain('[restrictedBadge]');
    const restricted = renderToStaticMarkup(
      <MotifScreen
        {...base}
        larangan={{ rule: { text: 'Only for the Sultan.', lang: 'en', fallback: false } }}
      />,
    );
    expect(restricted).toContain('[restrictedBadge]');
    expect(restricted).toContain('[restrictedExplain]');
    expect(restricted).toContain('Only for the Sultan.');
  });

  it('leaves out empty sections but always says whether pieces carry the motif', () => {
    const html = renderToStaticMarkup(<MotifScreen {...base} />);
    expect(html).toContain('[meaning]');
    expect(html).not.toContain('[history]');
    expect(html).not.toContain('[notes]');
    expect(html).toContain('[noPieces]');
  });

  it('marks a text that fell back to another language and sets its lang', () => {
    const html = renderToStaticMarkup(
      <MotifScreen {...base} meaning={{ text: 'Empat oval.', lang: 'id', fallback: true }} />,
    );
    expect(html).toContain('data-fallback-lang="id"');
    expect(html).toContain('<div class="reading-text" lang="id"><p>Empat oval.</p></div>');
  });

  it('captions an illustrative drawing as such and gives it its alt text', () => {
    const html = renderToStaticMarkup(
      <MotifScreen
        {...base}
        image={{ src: 'collection/media/k.webp', alt: 'Drawing of kawung', illustrative: true }}
      />,
    );
    expect(html).toContain('alt="Drawing of kawung"');
    expect(html).toContain('[illustrative]');
  });
});
