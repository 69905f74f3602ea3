import { sql } from 'drizzle-orm'
import { maskNik } from '../../common/identity/nik'
import { withoutInvisible } from '../../common/identity/normalize'
import { looksLikeNumber, normalizePhone, phoneQueryForms } from '../../common/phone'
import { leadingSplit, pairKey, wordKey } from '../../common/search/name-forms'
import { MUHAMMAD_KEY, growingKey, nameWords, phoneticKey, skeletonKey } from '../../common/search/name-keys'
import type { VisitorHit } from '../../common/visitors'
import type { Db } from '../db'
import type { VisitorRow } from './search-index'

/** Consonants a word needs before it is matched by its skeleton (similar names). */
const MIN_SKELETON = 3
/**
 * Words up to which a query also tries adjacent words written together: the tries grow as the
 * Fibonacci numbers (5 words: 8), and no name written at a counter is longer.
 */
const MAX_JOINED_WORDS = 5

type Match = VisitorHit['match']

/** FTS5 query text: a quoted whole term in a column; with `*`, every term that begins so. */
const whole = (column: string, word: string) => `${column} : "${word}"`
const prefix = (column: string, word: string) => `${column} : "${word}"*`

/**
 * The index's name terms that begin with `start` (a word still being typed, marked as the index
 * holds it), in order, or null when there are more than MAX_EXPANSION. Read from
 * visitor_search_terms (db/schema.ts).
 */
export type ExpandPrefix = (start: string) => readonly string[] | null
/** Whole terms a word being typed is looked up as, at most; beyond, FTS5's own prefix query. */
const MAX_EXPANSION = 16
/** Above every character a term can hold: the end of the range of terms that begin with a text. */
const AFTER_ALL = '\u{10FFFF}'
/** The statement ExpandPrefix reads with: from, before, and the row limit. Exported for the benchmark. */
export const TERMS_SQL =
  'select term from visitor_search_terms where term >= ? and term < ? order by term limit ?'

/** An ExpandPrefix over a reader of TERMS_SQL (the contract's through drizzle, the benchmark's raw). */
export function prefixExpander(
  read: (from: string, before: string, limit: number) => string[],
): ExpandPrefix {
  return (start) => {
    const terms = read(start, start + AFTER_ALL, MAX_EXPANSION + 1)
    return terms.length > MAX_EXPANSION ? null : terms
  }
}

/**
 * Builds one term of a MATCH expression: whole, or as the word still being typed. `many` says what
 * a word being typed becomes when more than MAX_EXPANSION terms begin so: FTS5's prefix query, or
 * '' (no term: the caller leaves the form out).
 */
type Term = (column: string, word: string, growing: boolean, many?: 'prefix' | 'none') => string

/**
 * A word still being typed is looked up as the few whole terms it can become, ORed: FTS5 reads
 * those lazily, newest first, and stops at the limit, where its prefix query reads the doclists of
 * all of them in full first (a common name: 2–3 ms before the first row; issue 8, speed). When
 * many terms begin so, FTS5's prefix query after all (short prefixes are its prefix index, one
 * lookup); when none does, the whole word, which matches nothing at no cost.
 */
function termBuilder(expand: ExpandPrefix): Term {
  return (column, word, growing, many = 'prefix') => {
    if (!growing) return whole(column, word)
    const terms = expand(word)
    if (terms === null) return many === 'prefix' ? prefix(column, word) : ''
    return terms.length === 0 ? whole(column, word) : any(terms.map((t) => whole(column, t)))
  }
}
/**
 * Spelling variants and similar names are fallbacks: looked for only while the better matches found
 * this few. A name that exists as typed is that person's; the receptionist narrows by NIK from there.
 */
export const FALLBACK_BELOW = 5

/** Whether a stage runs, given how many visitors the stages before it found. */
export function wantsStage(kind: SearchStage['kind'], found: number, limit: number): boolean {
  if (found >= limit) return false
  return kind === 'exact' || kind === 'number' || found < FALLBACK_BELOW
}

/**
 * One stage's statement: the MATCH expression and the row limit are its two parameters. The index's
 * rowids rise with every write or visit, so newest first is read straight off the index. Exported
 * as text so the benchmark can run the very same statement on raw better-sqlite3.
 */
