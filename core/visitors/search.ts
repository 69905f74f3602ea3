import { sql } from 'drizzle-orm'
import { maskNik } from '../../common/identity/nik'
import { withoutInvisible } from '../../common/identity/normalize'
import { looksLikeNumber, normalizePhone, phoneQueryForms } from '../../common/phone'
import { nameWords, phoneticKey, skeletonKey } from '../../common/search/name-keys'
import type { VisitorHit } from '../../common/visitors'
import type { Db } from '../db'
import type { VisitorRow } from './search-index'

/** Consonants a word needs before it is matched by its skeleton (similar names). */
const MIN_SKELETON = 3

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

/**
 * The stages a query runs through, best match first; later stages run only while the list is not
 * full. A number (NIK, NIP, phone digits, with the separators people type) is one prefix lookup.
 * Words are looked up as written, then as spelling variants (Djoko/Joko, Rahmawaty/Rahmawati),
 * then, when those found few, by their consonants (a missing or wrong vowel, a swapped letter).
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
  // A whole word's own spelling has its own phonetic key too, so the key alone finds both.
  const variant = (w: string, i: number) =>
    growing(i)
      ? `(${prefix('name', w)} OR ${prefix('phon', phoneticKey(w))})`
      : term('phon', phoneticKey(w), false)
  const stages: SearchStage[] = [
    { match: words.map(written).join(' AND '), kind: 'exact' },
    { match: words.map(variant).join(' AND '), kind: 'variant' },
  ]
  // Only words with a skeleton of MIN_SKELETON consonants or more are matched loosely: a short one
  // (Siti → st) would match half the office.
  const skeletons = words.map(skeletonKey)
  if (skeletons.some((sk) => sk.length >= MIN_SKELETON)) {
    const loose = words.map((w, i) => {
      const skeleton = skeletons[i] ?? ''
      return skeleton.length >= MIN_SKELETON ? term('skel', skeleton, growing(i)) : variant(w, i)
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
