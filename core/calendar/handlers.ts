import { LoketError } from '../../common/errors'
import type { Handler } from '../handler'
import { isEnrolled } from '../meta/local-meta'
import { listHolidays, removeHoliday, saveHoliday } from './holidays'

const toView = ({ id, date, name, kind, originDesk }: ReturnType<typeof listHolidays>[number]) => ({
  id,
  date,
  name,
  kind,
  fromCentral: originDesk === 'central',
})

export const holidaysList: Handler<'holidays.list'> = (ctx, input) =>
  listHolidays(ctx.db, input.year).map(toView)

export const holidaysSave: Handler<'holidays.save'> = (ctx, input, call) => {
  if (isEnrolled(ctx.db)) throw new LoketError('managed_centrally')
  call.audit.detail = { date: input.date, kind: input.kind }
  return toView(call.write((tx) => saveHoliday(tx, input, ctx.now())))
}

export const holidaysRemove: Handler<'holidays.remove'> = (ctx, input, call) => {
  if (isEnrolled(ctx.db)) throw new LoketError('managed_centrally')
  call.audit.detail = { date: input.date }
  call.write((tx) => {
    if (!removeHoliday(tx, input.date, ctx.now())) throw new LoketError('holiday_not_found')
  })
  return null
}
