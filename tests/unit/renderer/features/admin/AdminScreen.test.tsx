import { describe, expect, it } from 'vitest';
import { AdminScreen, type AdminScreenProps } from '../../../../../renderer/features/admin/AdminScreen';
import { renderWithI18n } from '../../../support/render-with-i18n';

const none = () => {};
const base: AdminScreenProps = {
  pinRequired: true,
  browser: false,
  busy: false,
  message: '',
  onExit: none,
  onReload: none,
  onRestart: none,
  onSyncNow: none,
  onLock: none,
  onInsights: none,
  status: <p>[status]</p>,
};

describe('AdminScreen', () => {
  it('names its actions in the page language and ends with the status page', () => {
    const html = renderWithI18n(<AdminScreen {...base} />, 'id');
    expect(html).toContain('<h1>Admin kios</h1>');
    expect(html).toContain('<h2 id="admin-actions-title">Tindakan</h2>');
    for (const action of ['Sinkronkan sekarang', 'Muat ulang', 'Mulai ulang kios', 'Keluar dari kios']) {
      expect(html).toContain(`>${action}</button>`);
    }
    expect(html).toMatch(/<p>\[status\]<\/p><\/div>$/);
  });

  it('opens the visitor insights from its actions', () => {
    expect(renderWithI18n(<AdminScreen {...base} />, 'id')).toContain('>Wawasan pengunjung</button>');
    expect(renderWithI18n(<AdminScreen {...base} />, 'en')).toContain('>Visitor insights</button>');
  });

  it('locks the session behind a PIN, and only leaves when there is none', () => {
    expect(renderWithI18n(<AdminScreen {...base} />, 'en')).toContain('>Lock and leave</button>');
    expect(renderWithI18n(<AdminScreen {...base} pinRequired={false} />, 'en')).toContain(
      '>Leave admin</button>',
    );
  });

  it('in browser mode says why the kiosk-only actions are off, and only there', () => {
    const notes = (html: string) => html.match(/Not available in browser mode/g)?.length ?? 0;
    expect(notes(renderWithI18n(<AdminScreen {...base} />, 'en'))).toBe(0);
    const browser = renderWithI18n(<AdminScreen {...base} browser />, 'en');
    expect(notes(browser)).toBe(3);
    expect(browser).toContain('aria-describedby="admin-reload-note"');
  });
});
