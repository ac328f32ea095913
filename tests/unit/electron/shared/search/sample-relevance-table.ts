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
  // Accession numbers as typed on the kiosk's keyboard, which has no dot: spaces, hyphens, nothing
  // between the parts, without the prefix, without the leading zeros, the last part alone, partial.
  { query: 'mbp 2006 0004', expect: ['piece:hokokai-pagi-sore-1944'] },
  { query: 'mbp-2007-0002', expect: ['piece:buketan-sarung-1910'] },
  { query: '2007 0002', expect: ['piece:buketan-sarung-1910'] },
  { query: '20070002', expect: ['piece:buketan-sarung-1910'] },
  { query: 'mbp 2007 2', expect: ['piece:buketan-sarung-1910'] },
  { query: '0066', expect: ['piece:jlamprang-iket-2012'] },
  {
    query: 'mbp 2016 00',
    expect: [
      'piece:hokokai-kain-panjang-1944',
      'piece:buketan-sarung-1885',
      'piece:nitik-cakar-ayam-1940',
      'piece:jambi-kain-1995',
    ],
  },
  // Years: the cloth made in that year (or said to be, in its date text) first, then the ones whose
  // span holds it, narrower spans first; decades and centuries as visitors write them.
  { query: '2012', expect: ['piece:jlamprang-iket-2012'], kinds: ['piece'] },
  {
    query: '2010',
    expect: ['piece:jlamprang-printed-2010', 'piece:sri-lanka-kain-2010'],
    kinds: ['piece'],
  },
  { query: '1944', expect: ['piece:hokokai-kain-panjang-1944'], kinds: ['piece'] },
  {
    query: '1944',
    expect: ['piece:hokokai-kain-panjang-1944', 'piece:hokokai-pagi-sore-1944', 'piece:hokokai-sarung-1943'],
    kinds: ['piece'],
  },
  { query: 'tahun 1935', expect: ['piece:pagi-sore-kain-panjang-1935'], kinds: ['piece'] },
  { query: 'th 1985', expect: ['piece:tujuh-rupa-kain-panjang-1985'], kinds: ['piece'] },
  {
    query: '1910',
    expect: [
      'piece:tiga-negeri-kain-panjang-1910',
      'piece:semen-sawat-gurdha-1910',
      'piece:burung-hong-sarung-1915',
    ],
    within: 8,
    kinds: ['piece'],
  },
  {
    query: '1920-an',
    expect: ['piece:gentongan-tanjung-bumi-1920', 'piece:parang-rusak-barong-1920'],
    kinds: ['piece'],
  },
  {
    query: '1930an',
    expect: ['piece:kawung-picis-1930', 'piece:semen-rama-1930', 'piece:udan-liris-1935'],
    within: 10,
    kinds: ['piece'],
  },
  { query: '1950s', expect: ['piece:tambal-1950', 'piece:sido-luhur-1950'], within: 6, kinds: ['piece'] },
  { query: 'abad ke 19', expect: ['piece:buketan-sarung-1885'], kinds: ['piece'] },
  { query: 'kawung 1940', expect: ['piece:kawung-lasem-1940'], kinds: ['piece'] },
  // Exact and prefix matches above typo-tolerant ones of the same word: "seven" (tujuh) is not
  // "semen", "padang" (bright) is not "parang".
  {
    query: 'seven',
    expect: [
      'motif:tujuh-rupa',
      'piece:tujuh-rupa-kontemporer-2021',
      'piece:tujuh-rupa-kain-panjang-1985',
      'piece:tujuh-rupa-sarung-1970',
    ],
  },
  {
    query: 'padang',
    expect: [
      'motif:terang-bulan',
      'piece:terang-bulan-kemeja-2023',
      'piece:terang-bulan-kupu-sarung-1950',
      'piece:terang-bulan-merak-1965',
    ],
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
