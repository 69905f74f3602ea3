import { sql } from 'drizzle-orm'
import { maskNik } from '../../common/identity/nik'
import { withoutInvisible } from '../../common/identity/normalize'
import { looksLikeNumber, normalizePhone, phoneQueryForms } from '../../common/phone'
import { joinedKey, leadingSplit } from '../../common/search/name-forms'
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

/** FTS5 query text: a quoted term, a prefix term when the word may still be growing. */
const term = (column: string, word: string, growing: boolean) => `${column} : "${word}"${growing ? '*' : ''}`
const prefix = (column: string, word: string) => term(column, word, true)
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
const any = (parts: readonly string[]) => (parts.length === 1 ? (parts[0] ?? '') : `(${parts.join(' OR ')})`)

/**
 * One query word as a spelling variant: its phonetic key (a whole word's own spelling has its key
 * too, so the key alone finds both); while it grows, its written prefix; the given names it
 * begins with split off (Sitinurhayati → Siti Nur Hayati); and an initial M. as Muhammad, both
 * ways.
 */
function wordVariant(word: string, growing: boolean): string {
  const key = growing ? growingKey(word) : phoneticKey(word)
  const forms = [term('phon', key, growing)]
  if (growing) forms.push(prefix('name', word))
  const parts = leadingSplit(key)
  if (parts.length > 0) {
    forms.push(`(${all(parts.map((part, i) => term('phon', part, growing && i === parts.length - 1)))})`)
  }
  if (!growing && word === 'm') forms.push(term('phon', MUHAMMAD_KEY, false))
  if (key === MUHAMMAD_KEY) forms.push(term('phon', 'm', false))
  return any(forms)
}

/**
 * The words from `from` on, each alone or together with the next (Nur Hayati → Nurhayati,
 * Ma ruf → Maruf; the index holds each two adjacent words together too, so Nurhayati finds
 * Nur Hayati as well).
 */
function variantFrom(words: readonly string[], from: number, growing: (i: number) => boolean): string {
  const word = words[from]
  if (word === undefined) return ''
  const alone = all([wordVariant(word, growing(from)), variantFrom(words, from + 1, growing)])
  const next = words[from + 1]
  if (next === undefined || words.length > MAX_JOINED_WORDS) return alone
  const joined = all([
    term('phon', growing(from + 1) ? growingKey(word + next) : joinedKey(word, next), growing(from + 1)),
    variantFrom(words, from + 2, growing),
  ])
  return `((${alone}) OR (${joined}))`
}

/**
 * The stages a query runs through, best match first; later stages run only while the list is not
 * full. A number (NIK, NIP, phone digits, with the separators people type) is one prefix lookup.
 * Words are looked up as written, then as spelling variants (Djoko/Joko, Rahmawaty/Rahmawati,
 * Syafrisal/Syafrizal, Abd./Abdul, given names joined or split), then, when those found few, by
 * their consonants (a missing or wrong vowel, a swapped letter).
 */
export function planSearch(query: string): SearchStage[] {
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
  // People type whole words before the next one: only the last word may be unfinished (unless a
  // space follows it). A whole word is one index term; only a prefix needs a range of terms.
  const growing = (i: number) => i === words.length - 1 && !/\s$/.test(query)
  const written = (w: string, i: number) => term('name', w, growing(i))
  const whole = words.map((w) => term('name', w, false)).join(' AND ')
  // A name typed in full comes before the longer names it begins: 'Nur' lists Nur, then Nurdin.
  const stages: SearchStage[] = [{ match: whole, kind: 'exact' }]
  if (growing(words.length - 1)) stages.push({ match: words.map(written).join(' AND '), kind: 'exact' })
  stages.push({ match: variantFrom(words, 0, growing), kind: 'variant' })
  // Only words with a skeleton of MIN_SKELETON consonants or more are matched loosely: a short one
  // (Siti → st) would match half the office.
  const skeletons = words.map(skeletonKey)
  if (skeletons.some((sk) => sk.length >= MIN_SKELETON)) {
    const loose = words.map((w, i) => {
      const skeleton = skeletons[i] ?? ''
      return skeleton.length >= MIN_SKELETON ? term('skel', skeleton, growing(i)) : wordVariant(w, growing(i))
    })
    stages.push({ match: loose.join(' AND '), kind: 'similar' })
  }
  return stages
}

/** Finds visitors as the receptionist types; most recent first within each kind of match. */
export function searchVisitors(db: Db, query: string, limit: number): VisitorHit[] {
  const found: VisitorHit[] = []
  const seen = new Set<string>()
  for (const stage of planSearch(query)) {
    if (!wantsStage(stage.kind, found.length, limit)) break
    for (const visitor of hits(db, stage.match, limit, seen)) {
      if (seen.has(visitor.id) || found.length >= limit) continue
      seen.add(visitor.id)
      found.push(toHit(visitor, stage.kind))
    }
  }
  return found
}
