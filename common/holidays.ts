import { v5 as uuidv5 } from 'uuid'
import { z } from 'zod'

/**
 * The office calendar's days off (PRODUCT.md "Working days"): national holidays and cuti bersama
 * from the joint decree, plus local days an administrator adds. Weekends are off by rule and are
 * not stored.
 */
export const HOLIDAY_KINDS = ['national', 'cuti_bersama', 'local'] as const
export const HolidayKind = z.enum(HOLIDAY_KINDS, { error: 'invalid_choice' })
export type HolidayKind = z.infer<typeof HolidayKind>

/** A calendar date `YYYY-MM-DD` that exists (no 31 February). */
export const IsoDate = z
  .string({ error: 'required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date_format')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number]
    const date = new Date(Date.UTC(y, m - 1, d))
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
  }, 'date_format')
export type IsoDate = z.infer<typeof IsoDate>

export const HolidayInput = z.object({
  date: IsoDate,
  name: z.string({ error: 'required' }).trim().min(1, 'required').max(200, 'too_long'),
  kind: HolidayKind,
})
export type HolidayInput = z.infer<typeof HolidayInput>

/** The seeded calendar of a year as shipped in resources/holidays/<year>.json. */
export const HolidaySeed = z.object({
  year: z.number().int(),
  source: z.string(),
  holidays: z.array(HolidayInput),
})
export type HolidaySeed = z.infer<typeof HolidaySeed>

/** A namespace of our own for name-based ids (uuid v5 of `loket:holidays`). */
const HOLIDAY_NAMESPACE = uuidv5('loket:holidays', uuidv5.URL)

/**
 * One row per office and date, whoever writes it (the central server's import or a desk's
 * administrator): two writers of the same day meet on one row, merged by last writer, instead of
 * leaving two rows for one day.
 */
export function holidayRowId(officeId: string, date: IsoDate): string {
  return uuidv5(`${officeId}:${date}`, HOLIDAY_NAMESPACE)
}

/**
 * Where a day off comes from, for the holidays screen (issue 8, fault 12): `decree`, a day as the
 * shipped seed of its year has it (label e.g. "SKB 3 Menteri 2026", citation the decree in full);
 * `rule`, a fixed-date national holiday the office calendar knows by rule without a row; `office`,
 * a day the office's administrator added or changed, with the desk it was written on (null: on the
 * central server).
 */
export const HolidaySource = z.object({
  kind: z.enum(['decree', 'rule', 'office']),
  label: z.string().nullable(),
  citation: z.string().nullable(),
  deskCode: z.string().nullable(),
})
export type HolidaySource = z.infer<typeof HolidaySource>

export const HolidayView = HolidayInput.extend({
  id: z.string(),
  /** Set by the central server (the decree's import) rather than on a desk. */
  fromCentral: z.boolean(),
  source: HolidaySource,
})

/**
 * A seed's short name for lists: "SKB 3 Menteri 2027" for a joint decree ("Keputusan Bersama
 * Menteri …, Menteri … dan Menteri …"), the year's "Keputusan" otherwise; the full citation stays
 * in `source`.
 */
export function seedLabel(seed: Pick<HolidaySeed, 'year' | 'source'>): string {
  if (!/^Keputusan Bersama/i.test(seed.source)) return `Keputusan ${seed.year}`
  const ministers = (seed.source.split(/\bNomor\b/)[0]?.match(/\bMenteri\b/g) ?? []).length
  return ministers > 1 ? `SKB ${ministers} Menteri ${seed.year}` : `SKB ${seed.year}`
}
export type HolidayView = z.infer<typeof HolidayView>
