import { and, desc, eq, inArray, isNull } from 'drizzle-orm'
import { officeDay } from '../../common/calendar/office-day'
import type { Board, DisplayState } from '../../common/visits'
import { visitStepEvents, visitors, visits } from '../../db/schema'
import { officeCalendar } from '../calendar/office-calendar'
import type { CoreContext } from '../context'
import { readOfficeSettings } from '../settings/repository'
import { eventsOf } from './store'
import { derive, deskCodes, toBoardItem } from './view'

/** How many recent calls the waiting-room display lists. */
const DISPLAY_CALLS = 6

/** Today's visits of the office (every desk's, as far as sync has brought them), for the officers. */
export function boardToday(ctx: CoreContext): Board {
  const { db } = ctx
  const calendar = officeCalendar(db)
  const now = ctx.now()
  const day = officeDay(now, calendar.timeZone)
  const rows = db
    .select({ visit: visits, visitorName: visitors.fullName })
    .from(visits)
    .innerJoin(visitors, eq(visitors.id, visits.visitorId))
    .where(and(eq(visits.officeDay, day), isNull(visits.deletedAt)))
    .orderBy(visits.arrivedAt, visits.id)
    .all()
  const events = eventsOf(
    db,
    rows.map((r) => r.visit.id),
  )
  const derived = rows.map((r) =>
    derive(ctx.procedures, calendar, r.visit, events.get(r.visit.id) ?? [], now),
  )
  const codes = deskCodes(db, [...derived.map((d) => d.state.calledDesk), ...rows.map((r) => r.visit.deskId)])
  return {
    day,
    items: derived.map((d, i) => toBoardItem(d, rows[i]?.visitorName ?? '', codes)),
  }
}

/** The waiting-room display: the latest calls of the day and how many still wait — nothing personal. */
export function displayState(ctx: CoreContext): DisplayState {
  const { db } = ctx
  const calendar = officeCalendar(db)
  const day = officeDay(ctx.now(), calendar.timeZone)
  const calls = db
    .select({
      eventId: visitStepEvents.id,
      deskId: visitStepEvents.deskId,
      calledAt: visitStepEvents.at,
      queueNumber: visits.queueNumber,
      visitNumber: visits.visitNumber,
      service: visits.service,
    })
    .from(visitStepEvents)
    .innerJoin(visits, eq(visits.id, visitStepEvents.visitId))
    .where(and(eq(visits.officeDay, day), isNull(visits.deletedAt), eq(visitStepEvents.kind, 'call')))
    .orderBy(desc(visitStepEvents.at))
    .limit(DISPLAY_CALLS)
    .all()
  const codes = deskCodes(
    db,
    calls.map((c) => c.deskId),
  )
  const todays = db
    .select({ id: visits.id })
    .from(visits)
    .where(and(eq(visits.officeDay, day), eq(visits.channel, 'walk_in'), isNull(visits.deletedAt)))
    .all()
  const called = new Set(
    todays.length === 0
      ? []
      : db
          .select({ visitId: visitStepEvents.visitId })
          .from(visitStepEvents)
          .where(
            and(
              inArray(
                visitStepEvents.visitId,
                todays.map((t) => t.id),
              ),
              inArray(visitStepEvents.kind, ['call', 'finish', 'cancel']),
            ),
          )
          .all()
          .map((e) => e.visitId),
  )
  const settings = readOfficeSettings(db)
  return {
    officeName: settings?.officeName ?? null,
    language: settings?.displayLanguage ?? 'id',
    calls: calls.map((c) => ({
      eventId: c.eventId,
      queueNumber: c.queueNumber ?? c.visitNumber,
      service: c.service,
      counter: codes.get(c.deskId) ?? '',
      calledAt: c.calledAt,
    })),
    waiting: todays.filter((t) => !called.has(t.id)).length,
  }
}
