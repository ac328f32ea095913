/**
 * The relevance table for the real sample collection (`collection/`): read by the unit test
 * (sample-relevance.test.ts, index built in Node) and by the Chromium test
 * (tests/e2e/store-chromium.spec.ts, the index the app built and stored in IndexedDB).
 * Each row: every `expect` key must be among the first `within` hits (default: as many as listed).
 */
export interface RelevanceRow {
  query: string;
  expect: string[];
  within?: number;
  kinds?: ('piece' | 'motif')[];
}

export const SAMPLE_RELEVANCE: RelevanceRow[] = [
  // Old spellings.
  { query: 'Djlamprang', expect: ['motif:jlamprang'], kinds: ['motif'] },
  { query: 'tjap', expect: ['piece:jlamprang-cap-1970'] },
  {
    query: 'Soerakarta',
    expect: ['piece:sido-mukti-1970', 'piece:truntum-1960'],
    within: 8,
    kinds: ['piece'],
  },
  {
    query: 'Djokjakarta',
    expect: ['piece:nitik-cakar-ayam-1940', 'piece:udan-liris-1935'],
    within: 6,
    kinds: ['piece'],
  },
  { query: 'Jogja', expect: ['piece:nitik-cakar-ayam-1940'], within: 5, kinds: ['piece'] },
  { query: 'Kedoengwoeni', expect: ['piece:buketan-kedungwuni-1955'] },
  { query: 'Djawa Hokokai', expect: ['motif:jawa-hokokai'], kinds: ['motif'] },
  {
    query: 'Tjirebon',
    expect: ['piece:wadasan-cirebon-1930', 'piece:mega-mendung-trusmi-1985'],
    kinds: ['piece'],
  },
  { query: 'Hardjonagoro', expect: ['piece:sawunggaling-1960'] },
  // Typos.
  { query: 'jlampang', expect: ['motif:jlamprang'], kinds: ['motif'] },
  { query: 'kawug', expect: ['motif:kawung'], kinds: ['motif'] },
  { query: 'Sri Langka', expect: ['piece:sri-lanka-kain-2010', 'piece:sri-lanka-hiasan-dinding-1995'] },
  { query: 'udan riris', expect: ['piece:udan-liris-1935', 'motif:udan-liris'] },
  // Partial words as typed.
  { query: 'jlam', expect: ['motif:jlamprang'], kinds: ['motif'] },
  { query: 'zuy', expect: ['piece:buketan-sarung-1910'] },
  // Javanese, Indonesian and English words.
  { query: 'Bathik Jambi', expect: ['piece:jambi-kain-1995'] },
  { query: 'dragon', expect: ['motif:liong'], kinds: ['motif'] },
  { query: 'phoenix', expect: ['motif:burung-hong'], kinds: ['motif'] },
  {
    query: 'fairy tale',
    expect: ['motif:dongengan', 'piece:dongengan-sarung-1910', 'piece:dongengan-kain-panjang-1915'],
  },
  { query: 'red riding hood', expect: ['piece:dongengan-sarung-1910'] },
  {
    query: 'Snow White',
    expect: ['motif:dongengan', 'piece:dongengan-sarung-1910', 'piece:dongengan-kain-panjang-1915'],
  },
  { query: 'stamped', expect: ['piece:jlamprang-cap-1970'] },
  { query: 'peacock', expect: ['piece:terang-bulan-merak-1965', 'piece:hokokai-kain-panjang-1944'] },
  {
    query: 'kebaya encim',
    expect: ['piece:encim-sarung-1955', 'piece:encim-sarung-1930', 'piece:encim-kontemporer-2022'],
    within: 4,
  },
  // Makers.
  { query: 'van zuylen', expect: ['piece:buketan-sarung-1910'] },
  { query: 'Oey Soe Tjoen', expect: ['piece:buketan-kedungwuni-1955'] },
  // Accession numbers.
  { query: 'MBP.2006.0001', expect: ['piece:jlamprang-tulis-1900'] },
  { query: '2006.0001', expect: ['piece:jlamprang-tulis-1900'] },
  { query: 'mbp20060004', expect: ['piece:hokokai-pagi-sore-1944'] },
  {
    query: 'MBP.2009',
    expect: ['piece:jlamprang-cap-1970', 'piece:mega-mendung-trusmi-1985', 'piece:parang-rusak-barong-1920'],
  },
  // Hyphen and space variants.
  { query: 'mega-mendung', expect: ['motif:mega-mendung', 'piece:mega-mendung-trusmi-1985'] },
  { query: 'megamendung', expect: ['motif:mega-mendung', 'piece:mega-mendung-trusmi-1985'] },
  { query: 'mega mendung', expect: ['motif:mega-mendung', 'piece:mega-mendung-trusmi-1985'] },
  { query: 'pagisore', expect: ['motif:pagi-sore'], kinds: ['motif'] },
  { query: 'sido mukti', expect: ['motif:sido-mukti', 'piece:sido-mukti-1970'] },
  { query: 'lokcan', expect: ['motif:lok-can', 'piece:lok-can-lasem-1900'] },
  { query: 'Tanjung Bumi', expect: ['motif:gentongan', 'piece:gentongan-tanjung-bumi-1920'] },
  // Synonyms and variants.
  {
    query: 'jelamprang',
    expect: ['piece:jlamprang-tulis-1900', 'piece:jlamprang-cap-1970'],
    within: 7,
    kinds: ['piece'],
  },
  { query: 'tiga negri', expect: ['motif:tiga-negeri'], kinds: ['motif'] },
  {
    query: 'sekar jagat',
    expect: ['motif:sekar-jagad', 'piece:sekar-jagad-solo-1930', 'piece:sekar-jagad-madura-1960'],
  },
  { query: 'sablon', expect: ['piece:jlamprang-printed-2010'] },
];
