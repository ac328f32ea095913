import { seededRandom, type GeneratedCollection } from './generate-collection';

/**
 * The benchmark's fixed 200 queries, as a visitor types them: a target (motif, place or maker
 * name, a title word, an accession number, a description word) cut at a random length of at
 * least two characters, the shortest query the kiosk searches.
 */
export function typedQueries(collection: GeneratedCollection, count = 200, seed = 7): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const piece = () => pick(collection.pieces);
  const targets: (() => string)[] = [
    () => pick(collection.motifs).name.id,
    () => pick(collection.motifs).name.id,
    () => pick(collection.motifs).variants[0] ?? pick(collection.motifs).name.id,
    () => pick(collection.places).name.id,
    () => Object.values(pick(collection.makers).name)[0] ?? '',
    () => pick(piece().title.en.split(' ')),
    () => pick(piece().title.id.split(' ')),
    () => piece().accession,
    () => pick(piece().description.en.split(' ')).replace('.', ''),
    () => pick(piece().summary.id.split(' ')).replace('.', ''),
  ];
  const queries: string[] = [];
  while (queries.length < count) {
    const target = pick(targets)();
    if (target.length < 2) continue;
    const length = 2 + Math.floor(random() * (target.length - 1));
    queries.push(target.slice(0, length));
  }
  return queries;
}
