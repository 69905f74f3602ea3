import { z } from 'zod'
import type { ValidationKey } from '../validation'
import { digitsOnly } from './normalize'
import { isKnownProvince } from './provinces'
import type { IdentityWarning } from './warnings'
import { birthDateWarnings, calendarDate, checkToday, identityWarning } from './warnings'

export type Sex = 'male' | 'female'

/** What the 16 digits of a NIK say (Permendagri on the KTP-el; PRODUCT.md "Rules worth getting right"). */
export interface NikInfo {
  kind: 'nik'
  /** The 16 digits, separators removed: the form to store and search by. */
  number: string
  provinceCode: string
  regencyCode: string
  districtCode: string
  /** YYYY-MM-DD; null when the digits make no calendar date. */
  birthDate: string | null
  sex: Sex
  serial: string
  warnings: IdentityWarning[]
}

/** A NIK region's names, province to district; null where the data has no such code. */
export const RegionNames = z.object({
  province: z.string().nullable(),
  regency: z.string().nullable(),
  district: z.string().nullable(),
})
export type RegionNames = z.infer<typeof RegionNames>

/**
 * A NIK keeps the region code of the place that issued it for life. When a later Kemendagri code
 * decree withdrew that code (the 2022 Papua renumbering: Kota Sorong 92.71 is now 96.71), this says
 * where it was issued, with the names of then, and what that place is called and coded now.
 */
export const IssuedUnder = z.object({
  /** The withdrawn code as the NIK carries it, dotted: '92.71.01' or '92.71'. */
  code: z.string(),
  then: RegionNames,
  /** The code the same place carries now, dotted. */
  nowCode: z.string(),
  now: RegionNames,
  /** The decree that withdrew the code, e.g. 'Kepmendagri No. 300.2.2-2138 Tahun 2025'. */
  retiredBy: z.string(),
})
export type IssuedUnder = z.infer<typeof IssuedUnder>

/**
 * 'Kota Sorong, Papua Barat' (the district is already among the facts) and what of it is named
 * differently now ('Papua Barat Daya'): only the parts that changed, so the line stays short; the
 * new code when no name changed.
 * For the line 'Diterbitkan di {place} — kini {now}' of the identity card.
 */
export function issuedInNames(issued: IssuedUnder): { place: string; now: string | null } {
  const { then, now } = issued
  const place = [then.regency, then.province].filter((n): n is string => n !== null).join(', ')
  const changed = (['district', 'regency', 'province'] as const)
    .filter((level) => now[level] !== null && now[level] !== then[level])
    .map((level) => now[level])
  return { place, now: changed.length > 0 ? changed.join(', ') : null }
}

/** A number is refused only when it cannot be one; everything merely odd is a warning inside `value`. */
export type ParseResult<T> =
  | { ok: true; value: T }
  /** `params` fill the message's placeholders (`{char}`). */
  | { ok: false; error: ValidationKey; params?: Record<string, string> }

/** Women's NIKs carry the day of birth plus 40, so the day digits alone tell the sex. */
const FEMALE_DAY_OFFSET = 40

/**
 * The two-digit year has no century. Anyone whose year would land after this year was born in the
 * previous century, so 26 on 2026-11-23 is 2026 and 27 is 1927. A date later this year still reads
 * as this year and is flagged as a future birth date: it is far likelier a typo than a 99-year-old.
 */
function fullYear(yy: number, todayYear: number): number {
  const thisCentury = Math.floor(todayYear / 100) * 100 + yy
  return thisCentury <= todayYear ? thisCentury : thisCentury - 100
}

/** today = the office-local date 'YYYY-MM-DD' (callers pass it; no clock reads inside common/). */
export function parseNik(input: string, today: string): ParseResult<NikInfo> {
  const { year: todayYear } = checkToday(today)
  const number = digitsOnly(input)
  if (!/^\d{16}$/.test(number)) return { ok: false, error: 'nik_format' }

  const provinceCode = number.slice(0, 2)
  const dayDigits = Number(number.slice(6, 8))
  const month = Number(number.slice(8, 10))
  const yy = Number(number.slice(10, 12))
  const serial = number.slice(12)
  const sex: Sex = dayDigits > FEMALE_DAY_OFFSET ? 'female' : 'male'
  const day = sex === 'female' ? dayDigits - FEMALE_DAY_OFFSET : dayDigits
  const birthDate = calendarDate(fullYear(yy, todayYear), month, day)
  // Shown as the card's DDMMYY reads once the 40 is taken off, e.g. "31-02-85".
  const shown = [day, month, yy].map((n) => String(n).padStart(2, '0')).join('-')

  const warnings = birthDateWarnings('NIK', birthDate, shown, today)
  if (!isKnownProvince(provinceCode))
    warnings.push(identityWarning('province_unknown', { code: provinceCode }))
  if (serial === '0000') warnings.push(identityWarning('serial_zero', { doc: 'NIK', serial }))

  return {
    ok: true,
    value: {
      kind: 'nik',
      number,
      provinceCode,
      regencyCode: number.slice(0, 4),
      districtCode: number.slice(0, 6),
      birthDate,
      sex,
      serial,
      warnings,
    },
  }
}

const MASK = '•'

/**
 * For lists and prints (PRODUCT.md: NIK never printed in full). A 16-digit NIK keeps its region
 * prefix and serial, '3201••••••••0001', which is enough to tell two visitors apart at the counter
 * while hiding the birth date. Shorter input keeps at most a quarter of its digits on each side,
 * so at least half is always hidden, and three digits or fewer are hidden entirely.
 */
export function maskNik(nik: string): string {
  const digits = digitsOnly(nik)
  const keep = Math.min(4, Math.floor(digits.length / 4))
  if (keep === 0) return MASK.repeat(digits.length)
  return digits.slice(0, keep) + MASK.repeat(digits.length - 2 * keep) + digits.slice(-keep)
}
