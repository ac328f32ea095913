import { beforeEach, describe, expect, it } from 'vitest';
import { setupWindowGuards } from '../../../../../electron/main/security/window-guards';
import { app, Menu, powerSaveBlocker, resetElectronMock } from '../../../../mocks/electron';
import { fakeContext } from '../fake-context';

describe('kiosk window guards', () => {
  beforeEach(() => resetElectronMock());

  it('cancels close unless an admin asked, keeps the display awake, removes the menu', () => {
    const { context, window } = fakeContext();
    setupWindowGuards(window as never, context);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    window.close();
    expect(window.isDestroyed()).toBe(false);
    context.exitRequested = true;
    window.close();
    expect(window.isDestroyed()).toBe(true);
  });

  it('lets an OS-initiated quit (shutdown, SIGTERM) close the window', () => {
    const { context, window } = fakeContext();
    setupWindowGuards(window as never, context);
    app.emit('before-quit', {});
    window.close();
    expect(window.isDestroyed()).toBe(true);
  });
});
