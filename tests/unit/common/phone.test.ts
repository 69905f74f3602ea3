import { describe, expect, it } from 'vitest'
import type { PhoneNumber } from '../../../common/phone'
import { normalizePhone, phoneSearchForms } from '../../../common/phone'
import { validationCatalog } from '../../../common/validation'

function phone(input: string): PhoneNumber {
  const parsed = normalizePhone(input)
  if (!parsed.ok) throw new Error(`expected ${input} to be a phone number`)
  return parsed.value
}

describe('normalizePhone', () => {
  it('stores an Indonesian mobile as E.164 however it was typed', () => {
    const typed = [
      '081234567890',
      '0812-3456-7890',
      '0812 3456 7890',
      '0812.3456.7890',
      '+62 812 3456 7890',
      '+62 812-3456-7890',
      '+6281234567890',
      '62 812 3456 7890', // as WhatsApp shows it: country code without the '+'
      '6281234567890',
      '62-812-3456-7890',
      '(+62) 812 3456 7890',
      '+62 (0) 812 3456 7890',
      '+62 0812 3456 7890',
      ' 0812 3456 7890 ',
    ]
    for (const input of typed) {
      expect(phone(input)).toEqual({
        e164: '+6281234567890',
        national: '0812-3456-7890',
        international: '+62 812 3456 7890',
        country: 'ID',
        mobile: true,
      })
    }
  })

  it('accepts the shorter and longer mobile numbers operators issue', () => {
    expect(phone('0811-234-567')).toMatchObject({ e164: '+62811234567', mobile: true }) // 10 digits
    expect(phone('0857 1234 5678')).toMatchObject({ e164: '+6285712345678', mobile: true })
    expect(phone('0895-1234-5678')).toMatchObject({ e164: '+6289512345678', mobile: true })
  })

  it('accepts landlines with their area code, and knows they are not mobiles', () => {
    expect(phone('(021) 345-6789')).toEqual({
      e164: '+62213456789',
      national: '(021) 3456789',
      international: '+62 21 3456789',
      country: 'ID',
      mobile: false,
    })
    expect(phone('0274 512345')).toMatchObject({
      e164: '+62274512345',
      national: '(0274) 512345',
      mobile: false,
    })
    // A leading 62 is the country code, not the start of a 0622 (Pematangsiantar) number.
    expect(phone('62 21 3456789').e164).toBe('+62213456789')
  })

  it('keeps a foreign number in its own country', () => {
    expect(phone('+65 8123 4567')).toMatchObject({ e164: '+6581234567', country: 'SG', mobile: true })
  })

  it('refuses what is not a phone number, with a message that shows the expected form', () => {
    const refused = [
      '',
      '-',
      '0812345', // too short
      '08123456789012', // too long
      '12345',
      '0062 812 3456 7890', // 00 is not Indonesia's international prefix
      '+62',
      '62812',
    ]
    for (const input of refused) expect(normalizePhone(input)).toEqual({ ok: false, error: 'phone_invalid' })
    // A character no number holds is named, so the receptionist sees what to delete.
    expect(normalizePhone('abc')).toEqual({ ok: false, error: 'phone_char', params: { char: '“a”' } })
    // Words are not guessed around, nor a second number after a slash.
    expect(normalizePhone('0812-3456-7890 ext 5')).toMatchObject({
      error: 'phone_char',
      params: { char: '“e”' },
    })
    expect(normalizePhone('0812 3456 7890 / 0813 1111 2222')).toMatchObject({
      error: 'phone_char',
      params: { char: '“/”' },
    })
    expect(validationCatalog.phone_invalid.id).toContain('0812-3456-7890')
    expect(validationCatalog.phone_invalid.en).toContain('+62 812 3456 7890')
  })
})

describe('phoneSearchForms', () => {
  it('gives the digits a receptionist types for an Indonesian number', () => {
    expect(phoneSearchForms('+6281234567890')).toEqual(['6281234567890', '081234567890'])
    expect(phoneSearchForms('+62213456789')).toEqual(['62213456789', '0213456789'])
  })

  it('finds a foreign number only by its international digits', () => {
    expect(phoneSearchForms('+6581234567')).toEqual(['6581234567'])
  })

  it('contains the digits of the usual typed forms, so a search by what was typed finds the stored number', () => {
    for (const typed of ['0812-3456-7890', '62 812 3456 7890', '(021) 345-6789', '62 21 3456789']) {
      expect(phoneSearchForms(phone(typed).e164)).toContain(typed.replace(/\D/g, ''))
    }
  })
})
