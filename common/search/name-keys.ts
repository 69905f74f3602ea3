/**
 * Search keys for Indonesian personal names. A visitor's name reaches the desk in many spellings:
 * the old (pre-1972) spelling on older people's cards (Soekarno, Djoko, Tjahjo, Jusuf), Arabic names
 * transcribed several ways (Muhammad/Mochammad, Fathimah/Fatimah, Syamsul/Samsul), Sundanese f/p
 * (Yusup, Pitri) and plain slips (Rahmawaty, Sitti). Each word gets three index columns: the word
 * itself, its phonetic key (spellings of the same sound meet) and the key's consonant skeleton
 * (a missing or wrong vowel still meets).
 */

/** Honorifics and professional titles written before a name (dots removed, lower-case). */
const PREFIX_TITLES = new Set(['dr', 'drs', 'dra', 'drg', 'drh', 'ir', 'prof', 'h', 'hj', 'kh', 'ny', 'tn'])

/**
 * Academic degrees written after a name (dots removed, lower-case): Indonesian S1/S2/diploma
 * abbreviations, medical specialists and the foreign ones seen on letters.
 */
const DEGREES = new Set([
  // Bachelor (S1): S.H., S.E., S.T., S.S., S.Pd., S.Pd.I., S.Sos., S.I.P., S.Kom., S.Si., S.Ag., …
  ...['sh', 'se', 'st', 'ss', 'spd', 'spdi', 'ssos', 'sip', 'skom', 'ssi', 'sag', 'shi', 'sei', 'sthi'],
  ...['sked', 'skep', 'skm', 'sgz', 'stp', 'sfarm', 'sth', 'spsi', 'shut', 'spt', 'sds', 'sak', 'sst'],
  ...['ssn', 'sikom', 'sstat', 'sp', 'str'],
  // Master and doctorate: M.M., M.H., M.Hum., M.Si., M.Pd., M.T., M.A., M.Kes., M.Sc., MBA, Ph.D., …
  ...['mm', 'mh', 'mhum', 'msi', 'mpd', 'mpdi', 'mt', 'ma', 'mag', 'mkes', 'mkom', 'msc', 'mba', 'mse'],
  ...['mps', 'mp', 'mak', 'mkn', 'map', 'mikom', 'msos', 'mtp', 'mars', 'mph', 'me', 'mei', 'phd'],
  // Professions and foreign degrees: Lc., LL.M., B.Sc., Ak., CA, CPA, Apt., Ners
  ...['lc', 'llm', 'bsc', 'ba', 'ak', 'ca', 'cpa', 'apt', 'ners'],
  // Diploma: A.Md., A.Md.Keb., A.Md.Kep., A.Ma., A.Ma.Pd., …
  ...['amd', 'amk', 'amkeb', 'amdkeb', 'amdkep', 'amdkom', 'ama', 'amapd', 'amdpar'],
  // Medical specialists: Sp.A, Sp.OG, Sp.PD, Sp.B, Sp.Rad, Sp.JP, …
  ...['spa', 'spog', 'sppd', 'spb', 'sprad', 'spjp', 'spm', 'spkj', 'spn', 'spthtkl', 'spkk', 'span', 'spot'],
])

interface Token {
  /** Lower-case letters and digits only. */
  word: string
  /** Written the way degrees are: with a dot, after the comma, or in capitals inside a mixed-case name. */
  abbreviated: boolean
}

const stripMarks = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '')
const lettersOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '')

/**
 * Splits on spaces, commas and hyphens; a dotted token is one abbreviation when its letters form one
 * ('S.Pd.', 'M.Si'), otherwise its dots separate words ('Abdullah.SPd.Msi', as the SOP itself writes
 * a signatory's name). Apostrophes join ('Ma'ruf' → 'maruf'). Capitals mark an abbreviation ('SH',
 * 'SPd') only in a mixed-case name: a name copied from a KTP is all capitals, and there 'MA' may be
 * a name as well as Master of Arts.
 */
