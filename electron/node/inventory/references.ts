/**
 * The names a spreadsheet may use for what the collection folder already knows: terms by vocabulary,
 * motifs, makers and places, each read by id or by any of its names (see term-cell.ts), and written
 * back by the name that reads back as the same id.
 */
import type { ParsedCollection } from '../collection/read-collection';
import { termReader, type TermCell, type Vocabulary } from './term-cell';

export interface NamedList {
  read(text: string): TermCell;
  /** The name to write for an id: its label in `language` when that reads back as the same id, else the id. */
  nameOf(id: string): string;
}

function named(vocabulary: Vocabulary, language: string): NamedList {
  const read = termReader(vocabulary);
  const names = new Map<string, string>();
  return {
    read,
    nameOf(id) {
      let name = names.get(id);
      if (name === undefined) {
        const label = vocabulary[id]?.label[language];
        const back = label === undefined ? undefined : read(label);
        name = back?.kind === 'term' && back.id === id ? label! : id;
        names.set(id, name);
      }
      return name;
    },
  };
}

export interface CollectionNames {
  defaultLanguage: string;
  languages: string[];
  terms(vocab: string): NamedList;
  motifs: NamedList;
  makers: NamedList;
  places: NamedList;
}

export function collectionNames(collection: ParsedCollection): CollectionNames {
  const defaultLanguage = collection.config?.data.defaultLanguage ?? 'id';
  const empty = named({}, defaultLanguage);
  const vocabularies = new Map<string, NamedList>();
  for (const [vocab, file] of collection.terms)
    vocabularies.set(vocab, named(file.data.terms, defaultLanguage));
  const motifs: Record<string, { label: Record<string, string> }> = {};
  for (const motif of collection.checkable.motifs) {
    if (motif.data.name) motifs[motif.id] = { label: { ...motif.data.name } };
  }
  // A maker's or place's plain-text name is the same in every language: it is written as it is.
  const entries = (
    record: Readonly<Record<string, { name: string | Readonly<Record<string, string>> }>> | undefined,
  ): Vocabulary =>
    Object.fromEntries(
      Object.entries(record ?? {}).map(([id, { name }]) => [
        id,
        { label: typeof name === 'string' ? { [defaultLanguage]: name } : { ...name } },
      ]),
    );
  return {
    defaultLanguage,
    languages: collection.languages.length > 0 ? collection.languages : [defaultLanguage],
    terms: (vocab) => vocabularies.get(vocab) ?? empty,
    motifs: named(motifs, defaultLanguage),
    makers: named(entries(collection.makers?.data.makers), defaultLanguage),
    places: named(entries(collection.places?.data.places), defaultLanguage),
  };
}
