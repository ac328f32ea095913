import path from 'node:path';
import type { LoadedConfig } from '../config/config-file';

/**
 * `npm run kiosk -- insights`: tells a technician, in plain words, where the visitor insights
 * (issue 15) live on this machine, what of them leaves it, and how to export and reset them. It
 * reads nothing of the insights themselves: they are in the page's IndexedDB, which only the page
 * opens.
 */

export interface InsightsFacts {
  /** The user-data folder the Electron kiosk uses on this machine (KIOSK_USER_DATA applied). */
  userDataDir: string;
  /** The kiosk config, for whether it names a fleet receiver. */
  config: LoadedConfig;
}

/** The explanation, one line per entry. */
export function insightsLines({ userDataDir, config }: InsightsFacts): string[] {
  const { fleetUrl } = config.config;
  const where = config.exists
    ? `The kiosk config ${config.path}`
    : `The kiosk config (${config.path}: not found)`;
  return [
    'Visitor insights: what the kiosk counts about its visits (screens opened, pieces and motifs looked at,',
    'searches, session lengths), with nothing that names a person. They stay on this kiosk.',
    '',
    'Where they are kept',
    '  Electron kiosk (the installed app, npm start): in the page\'s own IndexedDB database "kiosk-insights",',
    "  inside the kiosk's user-data folder, here:",
    `    ${path.join(userDataDir, 'IndexedDB')}`,
    "  (one subfolder per origin there, the kiosk's named after kiosk://app; KIOSK_USER_DATA moves the",
    '  whole user-data folder).',
    '  Web host (npm run web): in the profile of the browser that shows the page, under the address',
    '  it was opened at; another browser, profile or address starts with none.',
    '',
    'What leaves the kiosk',
    '  Nothing, except the daily counts of the last 14 days (visits, glances, time spent, searches and',
    '  searches that found nothing), sent with each fleet heartbeat when a fleet receiver is set up.',
    fleetUrl
      ? `  ${where} names one: ${fleetUrl}`
      : `  ${where} names none (fleetUrl): this kiosk sends nothing.`,
    '  The web host sends them only when started with --fleet-url.',
    '',
    'Export',
    '  Admin screen -> "Wawasan pengunjung" (Visitor insights) -> "Ekspor data" (Export data). The kiosk',
    '  asks for a folder (a USB drive) and writes the files into a new folder',
    '  kiosk-insights-YYYY-MM-DD-HHMM there; in a browser the page downloads one',
    '  kiosk-insights-YYYY-MM-DD.zip instead.',
    '',
    'Reset',
    '  Admin screen -> "Wawasan pengunjung" -> "Hapus semua data kunjungan", then confirm: forgets every',
    '  visit recorded on this kiosk (files already exported, and counts the fleet receiver already',
    '  has, stay where they are).',
    '  Without the screen: quit the kiosk and delete the IndexedDB folder above; that removes the',
    "  page's copy of the collection too, which it loads again at the next start. In a browser, clear",
    "  the site data of the web host's address instead.",
  ];
}