function tokens(name: string): Token[] {
  const plain = stripMarks(name).replace(/['’‘`ʼ]/g, '')
  const allCaps = plain === plain.toUpperCase()
  const commaAt = plain.indexOf(',')
  const parts = commaAt < 0 ? [plain] : [plain.slice(0, commaAt), plain.slice(commaAt + 1)]
  const result: Token[] = []
  parts.forEach((part, index) => {
    const afterComma = index === 1
    for (const raw of part.split(/[\s,;/\-–—()]+/)) {
      const whole = lettersOf(raw)
      if (whole === '') continue
      const dotted = raw.includes('.')
      const capitals = !allCaps && /^[A-Z][a-z]?[A-Z]/.test(raw)
      if (!dotted || DEGREES.has(whole) || PREFIX_TITLES.has(whole)) {
        result.push({ word: whole, abbreviated: dotted || afterComma || capitals })
        continue
      }
      for (const piece of raw.split('.')) {
        const word = lettersOf(piece)
        if (word !== '') result.push({ word, abbreviated: true })
      }
    }
  })
  return result
}

/**
 * Lower-case words without diacritics or punctuation: 'Dr. H. Siti Rahmawati, S.H., M.Pd.' →
 * ['siti', 'rahmawati']. Titles before the name (Dr., Drs., Ir., Prof., H., Hj., …) and degrees after
 * its first word (S.H., S.Pd., M.Si., A.Md., …) are dropped: they change over a career and are
 * written inconsistently, so they would make the same person look like two and would match every
 * visitor who holds the same degree. A degree is only recognised when written as an abbreviation
 * (with a dot or in capitals), so a real name word that happens to spell one ('Ma') is kept. The
 * name itself is never dropped whole: if nothing but titles is left, every word is kept.
 */
export function nameWords(name: string): string[] {
  const all = tokens(name)
  let start = 0
  while (start < all.length - 1 && PREFIX_TITLES.has((all[start] as Token).word)) start++
  const words: string[] = []
  for (const token of all.slice(start)) {
    if (words.length > 0 && token.abbreviated && DEGREES.has(token.word)) continue
    words.push(token.word)
  }
  return words.length > 0 ? words : all.map((t) => t.word)
}

/**
 * Every way Muhammad is written on Indonesian cards, in full (Muhammad, Muhamad, Mohammad,
 * Mochammad, Muchamad, Mukhammad, Mohamed) or shortened (Moh., Moch., Muh., Mohd., Mhd., Md.).
 * A bare 'M.' stays an initial: it may as well stand for another name (the search tries it as
 * Muhammad only as a variant, see core/visitors/search.ts).
 */
const MUHAMMAD = /^(?:m[ou](?:c|k)?h?am+[ae]d|m[ou](?:c|k)?hd?|mhd|md)$/
/** Muhammad written in full and joined to the next name (Muhammadali, Mochammadrizki). */
const MUHAMMAD_JOINED = /^m[ou](?:c|k)?h?am+[ae]d(?=[a-z0-9]{3})/
export const MUHAMMAD_KEY = 'muhamad'

/**
 * Abdul ('servant of') as it is written before the name it belongs to: in full (Abdul), shortened
 * (Abd., Abdrahman), or with the l of the Arabic article assimilated to the sun letter that follows
 * (Abdurrahman, Abdurahman, Abdussalam, Abdunnasir, Abduzzahir). A vowel after 'abd' is another
 * name (Abdi, Abdan), and 'Abdu' alone is kept as written.
 */
const ABDUL = /^abd(?:ul|u(?=[rsztdn])|(?![aeiou]))/
const ABDUL_KEY = 'abdul'

/**
 * Rewrites, in order, that bring spellings of one sound together. The old spelling comes first
 * (oe, dj, tj, sj, and j for today's y), then Arabic and Dutch digraphs, then letters that are
 * written interchangeably (q/k, f/p/v: Sundanese speakers say Pitri, Yusup, Arip; z/s: Arabic zay
 * and sin are both heard as s, Syafrizal/Syafrisal, Faizal/Faisal, Zainab/Sainab).
 */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/x/g, 'ks'], // Alexander → Aleksander
  [/oe/g, 'u'], // Soekarno → Sukarno
  [/jh/g, 'j'], // Jhon → Jon (the Batak spelling of John)
  [/ohn/g, 'on'], // John → Jon
  [/dj/g, 'j'], // Djoko → Joko
  [/tj/g, 'c'], // Tjahjo → Cahjo (→ Cahyo below)
  [/sj/g, 'sy'], // Sjamsul → Syamsul (→ Samsul below)
  [/j/g, 'y'], // old j is today's y (Jusuf, Tjahjo, Wahju); today's j meets it here too
  [/^ch(?=and|i|e)/, 'c'], // Chandra, Chintya, Chelsea: Sanskrit and Western ch is c, not Arabic kh
  [/chr/g, 'kr'], // Christina → Kristina
  [/c(?=[lr])/g, 'k'], // Cristina → Kristina, Clara → Klara
  [/[ck]h/g, 'h'], // Achmad, Akhmad → Ahmad; Chairul, Khairul → Hairul
  [/(?:sy|sh|ts)/g, 's'], // Syamsul → Samsul; Shinta → Sinta; Utsman → Usman
  [/th/g, 't'], // Fathimah → Fatimah
  [/dh/g, 'd'], // Ramadhan → Ramadan
  [/(?:dz|z)/g, 's'], // Dzulkifli → Zulkifli → Sulkifli; Syafrizal → Syafrisal; Faizal → Faisal
  [/ae/g, 'ai'], // Zaenal → Zainal, Saefudin → Saifudin (Javanese ae for Arabic ai)
  [/ck/g, 'k'], // Hendrick → Hendrik
  [/q/g, 'k'], // Taufiq → Taufik
  [/(?:ph|v|p)/g, 'f'], // Yusup → Yusuf, Pitri → Fitri, Novi → Nofi
  [/y(?![aeiou])/g, 'i'], // Rahmawaty → Rahmawati; a y before a vowel stays a consonant
  [/([a-z])\1+/g, '$1'], // Sitti → Siti, Muhammad → Muhamad
]

