import { and, eq, isNull, ne } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { LoketError } from '../../common/errors'
import { localize } from '../../common/localized'
import { validationCatalog } from '../../common/validation'
import type { VisitorFields } from '../../common/visitors'
import { visitors } from '../../db/schema'
import type { Db } from '../db'
import { nextStamp } from '../sync/stamp'
import { writeSyncedRow } from '../sync/write'
import type { VisitorRow } from './search-index'
import { indexVisitor } from './search-index'

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

/** A visit makes the visitor a recent one: first/last visit kept, and the search lists them first. */
export function touchVisitor(db: Db, visitor: VisitorRow, visitAt: number, now: number): VisitorRow {
  const row: VisitorRow = {
    ...visitor,
    ...nextStamp(db, now),
    firstVisitAt: Math.min(visitor.firstVisitAt ?? visitAt, visitAt),
    lastVisitAt: Math.max(visitor.lastVisitAt ?? visitAt, visitAt),
  }
  writeSyncedRow(db, visitors, row, now)
  indexVisitor(db, row)
  return row
}
