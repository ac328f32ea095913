import { describe, expect, it } from 'vitest';
import { StillThereOverlay } from '../../../../renderer/kit';
import { useStillThereLabels } from '../../../../renderer/ui/still-there-labels';
import { renderWithI18n } from '../../support/render-with-i18n';

function Question({ locale, remaining = 12 }: { locale: string; remaining?: number }) {
  return (
    <StillThereOverlay
      open
      remainingSec={remaining}
      onContinue={() => {}}
      onStartAgain={() => {}}
      locale={locale}
      labels={useStillThereLabels()}
    />
  );
}

describe('useStillThereLabels', () => {
  it("gives the kit's idle question the visitor's language, the countdown spoken in it", () => {
    const en = renderWithI18n(<Question locale="en" />, 'en');
    expect(en).toContain('Still there?</h2>');
    expect(en).toContain('If nobody touches the screen, it will go back to the start.</p>');
    expect(en).toContain('role="timer" aria-label="12 seconds"');
    expect(en).toContain('>Continue</button>');
    expect(en).toContain('>Start again</button>');
    const id = renderWithI18n(<Question locale="id" />, 'id');
    expect(id).toContain('Masih di sana?</h2>');
    expect(id).toContain('aria-label="12 detik"');
  });

  it('names the last second in the singular in English, and in the one form of Indonesian and Javanese', () => {
    expect(renderWithI18n(<Question locale="en" remaining={1} />, 'en')).toContain('aria-label="1 second"');
    expect(renderWithI18n(<Question locale="id" remaining={1} />, 'id')).toContain('aria-label="1 detik"');
    expect(renderWithI18n(<Question locale="jv" remaining={1} />, 'jv')).toContain('aria-label="1 detik"');
  });
});
