import type { ParseKeys } from 'i18next';

/**
 * The key of any interface string, known from the Indonesian reference files (`i18next.d.ts`
 * declares them): a key that does not exist fails `tsc -b`. A counted string's key is named without
 * its plural suffix (`area.count`, not `area.count_other`).
 */
export type UiKey = ParseKeys;

/**
 * i18next's `t` narrowed for pure modules that put a model into words (the status page, a piece's
 * record), so their unit tests can pass a stand-in that shows the key and its values.
 */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;
