import { createHash } from 'node:crypto'
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import type { DocumentKind, DocumentView } from '../../common/printing'
import { DOCUMENT_PREFIXES } from '../../common/printing'
import { documentFiles, documents, printLog } from '../../db/schema'
import type { Db } from '../db'
import { readOwnDesk } from '../settings/repository'
import { nextStamp } from '../sync/stamp'
import { appendSyncedRow } from '../sync/write'
import { nextDayCounter } from '../visits/numbering'

export type DocumentRow = typeof documents.$inferSelect

/**
 * Takes the next document number of `kind` for this desk on `day` (YYYY-MM-DD, the office day):
 * `TT/LK1/20261201/0007` (common/printing.ts DOCUMENT_PREFIXES). Per desk per day like visit
 * numbers, so two desks never hand out the same number without talking. Committed in a
 * transaction of its own, before the PDF is drawn: drawing is asynchronous and cannot sit inside
 * a SQLite transaction, and the counter is this desk's bookkeeping, not a change to audit. A
 * drawing that fails leaves a gap in the day's numbers, never a duplicate.
 */
export function reserveDocumentNumber(db: Db, kind: DocumentKind, day: string): string {
  const prefix = DOCUMENT_PREFIXES[kind]
  const serial = db.transaction((tx) => nextDayCounter(tx, day, `doc:${prefix}`))
  const desk = readOwnDesk(db)?.code ?? 'LK'
  return `${prefix}/${desk}/${day.replaceAll('-', '')}/${String(serial).padStart(4, '0')}`
}

export interface NewDocument {
  kind: DocumentKind
  number: string
  visitId: string | null
  officeDay: string | null
  /** `roll58`, `roll80`, `a5`, `a4`, `a4_landscape`. */
  paper: string
  bytes: Uint8Array
  copyOf: string | null
  createdBy: string | null
}

/**
 * Keeps a drawn document: its row (number, SHA-256 of the bytes, what it is of), which goes up to
 * the central server, and its bytes, which stay here; in the caller's transaction.
 */
export function keepDocument(db: Db, doc: NewDocument, now: number): DocumentRow {
  const stamp = nextStamp(db, now)
  const { bytes, ...fields } = doc
  const row: DocumentRow = {
    id: uuidv7(),
    hlc: stamp.hlc,
    originDesk: stamp.originDesk,
    ...fields,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    byteLength: bytes.byteLength,
    createdAt: now,
    deskId: stamp.originDesk,
  }
  appendSyncedRow(db, documents, row, now)
  db.insert(documentFiles)
    .values({ documentId: row.id, bytes: Buffer.from(bytes) })
    .run()
  return row
}

export function findDocument(db: Db, id: string): DocumentRow | undefined {
  return db.select().from(documents).where(eq(documents.id, id)).get()
}

/** A document's PDF bytes as kept, or null when this desk has none (a row synced from elsewhere). */
export function documentBytes(db: Db, id: string): Buffer | null {
  return (
    db
      .select({ bytes: documentFiles.bytes })
      .from(documentFiles)
      .where(eq(documentFiles.documentId, id))
      .get()?.bytes ?? null
  )
}

/** The original (not a SALINAN) of `kind` for a visit on `paper`, newest first; undefined when none yet. */
export function originalOfVisit(
  db: Db,
  kind: DocumentKind,
  visitId: string,
  paper?: string,
): DocumentRow | undefined {
  return db
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.visitId, visitId),
        eq(documents.kind, kind),
        isNull(documents.copyOf),
        ...(paper ? [eq(documents.paper, paper)] : []),
      ),
    )
    .orderBy(desc(documents.createdAt))
    .get()
}

/** How often each document went to a printer (the print log). */
function printCounts(db: Db, ids: readonly string[]): Map<string, number> {
  if (ids.length === 0) return new Map()
  const rows = db
    .select({ documentId: printLog.documentId, n: count() })
    .from(printLog)
    .where(inArray(printLog.documentId, [...ids]))
    .groupBy(printLog.documentId)
    .all()
  return new Map(rows.map((row) => [row.documentId, row.n]))
}

export function toDocumentViews(db: Db, rows: readonly DocumentRow[]): DocumentView[] {
  const printed = printCounts(
    db,
    rows.map((row) => row.id),
  )
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    number: row.number,
    visitId: row.visitId,
    officeDay: row.officeDay,
    paper: row.paper,
    sha256: row.sha256,
    byteLength: row.byteLength,
    copyOf: row.copyOf,
    createdAt: row.createdAt,
    printed: printed.get(row.id) ?? 0,
  }))
}

/** Every document of a visit, originals and copies, oldest first. */
export function documentsOfVisit(db: Db, visitId: string): DocumentRow[] {
  return db.select().from(documents).where(eq(documents.visitId, visitId)).orderBy(documents.createdAt).all()
}
