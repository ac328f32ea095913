import { beforeEach, describe, expect, it } from 'vitest';
import { registerKioskScheme, setupProtocol } from '../../../../electron/main/scheme';
import { protocol, resetElectronMock } from '../../../mocks/electron';

describe('kiosk scheme', () => {
  beforeEach(() => resetElectronMock());

  it('registers kiosk: as standard, secure, fetch, stream and code cache', () => {
    registerKioskScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'kiosk',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
      },
    ]);
  });

  it('serves host app through the handler and 404s other hosts', async () => {
    const handler = async (request: Request) => new Response(`served ${new URL(request.url).pathname}`);
    setupProtocol(handler);
    const [[scheme, answer]] = protocol.handle.mock.calls as unknown as [
      [string, (r: Request) => Promise<Response>],
    ];
    expect(scheme).toBe('kiosk');
    expect(await (await answer(new Request('kiosk://app/index.html'))).text()).toBe('served /index.html');
    expect((await answer(new Request('kiosk://evil/index.html'))).status).toBe(404);
  });
});
