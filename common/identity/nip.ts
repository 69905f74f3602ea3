import { digitsOnly } from './normalize'
import type { ParseResult, Sex } from './nik'
import type { IdentityWarning } from './warnings'
import { birthDateWarnings, calendarDate, checkToday, identityWarning } from './warnings'

/** What the 18 digits of a civil servant's NIP say (PP 11/2017; BKN's numbering for PPPK). */
export interface NipInfo {
  kind: 'nip'
  /** The 18 digits, separators removed. */
  number: string
  /** YYYY-MM-DD; null when the digits make no calendar date. */
  birthDate: string | null
  /** TMT of appointment: YYYY-MM for a PNS (CPNS intake), YYYY for PPPK; null when the month is impossible. */
  appointment: string | null
  employment: 'pns' | 'pppk'
  /** Null when the sex digit is neither 1 nor 2. */
  sex: Sex | null
  serial: string
  warnings: IdentityWarning[]
}

/** BKN numbers PPPK with `21` where a PNS NIP has the appointment month; no month is 21, so it is unambiguous. */
const PPPK_MARKER = '21'
/** Well below any legal hiring age (18): only a date that cannot be a career start is flagged. */
const MIN_APPOINTMENT_AGE = 15

function addYears(isoDate: string, years: number): string {
  return String(Number(isoDate.slice(0, 4)) + years).padStart(4, '0') + isoDate.slice(4)
}

export function parseNip(input: string, today: string): ParseResult<NipInfo> {
  checkToday(today)
  const number = digitsOnly(input)
  if (!/^\d{18}$/.test(number)) return { ok: false, error: 'nip_format' }

  const [by, bm, bd] = [number.slice(0, 4), number.slice(4, 6), number.slice(6, 8)]
  const appointmentYear = number.slice(8, 12)
  const appointmentMonth = number.slice(12, 14)
  const sexDigit = number.slice(14, 15)
  const serial = number.slice(15)

  const birthDate = calendarDate(Number(by), Number(bm), Number(bd))
  const warnings = birthDateWarnings('NIP', birthDate, `${bd}-${bm}-${by}`, today)

  const employment = appointmentMonth === PPPK_MARKER ? 'pppk' : 'pns'
  const monthValid = Number(appointmentMonth) >= 1 && Number(appointmentMonth) <= 12
  let appointment: string | null = null
  if (employment === 'pppk') {
    appointment = appointmentYear
  } else if (monthValid) {
    appointment = `${appointmentYear}-${appointmentMonth}`
  } else {
    warnings.push(identityWarning('appointment_invalid', { month: appointmentMonth }))
  }

  if (appointment !== null) {
    // The appointment is a month (or a year for PPPK); compare its whole span, so only a span that
    // lies entirely before the 15th birthday or entirely after today is flagged.
    const first = employment === 'pppk' ? `${appointment}-01-01` : `${appointment}-01`
    const last = employment === 'pppk' ? `${appointment}-12-31` : `${appointment}-31`
    const shown = employment === 'pppk' ? appointment : `${appointmentMonth}-${appointmentYear}`
    if (first > today) {
      warnings.push(identityWarning('appointment_future', { appointment: shown }))
    } else if (birthDate !== null && last < addYears(birthDate, MIN_APPOINTMENT_AGE)) {
      warnings.push(
        identityWarning('appointment_before_adulthood', { appointment: shown, minAge: MIN_APPOINTMENT_AGE }),
      )
    }
  }

  const sex: Sex | null = sexDigit === '1' ? 'male' : sexDigit === '2' ? 'female' : null
  if (sex === null) warnings.push(identityWarning('sex_digit_invalid', { digit: sexDigit }))
  if (serial === '000') warnings.push(identityWarning('serial_zero', { doc: 'NIP', serial }))

  return {
    ok: true,
    value: { kind: 'nip', number, birthDate, appointment, employment, sex, serial, warnings },
  }
}