export const STAGE_SQL = `with found as (
    select rowid as key from visitor_fts where visitor_fts match ? order by rowid desc limit ?
  )
  select v.id, v.full_name as fullName, v.nik, v.nip, v.phone, v.organization,
    (select max(arrived_at) from visits where visitor_id = v.id) as lastVisitAt
  from found join visitor_search_keys k on k.key = found.key join visitors v on v.id = k.visitor_id
  order by found.key desc`
const [beforeMatch = '', beforeLimit = '', afterLimit = ''] = STAGE_SQL.split('?')
const [beforeFrom = '', beforeBefore = '', beforeTermLimit = ''] = TERMS_SQL.split('?')

function hits(db: Db, match: string, limit: number, exclude: ReadonlySet<string>): VisitorRow[] {
  return db.all<VisitorRow>(
    sql`${sql.raw(beforeMatch)}${match}${sql.raw(beforeLimit)}${limit + exclude.size}${sql.raw(afterLimit)}`,
  )
}

function toHit(visitor: VisitorRow, match: Match): VisitorHit {
  const phone = visitor.phone ? normalizePhone(visitor.phone) : null
  return {
    id: visitor.id,
    fullName: visitor.fullName,
    nikMasked: visitor.nik ? maskNik(visitor.nik) : null,
    nip: visitor.nip,
    phoneDisplay: phone?.ok ? phone.value.national : visitor.phone,
    organization: visitor.organization,
    lastVisitAt: visitor.lastVisitAt,
    match,
  }
}

export interface SearchStage {
  /** The FTS5 MATCH expression of this stage. */
  match: string
  /** How the visitors it finds match the query. */
  kind: Match
}

const all = (parts: readonly string[]) => parts.filter((part) => part !== '').join(' AND ')
const any = (parts: readonly string[]) => {
  const present = parts.filter((part) => part !== '')
  return present.length === 1 ? (present[0] ?? '') : `(${present.join(' OR ')})`
}

/**
 * One query word as a spelling variant: its phonetic key (a whole word's own spelling has its key
 * too, so the key alone finds both); while it grows, its written prefix; the key as two words on
 * file written together (Dewisartika → Dewi Sartika, Nurhayati → Nur Hayati); a word of three
 * given names split in three (Sitinurhayati → Siti Nur Hayati); and an initial M. as Muhammad,
 * both ways.
 */
function wordVariant(term: Term, word: string, growing: boolean): string {
  const key = growing ? growingKey(word) : phoneticKey(word)
  const forms = [term('phon', wordKey(key), growing)]
  if (growing) forms.push(term('name', word, true))
  // While it grows, a pair that begins with it is a name typed joined whose parts are on file apart
  // (Rahmawa… → Rahma Wati). When many pairs begin so, what is typed is a name of its own that many
  // others follow (Lestari Abdul, Lestari Agus…), and its own key above finds those people.
  forms.push(term('phon', pairKey(key), growing, 'none'))
  // Split in two (Nurhayati → Nur Hayati) is the pair key above; only a word of three or more
  // (Sitinurhayati) needs its parts looked up each, which for two common names (Nur, Hayati) read
  // two long doclists in every query that held the word.
  const parts = leadingSplit(key)
  if (parts.length > 2) {
    forms.push(
      `(${all(parts.map((part, i) => term('phon', wordKey(part), growing && i === parts.length - 1)))})`,
    )
  }
  if (!growing && word === 'm') forms.push(term('phon', wordKey(MUHAMMAD_KEY), false))
  if (key === MUHAMMAD_KEY) forms.push(term('phon', wordKey('m'), false))
  return any(forms)
}

/**
 * The words before `upTo`, each alone or together with the word after it (Nur Hayati → Nurhayati,
 * Ma ruf → Maruf; the other way, Nurhayati → Nur Hayati, is wordVariant's pair key). Built from
 * the end, so that the last word, the one still being typed and the dearest to look up, is in the
 * expression once (and so is its join with the word before).
 */
