// The 'max' metadata, not the default 'min': 'min' checks only a number's length and leading
// digits, so it cannot tell a mobile from a landline (getType() needs 'max') and it even accepts
// '0062 812 3456 7890' as a 15-digit Indonesian number. 'max' carries each type's number patterns,
// which is what sorts 08… mobiles from (0274) landlines and 0800 toll-free lines.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { ParseResult } from './identity/nik'
import { firstNonDigit, withoutInvisible } from './identity/normalize'

export interface PhoneNumber {
  /** The stored form, '+6281234567890'. */
  e164: string
  /** How the office writes it, '0812-3456-7890' or '(021) 3456789'. */
  national: string
  international: string
  country: string
  mobile: boolean
}

const DEFAULT_COUNTRY = 'ID'
const INDONESIA_CALLING_CODE = '62'

/**
 * Digits, one leading '+' (also as '(+62)'), and the separators people write numbers with. Anything else (letters,
 * 'ext. 12', a second number after a slash) is refused rather than guessed at: libphonenumber would
 * quietly pick a number out of free text, and what is stored must be what the visitor gave.
 */
const TYPED_NUMBER = /^[\s(]*\+?[\d\s.\-()]+$/
const INTERNATIONAL = /^[\s(]*\+/

/**
 * '62 812…' without the '+' is how WhatsApp and contact lists show Indonesian numbers, and nobody
 * writes a national number without its trunk 0 that happens to start with 62; so a leading 62 is
 * read as the country code (libphonenumber alone would take '62 21 3456789' for a 0622 landline).
 */
function withCountryCode(typed: string): string {
  return typed.startsWith(INDONESIA_CALLING_CODE) ? `+${typed}` : typed
}

/** True when `text` (invisible characters aside) is written like a phone number or an ID number. */
export function looksLikeNumber(text: string): boolean {
  return TYPED_NUMBER.test(withoutInvisible(text).trim())
}

/**
 * '+62 0812…' and '62 0812…' keep the trunk 0 after the country code, as many people write it;
 * the 0 belongs to the national form only.
 */
const dropTrunkZero = (digits: string) => (digits.startsWith('620') ? `62${digits.slice(3)}` : digits)

/**
 * Reads a phone number as typed or pasted: invisible characters are separators; a character that
 * cannot be in a number is named (`phone_char`); the number must be a valid one (`phone_invalid`).
 * The one reading registration and search share (phoneQueryForms).
 */
export function normalizePhone(input: string): ParseResult<PhoneNumber> {
  const typed = withoutInvisible(input).trim()
  if (!TYPED_NUMBER.test(typed)) {
    const offending = [...typed].find((char) => !/[\d\s.\-()+]/.test(char))
    if (offending === undefined) return { ok: false, error: 'phone_invalid' }
    return { ok: false, error: 'phone_char', params: { char: firstNonDigit(offending) ?? offending } }
  }
  const digits = dropTrunkZero(typed.replace(/\D/g, ''))
  const candidate = INTERNATIONAL.test(typed) ? `+${digits}` : withCountryCode(digits)
  const parsed = parsePhoneNumberFromString(candidate, DEFAULT_COUNTRY)
  if (!parsed?.isValid() || !parsed.country) return { ok: false, error: 'phone_invalid' }
  const type = parsed.getType()
  return {
    ok: true,
    value: {
      e164: parsed.number,
      national: parsed.formatNational(),
      international: parsed.formatInternational(),
      country: parsed.country,
      // FIXED_LINE_OR_MOBILE is what some countries' plans cannot tell apart; it can take a text.
      mobile: type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE',
    },
  }
}

/**
 * Digit forms a receptionist may type to find this number: '6281234567890' and '081234567890'.
 * A foreign number is only found by its international digits: its national form means nothing at
 * an Indonesian counter and could collide with a local number.
 */
export function phoneSearchForms(e164: string): string[] {
  const parsed = parsePhoneNumberFromString(e164)
  if (!parsed) return [e164.replace(/\D/g, '')].filter((digits) => digits !== '')
  const forms = [`${parsed.countryCallingCode}${parsed.nationalNumber}`]
  if (parsed.countryCallingCode === INDONESIA_CALLING_CODE) forms.push(`0${parsed.nationalNumber}`)
  return forms
}

/**
 * The digit prefixes under which a number typed into the search box is looked up, read the way
 * registration reads numbers: a whole phone number by its stored forms (phoneSearchForms); one still
 * being typed by what its first digits would become — `+62 0812…`, `(+62) 812…`, `62 812…`,
 * `0812…` and `812…` all meet at `62812…` and `0812…` (issue 8). The digits as typed always count
 * too: a NIK or NIP is looked up as it is. Forms shorter than three digits are left out.
 */
export function phoneQueryForms(input: string): string[] {
  const typed = withoutInvisible(input).trim()
  const digits = typed.replace(/\D/g, '')
  const forms = new Set<string>(digits === '' ? [] : [digits])
  const whole = normalizePhone(typed)
  if (whole.ok) {
    for (const form of phoneSearchForms(whole.value.e164)) forms.add(form)
  } else {
    const international = INTERNATIONAL.test(typed) || digits.startsWith(INDONESIA_CALLING_CODE)
    const national = international
      ? digits.startsWith(INDONESIA_CALLING_CODE)
        ? dropTrunkZero(digits).slice(2)
        : null
      : digits.startsWith('0')
        ? digits.slice(1)
        : // A mobile number written without its trunk 0 (every Indonesian mobile starts 8).
          digits.startsWith('8')
          ? digits
          : null
    if (national) {
      forms.add(`${INDONESIA_CALLING_CODE}${national}`)
      forms.add(`0${national}`)
    }
  }
  return [...forms].filter((form) => form.length >= 3)
}
