import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../../electron/shared/search/kiosk-search-index';
import { createSearchIndex } from '../../../../../electron/shared/search/search-index';
import { searchFixture } from '../../../../fixtures/search/search-fixture';

/**
 * The relevance table on the hand-written fixture. Each row says which results must come first:
 * `top` lists `kind:id` keys that must all be among the first `top.length` hits (in any order).
 * `kinds` narrows the search the way the motif or piece screens do.
 */
interface Row {
  query: string;
  top: string[];
  kinds?: SearchHit['kind'][];
  why: string;
}

const table: Row[] = [
  // Motif names, Javanese and Indonesian words.
  { query: 'jlamprang', top: ['motif:jlamprang'], kinds: ['motif'], why: 'motif name' },
  {
    query: 'jlamprang',
    top: ['piece:jlamprang-1900', 'piece:jelamprang-kontemporer'],
    kinds: ['piece'],
    why: 'pieces with the motif',
  },
  { query: 'kawung', top: ['motif:kawung'], kinds: ['motif'], why: 'motif name' },
  { query: 'truntum', top: ['piece:truntum-solo', 'motif:truntum'], why: 'title and motif name' },
  { query: 'jarik', top: ['piece:jlamprang-1900'], why: 'Javanese word in a jv title' },
  { query: 'sinjang', top: ['piece:jlamprang-1900'], why: 'Javanese krama synonym of jarik' },
  { query: 'Bathik Jambi', top: ['piece:jambi'], why: 'Javanese th spelling of batik' },
  // English words.
  { query: 'dragon', top: ['piece:liong-lasem', 'motif:liong'], why: 'English name via synonyms' },
  { query: 'phoenix', top: ['motif:burung-hong'], why: 'English name' },
  { query: 'fairy tale', top: ['piece:dongengan', 'motif:dongengan'], why: 'English phrase' },
  { query: 'red riding hood', top: ['piece:dongengan'], why: 'English title words' },
  { query: 'stamped', top: ['piece:mega-mendung-cap'], why: 'English technique label' },
  // Old spellings.
  { query: 'Djlamprang', top: ['motif:jlamprang'], kinds: ['motif'], why: 'dj -> j' },
  { query: 'tjap', top: ['piece:mega-mendung-cap'], why: 'tj -> c' },
  {
    query: 'Soerakarta',
    top: ['piece:kawung-solo', 'piece:sidomukti-solo', 'piece:truntum-solo'],
    kinds: ['piece'],
    why: 'oe -> u',
  },
  {
    query: 'Djokjakarta',
    top: ['piece:parang-rusak-yogya', 'piece:sekar-jagad', 'piece:nitik-yogya', 'piece:udan-liris'],
    kinds: ['piece'],
    why: 'dj -> j, j = y, one typo (k/g)',
  },
  { query: 'Kedoengwoeni', top: ['piece:encim-kedungwuni'], why: 'oe -> u in place and inscription' },
  { query: 'Djawa Hokokai', top: ['motif:jawa-hokokai', 'piece:hokokai-pagi-sore'], why: 'dj -> j' },
  {
    query: 'Tjirebon',
    top: ['piece:mega-mendung-cap', 'piece:wadasan-cirebon'],
    kinds: ['piece'],
    why: 'tj -> c',
  },
  {
    query: 'Jogja',
    top: ['piece:parang-rusak-yogya', 'piece:sekar-jagad', 'piece:nitik-yogya', 'piece:udan-liris'],
    kinds: ['piece'],
    why: 'j/y, prefix of Yogyakarta',
  },
  // Typos.
  { query: 'jlampang', top: ['motif:jlamprang'], kinds: ['motif'], why: 'one letter missing' },
  { query: 'kawug', top: ['motif:kawung'], kinds: ['motif'], why: 'five letters allow one edit' },
  {
    query: 'pekalogan',
    top: [
      'piece:jlamprang-1900',
      'piece:buketan-van-zuylen',
      'piece:hokokai-pagi-sore',
      'piece:terang-bulan',
      'piece:jelamprang-kontemporer',
      'piece:dongengan',
    ],
    kinds: ['piece'],
    why: 'typo in a place name: every Pekalongan piece first',
  },
  // Partial words as typed.
  { query: 'jlam', top: ['motif:jlamprang'], kinds: ['motif'], why: 'prefix' },
  { query: 'trun', top: ['piece:truntum-solo', 'motif:truntum'], why: 'prefix' },
  { query: 'kain panjang jlam', top: ['piece:jlamprang-1900'], why: 'last word still being typed' },
  { query: 'zuy', top: ['piece:buketan-van-zuylen'], why: 'maker prefix' },
  // Accession numbers.
  { query: 'MBP.2006.0001', top: ['piece:jlamprang-1900'], why: 'full accession' },
  { query: 'mbp20060001', top: ['piece:jlamprang-1900'], why: 'without dots' },
  { query: '2006.0001', top: ['piece:jlamprang-1900'], why: 'without the prefix' },
  { query: 'MBP.2010', top: ['piece:megamendung-trusmi', 'piece:wadasan-cirebon'], why: 'leading part' },
  {
    query: 'mbp 2008 00',
    top: ['piece:kawung-solo', 'piece:parang-rusak-yogya'],
    why: 'typed with spaces, partial',
  },
  // Hyphen and space variants.
  {
    query: 'mega-mendung',
    top: ['piece:megamendung-trusmi', 'piece:mega-mendung-cap', 'motif:mega-mendung'],
    why: 'hyphen',
  },
  {
    query: 'megamendung',
    top: ['piece:megamendung-trusmi', 'piece:mega-mendung-cap', 'motif:mega-mendung'],
    why: 'joined',
  },
  {
    query: 'mega mendung',
    top: ['piece:megamendung-trusmi', 'piece:mega-mendung-cap', 'motif:mega-mendung'],
    why: 'space',
  },
  { query: 'pagisore', top: ['motif:pagi-sore', 'piece:hokokai-pagi-sore'], why: 'joined form of Pagi-Sore' },
  { query: 'sido mukti', top: ['piece:sidomukti-solo', 'motif:sido-mukti'], why: 'split form of Sidomukti' },
  { query: 'tanjungbumi', top: ['piece:gentongan-madura', 'motif:gentongan'], why: 'joined place name' },
  // Synonyms.
  {
    query: 'jelamprang',
    top: ['piece:jlamprang-1900', 'piece:jelamprang-kontemporer'],
    kinds: ['piece'],
    why: 'synonym both ways',
  },
  { query: 'sogan', top: ['piece:kawung-solo'], why: 'sogan -> soga' },
  { query: 'nila', top: ['piece:jelamprang-kontemporer'], why: 'nila = indigo = biru' },
  { query: 'sablon', top: ['piece:tiruan-parang'], why: 'sablon = printing' },
  { query: 'tiga negri', top: ['motif:tiga-negeri', 'piece:tiga-negeri-lasem'], why: 'variant spelling' },
  { query: 'sekar jagat', top: ['piece:sekar-jagad', 'motif:sekar-jagad'], why: 'synonym spelling' },
];

describe('relevance table (fixture collection)', () => {
  const index = createSearchIndex(searchFixture);

  it('has at least 30 queries', () => {
    expect(new Set(table.map((row) => row.query)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(table)('$query -> $top ($why)', ({ query, top, kinds }) => {
    const hits = index.search(query, { kinds }).map((hit) => `${hit.kind}:${hit.id}`);
    expect(hits.slice(0, top.length).sort()).toEqual([...top].sort());
  });
});
