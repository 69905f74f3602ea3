import { and, count, desc, eq, inArray, isNull, notInArray } from 'drizzle-orm'
import type { VisitLine, VisitStatus, VisitorVisits } from '../../common/visits'
import { PAST_VISITS_SHOWN } from '../../common/visits'
import { visits } from '../../db/schema'
import type { CoreContext } from '../context'
import type { Db } from '../db'
import type { VisitRow } from './store'
import { procedureOf } from './view'

/** A visit still open: waiting for a call, being served, or a case being worked. */
const OPEN: VisitStatus[] = ['waiting', 'in_progress']

function lineOf(ctx: CoreContext, visit: VisitRow): VisitLine {
  const procedure = procedureOf(ctx.procedures, visit)
  return {
    id: visit.id,
    visitNumber: visit.visitNumber,
    queueNumber: visit.queueNumber,
    purpose: visit.purpose,
    channel: visit.channel,
    status: visit.status,
    arrivedAt: visit.arrivedAt,
    finishedAt: visit.finishedAt,
    procedureCode: procedure?.code ?? null,
    procedureName: procedure?.name ?? null,
  }
}

/**
 * A visitor's visits for their page (issue 8, fault 8): every open one, newest first, and the
 * latest `PAST_VISITS_SHOWN` closed ones with their total. Reads the `visits_visitor` index only.
 */
export function visitorVisits(ctx: CoreContext, db: Db, visitorId: string): VisitorVisits {
  const mine = and(eq(visits.visitorId, visitorId), isNull(visits.deletedAt))
  const open = db
    .select()
    .from(visits)
    .where(and(mine, inArray(visits.status, OPEN)))
    .orderBy(desc(visits.arrivedAt), desc(visits.id))
    .all()
  const closed = and(mine, notInArray(visits.status, OPEN))
  const past = db
    .select()
    .from(visits)
    .where(closed)
    .orderBy(desc(visits.arrivedAt), desc(visits.id))
    .limit(PAST_VISITS_SHOWN)
    .all()
  const total = db.select({ n: count() }).from(visits).where(closed).get()?.n ?? 0
  return {
    open: open.map((visit) => lineOf(ctx, visit)),
    past: past.map((visit) => lineOf(ctx, visit)),
    pastTotal: total,
  }
}

/**
 * The visitor's walk-in visit of `day` that still holds a queue number (waiting or being served),
 * the latest if several; null when none. A second number for the same person is given only on
 * the receptionist's confirmation: two numbers for one person skew the queue and the IKM counts.
 */
export function openQueueVisit(db: Db, visitorId: string, day: string): VisitRow | null {
  return (
    db
      .select()
      .from(visits)
      .where(
        and(
          eq(visits.visitorId, visitorId),
          isNull(visits.deletedAt),
          eq(visits.officeDay, day),
          eq(visits.channel, 'walk_in'),
          inArray(visits.status, OPEN),
        ),
      )
      .orderBy(desc(visits.arrivedAt), desc(visits.id))
      .get() ?? null
  )
}
