import type { Localized } from '../localized'
import { localize } from '../localized'

/**
 * Why a number that has the right shape still looks wrong. None of these refuses the number: NIKs
 * with odd digits exist on real cards (data-entry slips at Dukcapil, codes from before a regency
 * split), and the receptionist can only ask the visitor, not reissue the card. The sentence says
 * what is odd so that the question to ask is obvious.
 */
const identityWarningCatalog = {
  birth_date_invalid: {
    id: 'Tanggal lahir pada {doc} ({date}) tidak ada di kalender.',
    en: 'The birth date in the {doc} ({date}) does not exist in the calendar.',
  },
  birth_date_future: {
    id: 'Tanggal lahir pada {doc} ({date}) lebih lambat dari hari ini.',
    en: 'The birth date in the {doc} ({date}) is later than today.',
  },
  age_implausible: {
    id: 'Tanggal lahir pada {doc} ({date}) berarti usia lebih dari {maxAge} tahun.',
    en: 'The birth date in the {doc} ({date}) means an age over {maxAge} years.',
  },
  province_unknown: {
    id: 'Kode provinsi {code} pada NIK bukan kode salah satu dari 38 provinsi.',
    en: 'Province code {code} in the NIK is not the code of any of the 38 provinces.',
  },
  region_unknown: {
    id: 'Kode wilayah {code} pada NIK tidak ada dalam data wilayah Kemendagri. NIK yang terbit sebelum pemekaran daerah bisa memuat kode yang kini tidak dipakai lagi.',
    en: "Region code {code} in the NIK is not in the Ministry of Home Affairs' region data. An NIK issued before a regency split can carry a code that is no longer used.",
  },
  region_split: {
    id: 'Kode wilayah {code} pada NIK tidak ada dalam data wilayah Kemendagri, yang memuat kode sejak 2013. {province} pernah dimekarkan: {splits}. NIK ini mungkin terbit di salah satu daerah itu sebelum pemekaran; tanyakan tempat terbitnya.',
    en: "Region code {code} in the NIK is not in the Ministry of Home Affairs' region data, which has codes since 2013. {province} was split: {splits}. This NIK may have been issued in one of those regions before the split; ask where it was issued.",
  },
  serial_zero: {
    id: 'Nomor urut pada {doc} adalah {serial}, padahal nomor urut dimulai dari 1.',
    en: 'The serial number in the {doc} is {serial}, but serial numbers start at 1.',
  },
  sex_digit_invalid: {
    id: 'Digit jenis kelamin pada NIP adalah {digit}; seharusnya 1 (laki-laki) atau 2 (perempuan).',
    en: 'The sex digit in the NIP is {digit}; it should be 1 (male) or 2 (female).',
  },
  appointment_invalid: {
    id: 'Bulan pengangkatan pada NIP ({month}) tidak ada; seharusnya 01–12, atau 21 untuk PPPK.',
    en: 'The appointment month in the NIP ({month}) does not exist; it should be 01–12, or 21 for PPPK.',
  },
  appointment_before_adulthood: {
    id: 'Pengangkatan pada NIP ({appointment}) terjadi sebelum pemiliknya berusia {minAge} tahun.',
    en: 'The appointment in the NIP ({appointment}) is before its holder turned {minAge}.',
  },
  appointment_future: {
    id: 'Pengangkatan pada NIP ({appointment}) lebih lambat dari hari ini.',
    en: 'The appointment in the NIP ({appointment}) is later than today.',
  },
} satisfies Record<string, Localized>

export type IdentityWarningCode = keyof typeof identityWarningCatalog

export interface IdentityWarning {
  code: IdentityWarningCode
  message: Localized
}

/** Params fill the `{placeholders}` of the code's sentence (`doc` is 'NIK' or 'NIP'). */
export function identityWarning(
  code: IdentityWarningCode,
  params: Record<string, string | number> = {},
): IdentityWarning {
  return { code, message: localize(identityWarningCatalog[code], params) }
}

/** Older than anyone documented alive; a larger age is a typo, not a visitor. */
export const MAX_PLAUSIBLE_AGE = 120

/** `YYYY-MM-DD` when the date exists in the (proleptic Gregorian) calendar, otherwise null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC maps years 0–99 to 1900–1999; ours are always four-digit years, but be exact anyway.
  date.setUTCFullYear(year)
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * `today` comes from the caller (common/ reads no clock). A malformed one is a programming error,
 * not something a visitor typed, so it throws instead of producing warnings nobody can explain.
 */
export function checkToday(today: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today)
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0]
  if (!match || calendarDate(year, month, day) !== today) {
    throw new RangeError(`today must be an office-local date YYYY-MM-DD, got "${today}"`)
  }
  return { year, month, day }
}

/** Completed years between two `YYYY-MM-DD` dates (ISO dates compare as strings). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years
}

/** The birth-date checks NIK and NIP share; `shown` is the date as the number spells it. */
export function birthDateWarnings(
  doc: 'NIK' | 'NIP',
  birthDate: string | null,
  shown: string,
  today: string,
): IdentityWarning[] {
  if (birthDate === null) return [identityWarning('birth_date_invalid', { doc, date: shown })]
  if (birthDate > today) return [identityWarning('birth_date_future', { doc, date: shown })]
  if (ageOn(birthDate, today) > MAX_PLAUSIBLE_AGE) {
    return [identityWarning('age_implausible', { doc, date: shown, maxAge: MAX_PLAUSIBLE_AGE })]
  }
  return []
}
