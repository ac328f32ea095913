import type { KioskSettings } from '../../shared/kiosk-status';
import type { KioskConfig } from './config-schema';

/**
 * The part of the kiosk config the page reads (idle timings, languages, the QR base URL, how long
 * the visitor insights keep raw visits), the same
 * in Electron (`window.kiosk.settings()`) and in the web host (`GET /api/settings`). Never the PIN
 * hash, never a folder.
 */
export function pageSettings(config: KioskConfig): KioskSettings {
  const { languages, defaultLanguage, idleTimeoutSec, idleCountdownSec, publicBaseUrl, insightsRawDays } =
    config;
  return { languages, defaultLanguage, idleTimeoutSec, idleCountdownSec, publicBaseUrl, insightsRawDays };
}
