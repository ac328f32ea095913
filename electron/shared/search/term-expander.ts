import { canonicalJoined, canonicalWords } from './normalise';

/**
 * Index-time term expansion: the extra terms a phrase contributes besides its own words, so that
 * hyphen/space variants and curator synonyms find each other without the query having to guess.
 *
 * - Adjacent words are also indexed joined ("mega mendung" -> megamendung), for short fields only:
 *   in long descriptions the joined pairs would mostly be noise and bloat the index.
 * - A word that is a known compound is also indexed split (megamendung -> mega, mendung).
 * - A word or phrase of up to four words that belongs to a synonym group adds every member of the
 *   group, joined ("sogan" -> soga, coklat, brown). Doing this at index time (rather than at query
 *   time) keeps prefix matching working while the visitor is still typing a synonym.
 */
export interface TermExpander {
  /** The words of `phrase` in order, followed by the expansion terms (each added once). */
  terms(phrase: string, joinAdjacent: boolean): string[];
}

/** The data an expander is built from; persisted with the index so a loaded index expands alike. */
export interface ExpanderConfig {
  synonyms: string[][];
  /** Multi-word names (motif names and variants, places) whose joined spelling should be split. */
  compounds: string[];
}

const MAX_SYNONYM_WORDS = 4;

/** Builds an expander from curator synonyms and known compound names. */
export function createTermExpander(config: ExpanderConfig): TermExpander {
  const synonymsOf = new Map<string, string[]>();
  // Every leading part of every joined synonym ("m", "me", ... "megamendung"): the n-gram walk
  // stops as soon as the words so far cannot grow into a synonym, which spares long descriptions.
  const leads = new Set<string>();
  for (const phrase of config.synonyms.flat()) {
    const joined = canonicalJoined(phrase);
    for (let end = 1; end <= joined.length; end++) leads.add(joined.slice(0, end));
  }
  for (const group of config.synonyms) {
    const members = [...new Set(group.map(canonicalJoined).filter(Boolean))];
    for (const member of members) {
      // A word in two groups gets the union of both groups.
      const known = synonymsOf.get(member) ?? [];
      synonymsOf.set(member, [...new Set([...known, ...members])]);
    }
  }
  const partsOf = new Map<string, string[]>();
  for (const phrase of [...config.compounds, ...config.synonyms.flat()]) {
    const words = canonicalWords(phrase);
    if (words.length > 1) partsOf.set(words.join(''), words);
  }

  // The Set of extra terms is made only for a phrase that has one: most description phrases have
  // none, and this runs for every phrase of every document at sync time.
  return {
    terms(phrase, joinAdjacent) {
      const words = canonicalWords(phrase);
      let extra: Set<string> | undefined;
      if (joinAdjacent && words.length > 1) {
        extra = new Set();
        for (let i = 0; i + 1 < words.length; i++) extra.add(words[i] + words[i + 1]);
      }
      if (partsOf.size > 0) {
        for (const word of words) {
          const parts = partsOf.get(word);
          if (parts) for (const part of parts) (extra ??= new Set()).add(part);
        }
      }
      if (synonymsOf.size > 0) {
        for (let i = 0; i < words.length; i++) {
          let key = '';
          for (let n = 0; n < MAX_SYNONYM_WORDS && i + n < words.length; n++) {
            key += words[i + n];
            if (!leads.has(key)) break;
            const synonyms = synonymsOf.get(key);
            if (synonyms) for (const synonym of synonyms) (extra ??= new Set()).add(synonym);
          }
        }
      }
      if (extra === undefined) return words;
      for (const word of words) extra.delete(word);
      return extra.size === 0 ? words : [...words, ...extra];
    },
  };
}
