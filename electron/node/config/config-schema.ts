import { z } from 'zod';
import { PIN_HASH_PATTERN } from '../admin/pin';
import { DEFAULT_STALL_MINUTES } from '../live-collection/build-in-worker';
import { parseTimeOfDay } from '../recovery/scheduled-relaunch';

/**
 * The kiosk configuration: one JSON file in the user-data folder, written by a technician (and by
 * `npm run kiosk-config -- set-pin`). Each field has its own schema and default, so one bad value falls
 * back alone and the rest of the file still applies.
 */

const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 tag such as "id" or "en"');

/** Field schemas, each with the default used when the field is missing or invalid. */
const CONFIG_FIELDS = {
  /** Curator folder to compile and watch; null = the collection bundled with the app. */
  collectionDir: { schema: z.string().min(1).nullable(), fallback: null as string | null },
  /**
   * Languages offered on screen, in the order of the language switch; null = all the page can show
   * (the interface's three, then any the collection adds). The page leaves out any it cannot show.
   */
  languages: { schema: z.array(languageTag).min(1).max(12).nullable(), fallback: null as string[] | null },
  /**
   * Language shown after start and after each idle reset; null = the collection's default. It must
   * be one of `languages` when both are set.
   */
  defaultLanguage: { schema: languageTag.nullable(), fallback: null as string | null },
  /** Seconds without a touch before the idle countdown starts. */
  idleTimeoutSec: { schema: z.number().int().min(15).max(3600), fallback: 90 },
  /** Seconds the "still there?" countdown lasts before the kiosk resets to the attract screen. */
  idleCountdownSec: { schema: z.number().int().min(5).max(120), fallback: 30 },
  /** Local time `HH:MM` for a daily relaunch, or null for none. */
  nightlyRelaunch: {
    schema: z
      .string()
      .refine((text) => parseTimeOfDay(text) !== null, 'a 24-hour time "HH:MM"')
      .nullable(),
    fallback: null as string | null,
  },
  /** Total memory of all app processes (MB) above which the app relaunches; null = no watchdog. */
  memoryLimitMB: {
    schema: z.number().int().min(256).max(65_536).nullable(),
    fallback: 3072 as number | null,
  },
  /** Minutes a collection build may go without progress before it is stopped as hung. */
  buildStallMinutes: { schema: z.number().int().min(1).max(240), fallback: DEFAULT_STALL_MINUTES },
  /** Public web address of the collection for take-away QR codes; null = no QR codes. */
  publicBaseUrl: {
    schema: z.url({ protocol: /^https?$/ }).nullable(),
    fallback: null as string | null,
  },
  /**
   * A published bundle to pull instead of compiling a folder (`npm run collection -- publish`): its
   * `http(s)://` URL, or a bundle folder (relative to the config file); null = compile
   * `collectionDir`. A `collectionDir` that holds a bundle's `latest.json` is pulled the same way.
   */
  publishUrl: { schema: z.string().min(1).nullable(), fallback: null as string | null },
  /** Public key files (`publish.pub`, relative to the config file) whose signatures are accepted. */
  publishKeys: { schema: z.array(z.string().min(1)).max(8), fallback: [] as string[] },
  /** Minutes between polls of the publisher's `latest.json`. */
  publishIntervalMinutes: { schema: z.number().int().min(1).max(1440), fallback: 5 },
  /** A fleet receiver's heartbeat address (`npm run fleet`), e.g. `http://10.0.0.5:5190/heartbeat`; null = none. */
  fleetUrl: { schema: z.url({ protocol: /^https?$/ }).nullable(), fallback: null as string | null },
  /** The receiver's token file (relative to the config file). */
  fleetTokenFile: { schema: z.string().min(1).nullable(), fallback: null as string | null },
  /** This kiosk's name on the fleet page; null = the machine's host name. */
  kioskName: { schema: z.string().min(1).max(64).nullable(), fallback: null as string | null },
  /** Minutes between heartbeats. */
  fleetIntervalMinutes: { schema: z.number().int().min(1).max(60), fallback: 5 },
  /**
   * Days the visitor insights keep each visit's own record (sessions.csv, searches.csv); the daily
   * totals behind the Insights charts stay three years either way.
   */
  insightsRawDays: { schema: z.number().int().min(1).max(1096), fallback: 30 },
  /** scrypt hash of the admin PIN (see `npm run kiosk-config -- set-pin`); null = admin exit disabled. */
  adminPinHash: {
    schema: z
      .string()
      .regex(PIN_HASH_PATTERN, 'a hash written by "npm run kiosk-config -- set-pin"')
      .nullable(),
    fallback: null as string | null,
  },
} as const;

type Fields = typeof CONFIG_FIELDS;

/** The validated configuration. */
export type KioskConfig = { -readonly [K in keyof Fields]: z.output<Fields[K]['schema']> };

/** A config problem shown on the status page. The kiosk runs on regardless. */
export interface ConfigProblem {
  field: string;
  message: string;
}

/** Every field at its default. */
export function defaultConfig(): KioskConfig {
  const entries = Object.entries(CONFIG_FIELDS).map(([key, field]) => [key, structuredClone(field.fallback)]);
  return Object.fromEntries(entries) as KioskConfig;
}

/**
 * Validates parsed JSON field by field. Unknown keys are reported (a typo would otherwise be
 * silently ignored) and invalid values fall back to their defaults.
 */
export function validateConfig(raw: unknown): { config: KioskConfig; problems: ConfigProblem[] } {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config, problems: [{ field: '(file)', message: 'must be a JSON object; using defaults' }] };
  }
  const record = raw as Record<string, unknown>;
  const target = config as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    const field = (CONFIG_FIELDS as Record<string, { schema: z.ZodType }>)[key];
    if (!field) {
      problems.push({ field: key, message: 'unknown setting; ignored' });
      continue;
    }
    const parsed = field.schema.safeParse(value);
    if (parsed.success) target[key] = parsed.data;
    else
      problems.push({
        field: key,
        message: `${parsed.error.issues[0]?.message ?? 'invalid'}; using default`,
      });
  }
  if (config.languages && config.defaultLanguage && !config.languages.includes(config.defaultLanguage)) {
    problems.push({
      field: 'defaultLanguage',
      message: `"${config.defaultLanguage}" is not in languages; using "${config.languages[0]}"`,
    });
    config.defaultLanguage = config.languages[0];
  }
  return { config, problems };
}
