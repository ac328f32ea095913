import { describe, expect, it } from 'vitest';
import { A11yMenu, DEFAULT_A11Y_MODES } from '../../../../renderer/kit';
import { useA11yMenuLabels } from '../../../../renderer/ui/a11y-menu-labels';
import { renderWithI18n } from '../../support/render-with-i18n';

function Menu() {
  return <A11yMenu modes={DEFAULT_A11Y_MODES} onToggle={() => {}} labels={useA11yMenuLabels()} />;
}

describe('useA11yMenuLabels', () => {
  it("gives the kit's accessibility menu the visitor's language", () => {
    const en = renderWithI18n(<Menu />, 'en');
    expect(en).toContain('role="group" aria-label="Accessibility"');
    for (const mode of ['Larger text', 'High contrast', 'Lower controls'])
      expect(en).toContain(`>${mode}</button>`);
    expect(renderWithI18n(<Menu />, 'jv')).toContain('>Aksara ageng</button>');
  });
});
