import { officeDay } from '../../common/calendar/office-day'
import { missingDecreeYears } from '../../common/calendar/status'
import { LoketError } from '../../common/errors'
import { holidayRowId } from '../../common/holidays'
import { CENTRAL_ORIGIN } from '../../common/sync-protocol'
import { changeOnServer } from '../central/office'
import type { Handler } from '../handler'
import { isEnrolled, readMeta } from '../meta/local-meta'
import { holidayViews, toHolidayView } from './holiday-view'
import { listHolidays, removeHoliday, saveHoliday } from './holidays'
import { officeCalendar } from './office-calendar'

export const holidaysList: Handler<'holidays.list'> = (ctx, input) =>
  holidayViews(ctx, listHolidays(ctx.db, input.year), input.year)

/** The calendar's state for the administrator's warning (common/calendar/status.ts). */
export const calendarStatus: Handler<'calendar.status'> = (ctx) => {
  const calendar = officeCalendar(ctx.db)
  const today = officeDay(ctx.now(), calendar.timeZone)
  const years = calendar.decreeYears ?? new Set<number>()
  return {
    today,
    decreeYears: [...years].sort((a, b) => a - b),
    missingYears: missingDecreeYears(today, years),
  }
}

/**
 * A stand-alone desk keeps its own calendar. An enrolled desk's calendar is the office's, written
 * on the central server by an administrator acting online (core/central/office.ts); the desk then
 * pulls it at once, as every other desk of the office will.
 */
export const holidaysSave: Handler<'holidays.save'> = async (ctx, input, call) => {
  call.audit.detail = { date: input.date, kind: input.kind }
  if (!isEnrolled(ctx.db))
    return toHolidayView(
      ctx,
      call.write((tx) => saveHoliday(tx, input, ctx.now())),
    )
  await changeOnServer(ctx, call, {
    method: 'PUT',
    path: `/holidays/${input.date}`,
    body: { name: input.name, kind: input.kind },
  })
  await ctx.sync.refresh()
  const pulled = listHolidays(ctx.db).find((holiday) => holiday.date === input.date)
  // Saved centrally even if the pull right after failed: say what the server now holds.
  return toHolidayView(
    ctx,
    pulled ?? {
      ...input,
      id: holidayRowId(readMeta(ctx.db, 'office_id') ?? '', input.date),
      originDesk: CENTRAL_ORIGIN,
    },
  )
}

export const holidaysRemove: Handler<'holidays.remove'> = async (ctx, input, call) => {
  call.audit.detail = { date: input.date }
  if (!isEnrolled(ctx.db)) {
    call.write((tx) => {
      if (!removeHoliday(tx, input.date, ctx.now())) throw new LoketError('holiday_not_found')
    })
    return null
  }
  await changeOnServer(ctx, call, {
    method: 'DELETE',
    path: `/holidays/${input.date}`,
    notFound: 'holiday_not_found',
  })
  await ctx.sync.refresh()
  return null
}
