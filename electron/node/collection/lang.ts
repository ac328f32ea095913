import { ANY_LANGUAGE, type LangMap } from '../../shared/collection-records';

/**
 * Normalises a curator's language map for the kiosk: canonical tags (`EN` -> `en`, `ind` -> `id`)
 * so lookups by the UI language match, and no trailing newline from YAML block scalars.
 */
export function normaliseLangMap(map: Record<string, string>): LangMap {
  const out: LangMap = {};
  for (const [tag, text] of Object.entries(map)) {
    const trimmed = text.trimEnd();
    if (trimmed === '') continue;
    let key = tag;
    try {
      key = Intl.getCanonicalLocales(tag)[0] ?? tag;
    } catch {
      // Invalid tags never reach compile (the check refuses them); keep the tag as written.
    }
    if (!(key in out)) out[key] = trimmed;
  }
  return out;
}

export function optionalLangMap(map: Record<string, string> | undefined): LangMap | undefined {
  return map === undefined ? undefined : normaliseLangMap(map);
}

/**
 * A maker's or place's name for the kiosk: a language map as the curator wrote it, or a proper
 * name written once, which reads the same in every language.
 */
export function nameLangMap(name: string | Record<string, string>): LangMap {
  return typeof name === 'string' ? { [ANY_LANGUAGE]: name.trim() } : normaliseLangMap(name);
}
