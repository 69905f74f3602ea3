import { asc, eq, inArray } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import type { ConsultationEventKind } from '../../common/consultations/state'
import { LoketError } from '../../common/errors'
import { consultationEvents, consultations } from '../../db/schema'
import type { Db } from '../db'
import { nextStamp } from '../sync/stamp'
import { appendSyncedRow, writeSyncedRow } from '../sync/write'

/** Consultations' rows and events as stored (db/schema.ts), read and written with their outbox changes. */

export type ConsultationRow = typeof consultations.$inferSelect
export type ConsultationEventRow = typeof consultationEvents.$inferSelect

/** The consultation with `id`; throws LoketError consultation_not_found for none or a tombstone. */
export function requireConsultation(db: Db, id: string): ConsultationRow {
  const row = db.select().from(consultations).where(eq(consultations.id, id)).get()
  if (!row || row.deletedAt !== null) throw new LoketError('consultation_not_found')
  return row
}

/** The consultation whose case is `visitId`, if any. */
export function consultationOfCase(db: Db, visitId: string): ConsultationRow | undefined {
  return db.select().from(consultations).where(eq(consultations.caseVisitId, visitId)).get()
}

/** The events of each consultation, oldest first, by consultation id. */
export function eventsOfConsultations(db: Db, ids: readonly string[]): Map<string, ConsultationEventRow[]> {
  const byConsultation = new Map<string, ConsultationEventRow[]>()
  if (ids.length === 0) return byConsultation
  const rows = db
    .select()
    .from(consultationEvents)
    .where(inArray(consultationEvents.consultationId, [...ids]))
    .orderBy(asc(consultationEvents.at), asc(consultationEvents.id))
    .all()
  for (const row of rows) {
    const list = byConsultation.get(row.consultationId) ?? []
    list.push(row)
    byConsultation.set(row.consultationId, list)
  }
  return byConsultation
}

/** Writes a consultation's row (new or changed) with a fresh stamp and its outbox change. */
export function saveConsultation(
  db: Db,
  row: Omit<ConsultationRow, 'hlc' | 'updatedAt' | 'originDesk'>,
  now: number,
): ConsultationRow {
  const full: ConsultationRow = { ...row, ...nextStamp(db, now) }
  writeSyncedRow(db, consultations, full, now)
  return full
}

/** Appends one event of a consultation, by `userId` at this desk, with its outbox change. */
export function appendConsultationEvent(
  db: Db,
  event: {
    consultationId: string
    kind: ConsultationEventKind
    userId: string
    assigneeId?: string | null
    note?: string | null
  },
  now: number,
): void {
  const stamp = nextStamp(db, now)
  appendSyncedRow(
    db,
    consultationEvents,
    {
      id: uuidv7(),
      hlc: stamp.hlc,
      originDesk: stamp.originDesk,
      consultationId: event.consultationId,
      kind: event.kind,
      at: now,
      userId: event.userId,
      deskId: stamp.originDesk,
      assigneeId: event.assigneeId ?? null,
      note: event.note ?? null,
    },
    now,
  )
}