const collapseDoubles = (key: string) => key.replace(/([a-z])\1+/g, '$1')

/**
 * Spelling-variant key of one word, so old and new spellings and common slips meet (see REWRITES);
 * a final h is dropped as it is not heard (Fatimah/Fatima, Abdullah/Abdulla). Muhammad and Abdul
 * key alike in every form, alone or joined to the next name (Mochammadali = Muhammad Ali,
 * Abdurrahman = Abd. Rahman = Abdul Rahman), so a joined word keys as its parts written together.
 * Distinct names keep distinct keys (Budi/Budiman, Ani/Ana); the cost of the merges is that a few
 * rare pairs meet too (Joko/Yoko, Putri/Futri). Never returns '': a word with no letters or digits
 * keys as '_'.
 */
export function phoneticKey(word: string): string {
  const plain = lettersOf(stripMarks(word))
  if (plain === '') return '_'
  if (MUHAMMAD.test(plain)) return MUHAMMAD_KEY
  const muhammad = MUHAMMAD_JOINED.exec(plain)
  if (muhammad) return collapseDoubles(MUHAMMAD_KEY + phoneticKey(plain.slice(muhammad[0].length)))
  const abdul = ABDUL.exec(plain)
  if (abdul) {
    // Abdur-rahman: the assimilated consonant is the next name's own first letter.
    const rest = plain.slice(abdul[0].length).replace(/^([rsztdn])(?=\1|$)/, '')
    return rest === '' ? ABDUL_KEY : collapseDoubles(ABDUL_KEY + phoneticKey(rest))
  }
  let key = plain
  for (const [pattern, replacement] of REWRITES) key = key.replace(pattern, replacement)
  return key.replace(/(.)h$/, '$1')
}

/** The consonant skeleton of the phonetic key ('rahmawati' → 'rhmwt'), so a missing or wrong vowel still meets. */
export function skeletonKey(word: string): string {
  const key = phoneticKey(word)
  return key.replace(/[aeiou]/g, '') || key
}

/** Letters that may start or end a rewrite together with the letter before them (see REWRITES). */
const NEXT_LETTERS = ['a', 'e', 'h', 'j', 'y', 's', 'z', 'k', 'r', 'l']

/**
 * The part of a partly typed word's phonetic key that no further letter can change, for a prefix
 * lookup while the word is still being typed: 'nurhay' keys as 'nurhai' (y before no vowel), yet
 * 'nurhayati' keys as 'nurhayati', so the stable part is 'nurha'. Falls back to the word's own key
 * when the stable part would be shorter than three letters (a one- or two-letter prefix would read
 * half the index).
 */
export function growingKey(word: string): string {
  const key = phoneticKey(word)
  const plain = lettersOf(stripMarks(word))
  let stable = key
  for (const next of [...NEXT_LETTERS, plain.slice(-1)]) {
    const longer = phoneticKey(plain + next)
    let same = 0
    while (same < stable.length && stable[same] === longer[same]) same++
    stable = stable.slice(0, same)
  }
  return stable.length >= 3 ? stable : key
}
