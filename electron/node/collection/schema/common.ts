import { z } from 'zod';

/** Ids are folder names and authority keys: lowercase ascii, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A custom issue carries its problem kind here so the mapping to problems stays explicit. */
export interface KindParams {
  kind: 'required' | 'unknown-language' | 'invalid-id' | 'invalid-value' | 'duplicate-id';
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/** Answers of {@link isKnownLanguageTag} so far, bounded so odd curator input cannot grow it. */
const knownTags = new Map<string, boolean>();

/**
 * True for a well-formed BCP 47 tag whose language subtag is one ICU knows, so `eng` or `in`
 * pass (they canonicalise to `en`, `id`) while `english`, `en_US` or `xx` do not.
 */
export function isKnownLanguageTag(tag: string): boolean {
  // Every text of every record asks about the same few tags; the Intl calls cost ~20 µs each.
  let known = knownTags.get(tag);
  if (known === undefined) {
    known = askIntl(tag);
    if (knownTags.size < 1_000) knownTags.set(tag, known);
  }
  return known;
}

function askIntl(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (!canonical) return false;
    const language = new Intl.Locale(canonical).language;
    return languageNames.of(language) !== undefined;
  } catch {
    return false;
  }
}

/** A visitor-facing text: `{ id: ..., en: ..., jv: ... }` keyed by BCP 47 tags, `id` required. */
export const langMap = z.record(z.string(), z.string()).superRefine((map, ctx) => {
  if (!('id' in map)) {
    ctx.addIssue({
      code: 'custom',
      path: ['id'],
      message: 'The Indonesian text (id) is required.',
      params: { kind: 'required' } satisfies KindParams,
    });
  }
  for (const tag of Object.keys(map)) {
    if (!isKnownLanguageTag(tag)) {
      ctx.addIssue({
        code: 'custom',
        path: [tag],
        message: `"${tag}" is not a language code. Use codes such as id, en, jv, nl, zh-Hans or ja.`,
        params: { kind: 'unknown-language' } satisfies KindParams,
      });
    }
  }
});

/**
 * A motif element of the older form: a language map that has no `key` or `name`. Those two belong
 * to the keyed form, and this rule stops zod's union from settling on a language map for a keyed
 * element with a mistake (`{ key: titik }`): the union then fails as a whole and the check reports
 * it through the form it comes closest to (see validate.ts).
 */
export const plainElement = langMap.refine(
  (map) => !Object.hasOwn(map, 'key') && !Object.hasOwn(map, 'name'),
  {
    message: 'An element with a "key" or "name" is of the keyed form: key, name and meaning.',
    abort: true,
  },
);

/** An id: folder name or authority key. */
export const idString = z.string().regex(ID_PATTERN);

/** A reference to another record or term; existence is checked later, across files. */
export const ref = z.string().min(1);

export const year = z.number().int();

/** Years kept as numbers; the display text is a separate language map. */
export const datingSchema = z.object({
  display: langMap,
  earliest: year.optional(),
  latest: year.optional(),
});
