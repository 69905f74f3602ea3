import { and, eq, isNull, max, min, ne } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { LoketError } from '../../common/errors'
import { localize } from '../../common/localized'
import { validationCatalog } from '../../common/validation'
import type { VisitorFields } from '../../common/visitors'
import { visitors, visits } from '../../db/schema'
import type { Db } from '../db'
import { nextStamp } from '../sync/stamp'
import { writeSyncedRow } from '../sync/write'
import type { VisitorRow } from './search-index'
import { indexVisitor, moveToFront } from './search-index'

export function findVisitor(db: Db, id: string): VisitorRow | undefined {
  return db
    .select()
    .from(visitors)
    .where(and(eq(visitors.id, id), isNull(visitors.deletedAt)))
    .get()
}

export function requireVisitor(db: Db, id: string): VisitorRow {
  const visitor = findVisitor(db, id)
  if (!visitor) throw new LoketError('visitor_not_found')
  return visitor
}

/**
 * One person, one record: a NIK or NIP already on file belongs to that visitor, and the
 * receptionist is told whose it is instead of a second record being made.
 */
function refuseDuplicate(db: Db, fields: VisitorFields, self?: string): void {
  for (const key of ['nik', 'nip'] as const) {
    const number = fields[key]
    if (!number) continue
    const column = key === 'nik' ? visitors.nik : visitors.nip
    const other = db
      .select({ id: visitors.id, fullName: visitors.fullName })
      .from(visitors)
      .where(and(eq(column, number), isNull(visitors.deletedAt), self ? ne(visitors.id, self) : undefined))
      .get()
    if (other) {
      const code = key === 'nik' ? 'nik_already_registered' : 'nip_already_registered'
      throw new LoketError(
        code,
        { name: other.fullName },
        {
          [key]: localize(validationCatalog[code], { name: other.fullName }),
        },
      )
    }
  }
}

const nullIfEmpty = (value: string) => (value === '' ? null : value)

function columnsOf(fields: VisitorFields) {
  return {
    fullName: fields.fullName,
    nik: nullIfEmpty(fields.nik),
    nip: nullIfEmpty(fields.nip),
    phone: nullIfEmpty(fields.phone),
    email: nullIfEmpty(fields.email),
    organization: nullIfEmpty(fields.organization),
    position: nullIfEmpty(fields.position),
    address: nullIfEmpty(fields.address),
  }
}

export function registerVisitor(db: Db, fields: VisitorFields, now: number): VisitorRow {
  refuseDuplicate(db, fields)
  const row: VisitorRow = {
    id: uuidv7(),
    ...nextStamp(db, now),
    deletedAt: null,
    ...columnsOf(fields),
    consentAt: now,
    firstVisitAt: null,
    lastVisitAt: null,
  }
  writeSyncedRow(db, visitors, row, now)
  indexVisitor(db, row)
  return row
}

export function updateVisitor(db: Db, id: string, fields: VisitorFields, now: number): VisitorRow {
  const current = requireVisitor(db, id)
  refuseDuplicate(db, fields, id)
  const row: VisitorRow = {
    ...current,
    ...nextStamp(db, now),
    ...columnsOf(fields),
    // Consent given earlier keeps its time; one missing (a record from before) is recorded now.
    consentAt: current.consentAt ?? now,
  }
  writeSyncedRow(db, visitors, row, now)
  indexVisitor(db, row)
  return row
}

/**
 * A visit makes the visitor a recent one: the search lists them first. Only the local index moves;
 * the visitor's row is not rewritten, so a visit never overwrites another desk's edit of the
 * visitor by last-writer-wins. First and last visits are read from the visits themselves.
 */
export function visitorVisited(db: Db, visitorId: string): void {
  moveToFront(db, visitorId)
}

/** First and last visit of a visitor, from their visits (every desk's, as far as sync brought them). */
export function visitSpan(
  db: Db,
  visitorId: string,
): { firstVisitAt: number | null; lastVisitAt: number | null } {
  const span = db
    .select({ first: min(visits.arrivedAt), last: max(visits.arrivedAt) })
    .from(visits)
    .where(and(eq(visits.visitorId, visitorId), isNull(visits.deletedAt)))
    .get()
  return { firstVisitAt: span?.first ?? null, lastVisitAt: span?.last ?? null }
}
