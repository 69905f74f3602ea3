import { and, asc, eq, inArray, isNull } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { LoketError } from '../../common/errors'
import type { StepEventKind, VisitStatus } from '../../common/visits'
import { visitStepEvents, visits } from '../../db/schema'
import type { Db } from '../db'
import { nextStamp } from '../sync/stamp'
import { appendSyncedRow, writeSyncedRow } from '../sync/write'

export type VisitRow = typeof visits.$inferSelect
export type StepEventRow = typeof visitStepEvents.$inferSelect

export function findVisit(db: Db, lookup: { id?: string | undefined; visitNumber?: string | undefined }) {
  const where = lookup.id ? eq(visits.id, lookup.id) : eq(visits.visitNumber, lookup.visitNumber ?? '')
  return db
    .select()
    .from(visits)
    .where(and(where, isNull(visits.deletedAt)))
    .get()
}

export function requireVisit(db: Db, id: string): VisitRow {
  const visit = findVisit(db, { id })
  if (!visit) throw new LoketError('visit_not_found')
  return visit
}

export function eventsOf(db: Db, visitIds: readonly string[]): Map<string, StepEventRow[]> {
  const byVisit = new Map<string, StepEventRow[]>()
  if (visitIds.length === 0) return byVisit
  const rows = db
    .select()
    .from(visitStepEvents)
    .where(inArray(visitStepEvents.visitId, [...visitIds]))
    .orderBy(asc(visitStepEvents.at))
    .all()
  for (const row of rows) {
    const list = byVisit.get(row.visitId) ?? []
    list.push(row)
    byVisit.set(row.visitId, list)
  }
  return byVisit
}

export interface EventInput {
  stepNo: number
  kind: StepEventKind
  at: number
  note?: string | null
}

/** Appends events of one visit, by one user at this desk, each with its outbox change. */
export function appendEvents(
  db: Db,
  visitId: string,
  userId: string | null,
  events: readonly EventInput[],
  now: number,
): void {
  for (const event of events) {
    const stamp = nextStamp(db, now)
    appendSyncedRow(
      db,
      visitStepEvents,
      {
        id: uuidv7(),
        hlc: stamp.hlc,
        originDesk: stamp.originDesk,
        visitId,
        stepNo: event.stepNo,
        kind: event.kind,
        at: event.at,
        userId,
        deskId: stamp.originDesk,
        note: event.note ?? null,
      },
      now,
    )
  }
}

/** A new visit's row; a visit starts with no follow-up (that comes with its end). */
export function insertVisit(
  db: Db,
  row: Omit<VisitRow, 'hlc' | 'updatedAt' | 'originDesk' | 'nextStep' | 'nextStepDue'>,
  now: number,
) {
  const full: VisitRow = { ...row, nextStep: null, nextStepDue: null, ...nextStamp(db, now) }
  writeSyncedRow(db, visits, full, now)
  return full
}

/**
 * Keeps the row's summary (status, officer, outcome) in step with the events for lists and
 * reports; the events stay the source of truth for the steps and their times.
 */
export function updateVisitSummary(
  db: Db,
  visit: VisitRow,
  patch: { status: VisitStatus } & Partial<
    Pick<VisitRow, 'officerId' | 'finishedAt' | 'outcome' | 'nextStep' | 'nextStepDue'>
  >,
  now: number,
): VisitRow {
  const row: VisitRow = { ...visit, ...patch, ...nextStamp(db, now) }
  writeSyncedRow(db, visits, row, now)
  return row
}
