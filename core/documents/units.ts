import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { id as indonesian } from 'date-fns/locale'
import type { OfficeTimeZone } from '../../common/settings'
import { OFFICE_TIME_ZONES } from '../../common/settings'

/** Millimetres to PDF points (1 pt = 1/72 in, 1 in = 25.4 mm): pdfmake measures in points. */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4

/**
 * An instant (ms UTC) as printed on an Indonesian document, in the office's zone with its name:
 * `Senin, 30 November 2026 09.15 WIB` (PUEBI writes the time with a full stop).
 */
export function officeDateTime(at: number, zone: OfficeTimeZone): string {
  return `${format(new TZDate(at, zone), "EEEE, d MMMM yyyy HH'.'mm", { locale: indonesian })} ${OFFICE_TIME_ZONES[zone]}`
}

/** The office's clock time of an instant: `09.05` (PUEBI). */
export function officeClock(at: number, zone: OfficeTimeZone): string {
  return format(new TZDate(at, zone), "HH'.'mm")
}

/** The office's date of an instant, spelled: `Jumat, 4 Desember 2026`. */
export function officeDate(at: number, zone: OfficeTimeZone): string {
  return format(new TZDate(at, zone), 'EEEE, d MMMM yyyy', { locale: indonesian })
}