function variantUpTo(
  term: Term,
  words: readonly string[],
  upTo: number,
  growing: (i: number) => boolean,
): string {
  const last = words[upTo - 1]
  if (last === undefined) return ''
  const alone = all([variantUpTo(term, words, upTo - 1, growing), wordVariant(term, last, growing(upTo - 1))])
  const before = words[upTo - 2]
  if (before === undefined || words.length > MAX_JOINED_WORDS) return alone
  // Two words typed apart meet the one word on file.
  const end = growing(upTo - 1)
  const joined = all([
    variantUpTo(term, words, upTo - 2, growing),
    term('phon', wordKey(end ? growingKey(before + last) : phoneticKey(before + last)), end),
  ])
  return `((${alone}) OR (${joined}))`
}

/**
 * The stages a query runs through, best match first; later stages run only while the list is not
 * full. A number (NIK, NIP, phone digits, with the separators people type) is one prefix lookup.
 * Words are looked up as written, then as spelling variants (Djoko/Joko, Rahmawaty/Rahmawati,
 * Syafrisal/Syafrizal, Abd./Abdul, given names joined or split), then, when those found few, by
 * their consonants (a missing or wrong vowel, a swapped letter). `expand` gives the terms a word
 * still being typed can become (ExpandPrefix).
 */
export function planSearch(query: string, expand: ExpandPrefix): SearchStage[] {
  const text = withoutInvisible(query).trim()
  if (text === '') return []
  if (looksLikeNumber(text)) {
    // One reading of numbers with registration: a phone found however it is written (issue 8).
    const forms = phoneQueryForms(text)
    return forms.length === 0
      ? []
      : [{ match: forms.map((form) => prefix('ids', form)).join(' OR '), kind: 'number' }]
  }
  const words = nameWords(text)
  if (words.length === 0) return []
  const term = termBuilder(expand)
  // People type whole words before the next one: only the last word may be unfinished (unless a
  // space follows it). A whole word is one index term; only a prefix needs a range of terms.
  const growing = (i: number) => i === words.length - 1 && !/\s$/.test(query)
  const lastIndex = words.length - 1
  const last = words[lastIndex] ?? ''
  // A name typed in full comes before the longer names it begins: 'Nur' lists Nur, then Nurdin.
  const stages: SearchStage[] = [{ match: all(words.map((w) => whole('name', w))), kind: 'exact' }]
  // ...unless no longer name begins so: the same lookup again would find the same people.
  const longer = growing(lastIndex) ? expand(last) : []
  if (longer === null || longer.some((t) => t !== last)) {
    stages.push({ match: all(words.map((w, i) => term('name', w, growing(i)))), kind: 'exact' })
  }
  stages.push({ match: variantUpTo(term, words, words.length, growing), kind: 'variant' })
  // Only words with a skeleton of MIN_SKELETON consonants or more are matched loosely: a short one
  // (Siti → st) would match half the office.
  const skeletons = words.map(skeletonKey)
  if (skeletons.some((sk) => sk.length >= MIN_SKELETON)) {
    const loose = words.map((w, i) => {
      const skeleton = skeletons[i] ?? ''
      return skeleton.length >= MIN_SKELETON
        ? term('skel', skeleton, growing(i))
        : wordVariant(term, w, growing(i))
    })
    stages.push({ match: all(loose), kind: 'similar' })
  }
  return stages
}

/** Finds visitors as the receptionist types; most recent first within each kind of match. */
export function searchVisitors(db: Db, query: string, limit: number): VisitorHit[] {
  const found: VisitorHit[] = []
  const seen = new Set<string>()
  const expand = prefixExpander((from, before, limit) =>
    db
      .all<{ term: string }>(
        sql`${sql.raw(beforeFrom)}${from}${sql.raw(beforeBefore)}${before}${sql.raw(beforeTermLimit)}${limit}`,
      )
      .map((row) => row.term),
  )
  for (const stage of planSearch(query, expand)) {
    if (!wantsStage(stage.kind, found.length, limit)) break
    for (const visitor of hits(db, stage.match, limit, seen)) {
      if (seen.has(visitor.id) || found.length >= limit) continue
      seen.add(visitor.id)
      found.push(toHit(visitor, stage.kind))
    }
  }
  return found
}
