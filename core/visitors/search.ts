import { sql } from 'drizzle-orm'
import { maskNik } from '../../common/identity/nik'
import { normalizePhone } from '../../common/phone'
import { nameWords, phoneticKey, skeletonKey } from '../../common/search/name-keys'
import type { VisitorHit } from '../../common/visitors'
import type { Db } from '../db'
import type { VisitorRow } from './search-index'

/** A number typed or scanned: NIK, NIP or phone digits, with the separators people use. */
const NUMBER_QUERY = /^\+?[\d\s.\-()]+$/
/** Skeleton (similar-name) matching only once the words say enough, or it would match half the office. */
const MIN_SKELETON = 3

type Match = VisitorHit['match']

/** FTS5 query text: each word a quoted prefix term (words are letters and digits only). */
const prefix = (column: string, word: string) => `${column} : "${word}"*`

function hits(db: Db, match: string, limit: number, exclude: ReadonlySet<string>): VisitorRow[] {
  // The index's rowids rise with every write or visit: newest first, read straight off the index.
  return db.all<VisitorRow>(sql`
    with found as (
      select rowid as key from visitor_fts where visitor_fts match ${match} order by rowid desc limit ${limit + exclude.size}
    )
    select v.id, v.full_name as fullName, v.nik, v.nip, v.phone, v.organization, v.last_visit_at as lastVisitAt
    from found join visitor_search_keys k on k.key = found.key join visitors v on v.id = k.visitor_id
    order by found.key desc`)
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

/** Whether every query word starts a word of the name as written (not only a spelling variant). */
function writtenAsTyped(name: string, words: readonly string[]): boolean {
  const own = nameWords(name)
  return words.every((word) => own.some((candidate) => candidate.startsWith(word)))
}

/**
 * Finds visitors as the receptionist types: by NIK, NIP or phone (digits, prefix), or by name —
 * the words as typed or a spelling variant of them (Djoko/Joko, Rahmawaty/Rahmawati), then, when
 * that finds too few, names whose consonants match (a missing or wrong vowel, a swapped letter).
 */
export function searchVisitors(db: Db, query: string, limit: number): VisitorHit[] {
  const text = query.trim()
  if (text === '') return []
  if (NUMBER_QUERY.test(text)) {
    const digits = text.replace(/\D/g, '')
    if (digits.length < 3) return []
    return hits(db, prefix('ids', digits), limit, new Set()).map((v) => toHit(v, 'number'))
  }
  const words = nameWords(text)
  if (words.length === 0) return []
  const close = (w: string) => `(${prefix('name', w)} OR ${prefix('phon', phoneticKey(w))})`
  const closeMatch = words.map(close).join(' AND ')
  const found = hits(db, closeMatch, limit, new Set()).map((v) =>
    toHit(v, writtenAsTyped(v.fullName, words) ? 'exact' : 'variant'),
  )
  // Written as typed first, then spelling variants; each group newest first.
  found.sort((a, b) => Number(b.match === 'exact') - Number(a.match === 'exact'))
  if (found.length >= limit) return found.slice(0, limit)

  const skeletons = words.map(skeletonKey)
  if (skeletons.filter((s) => s.length >= 2).join('').length < MIN_SKELETON) return found
  // A word too short to have a skeleton (Ani → n) must still match closely.
  const loose = words.map((w, i) => {
    const skeleton = skeletons[i] ?? ''
    return skeleton.length >= 2 ? prefix('skel', skeleton) : close(w)
  })
  const seen = new Set(found.map((hit) => hit.id))
  const similar = hits(db, loose.join(' AND '), limit, seen)
    .filter((v) => !seen.has(v.id))
    .map((v) => toHit(v, 'similar'))
  return [...found, ...similar].slice(0, limit)
}
