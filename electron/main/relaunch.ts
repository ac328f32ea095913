import { app } from 'electron';

/**
 * Exit code that asks a supervisor (systemd `Restart=always`, a Windows shell launcher) to start the
 * kiosk again. Under a supervisor `app.relaunch()` would start the new instance outside its control.
 */
export const RELAUNCH_EXIT_CODE = 75;

/**
 * Restarts the whole app. With `KIOSK_SUPERVISED=1` it exits with {@link RELAUNCH_EXIT_CODE} and
 * lets the supervisor restart it; otherwise Electron spawns the new instance itself.
 */
export function relaunchApp(allowClose: () => void): void {
  allowClose();
  if (process.env.KIOSK_SUPERVISED === '1') {
    app.exit(RELAUNCH_EXIT_CODE);
    return;
  }
  app.relaunch();
  app.exit(0);
}
