import { TZDateMini } from '@date-fns/tz'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The office-local calendar date of an instant, 'YYYY-MM-DD' (queues and visit numbers restart at local midnight). */
export function officeDay(at: number, timeZone: string): string {
  const local = new TZDateMini(at, timeZone)
  const year = local.getFullYear()
  if (Number.isNaN(year)) throw new RangeError(`officeDay: no date for ${at} in time zone "${timeZone}"`)
  return `${pad(year, 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`
}

/** The instant (ms UTC) of a local wall time on an office date, e.g. officeInstant('2026-11-23', '08:00', 'Asia/Jakarta'). */
export function officeInstant(day: string, time: string, timeZone: string): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time)
  if (!d || !t)
    throw new RangeError(`officeInstant: expected 'YYYY-MM-DD' and 'HH:mm', got "${day}" "${time}"`)
  const at = new TZDateMini(
    Number(d[1]),
    Number(d[2]) - 1,
    Number(d[3]),
    Number(t[1]),
    Number(t[2]),
    timeZone,
  ).getTime()
  if (Number.isNaN(at)) throw new RangeError(`officeInstant: unknown time zone "${timeZone}"`)
  // The Date constructor rolls 2026-02-31 over into March; a day that does not exist is a bug upstream.
  if (officeDay(at, timeZone) !== day) throw new RangeError(`officeInstant: no such date "${day}"`)
  return at
}
