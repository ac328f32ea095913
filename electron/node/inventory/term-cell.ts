import { closestKey } from '../collection/schema/closest-key';

/** A vocabulary as the collection folder has it: term id -> its labels by language. */
export type Vocabulary = Readonly<Record<string, { label: Readonly<Record<string, string>> }>>;

export type TermCell =
  | { kind: 'term'; id: string }
  /** Not a term of the vocabulary; `suggestion` is the id a typo most likely meant. */
  | { kind: 'unknown'; text: string; suggestion?: string };

/** Case, accents, spaces, hyphens and underscores do not matter: "Batik Tulis" = "batik-tulis". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[-_\s]+/g, '');
}

/**
 * The names a curator may write a term by: its id, each label, and a label's halves around a
 * bracket ("Hand-drawn batik (tulis)" is also "Hand-drawn batik" and "tulis").
 */
function namesOf(id: string, labels: Readonly<Record<string, string>>): string[] {
  const names = [id];
  for (const label of Object.values(labels)) {
    names.push(label);
    const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(label);
    if (bracket) names.push(bracket[1]!, bracket[2]!);
  }
  return names;
}

/**
 * Reads a term written in a spreadsheet cell (issue 13): by id or by a label in any language, as
 * curators write them ("Batik Tulis" -> `tulis`, "Pesisiran" -> `pesisiran`). A name two terms share
 * is not guessed between; anything else unknown comes back with a "did you mean" when one is close.
 */
export function termReader(vocabulary: Vocabulary): (text: string) => TermCell {
  // An id written as it is wins over any label; a label two terms share names neither.
  const byId = new Map(Object.keys(vocabulary).map((id) => [fold(id), id]));
  const byName = new Map<string, string | null>();
  const guessable: string[] = [];
  const idOfGuess = new Map<string, string>();
  for (const [id, term] of Object.entries(vocabulary)) {
    for (const name of namesOf(id, term.label)) {
      const key = fold(name);
      if (!key) continue;
      const earlier = byName.get(key);
      byName.set(key, earlier === undefined || earlier === id ? id : null);
      guessable.push(name);
      idOfGuess.set(name, id);
    }
  }
  return (text) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    const id = byId.get(fold(trimmed)) ?? byName.get(fold(trimmed));
    if (id) return { kind: 'term', id };
    const guess = id === null ? undefined : closestKey(trimmed, guessable);
    return guess === undefined
      ? { kind: 'unknown', text: trimmed }
      : { kind: 'unknown', text: trimmed, suggestion: idOfGuess.get(guess)! };
  };
}

/** The values of a cell that holds several, separated by `;` (empty ones dropped). */
export function cellValues(text: string): string[] {
  return text
    .split(';')
    .map((value) => value.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
