import { describe, expect, it } from 'vitest'
import { NikField, NipField, PhoneField } from '../../../common/visitors'
import { normalizePhone, phoneQueryForms } from '../../../common/phone'
import { digitsOnly } from '../../../common/identity/normalize'

/**
 * Issue 8, faults 3 and 5: numbers copied with invisible characters, and a phone number read one way
 * at registration and another in the search box.
 */
const INVISIBLES = {
  'zero-width space': '\u200B',
  'zero-width non-joiner': '\u200C',
  'zero-width joiner': '\u200D',
  'word joiner': '\u2060',
  'soft hyphen': '\u00AD',
  'left-to-right mark': '\u200E',
  'right-to-left mark': '\u200F',
  'left-to-right embedding': '\u202A',
  'first strong isolate': '\u2068',
  'byte-order mark': '\uFEFF',
}

describe('invisible characters pasted with a number', () => {
  it.each(Object.entries(INVISIBLES))(
    'are separators in a NIK, an NIP, a phone and a search (%s)',
    (_name, mark) => {
      expect(NikField.parse(`3273${mark}014105900001`)).toBe('3273014105900001')
      expect(NikField.parse(`${mark}3273 0141 0590 0001${mark}`)).toBe('3273014105900001')
      expect(NipField.parse(`19620704${mark} 198503 1 002`)).toBe('196207041985031002')
      expect(PhoneField.parse(`0812${mark}-3456-7890`)).toBe('+6281234567890')
      expect(digitsOnly(`08${mark}12`)).toBe('0812')
      expect(phoneQueryForms(`0812${mark}3456`)).toContain('628123456')
    },
  )

  it('name a character that still is not a digit, so it can be found', () => {
    const nik = NikField.safeParse('3273O14105900001')
    expect(nik.success).toBe(false)
    expect(nik.error?.issues[0]).toMatchObject({ message: 'nik_char', params: { char: '“O”' } })
    const nip = NipField.safeParse('19620704/198503 1 002')
    expect(nip.error?.issues[0]).toMatchObject({ message: 'nip_char', params: { char: '“/”' } })
    expect(normalizePhone('0812-3456-7890 🙏')).toMatchObject({
      ok: false,
      error: 'phone_char',
      params: { char: '“🙏”' },
    })
    // A lookalike space that is no separator (an ideographic space is one; an em quad is not invisible).
    expect(NikField.safeParse('32730141059000012').error?.issues[0]?.message).toBe('nik_format')
  })
})

describe('one reading of a phone number, at registration and in the search box', () => {
  const stored = (typed: string) => {
    const parsed = normalizePhone(typed)
    if (!parsed.ok) throw new Error(`${typed}: ${parsed.error}`)
    return parsed.value.e164
  }

  it('registers every usual way of writing one mobile as the same number', () => {
    for (const typed of [
      '0812-3456-7890',
      '+62 0812 3456 7890',
      '(+62) 812 3456 7890',
      '812-3456-7890',
      '62 812 3456 7890',
      '+62-812-3456-7890',
    ]) {
      expect(stored(typed), typed).toBe('+6281234567890')
    }
    expect(stored('857 1234 5678')).toBe('+6285712345678')
  })

  it('looks a whole number up under the forms it was stored with, however it is typed', () => {
    for (const typed of ['0812-3456-7890', '+62 0812 3456 7890', '(+62) 812 3456 7890', '812-3456-7890']) {
      const forms = phoneQueryForms(typed)
      expect(forms, typed).toContain('6281234567890')
      expect(forms, typed).toContain('081234567890')
    }
    expect(phoneQueryForms('857 1234 5678')).toContain('085712345678')
  })

  it('reads the first digits of a number being typed the same way', () => {
    for (const typed of ['0812 34', '+62 812 34', '+62 0812 34', '(+62) 812 34', '62 812 34', '812 34']) {
      const forms = phoneQueryForms(typed)
      expect(forms, typed).toContain('6281234')
      expect(forms, typed).toContain('081234')
    }
  })

  it('keeps an ID number as typed, even one whose region code looks like a country code', () => {
    // Kalimantan Tengah's NIKs start with 62, Maluku's with 81.
    expect(phoneQueryForms('6271 0123')).toContain('62710123')
    expect(phoneQueryForms('8171 02')).toContain('817102')
    expect(phoneQueryForms('19')).toEqual([])
  })
})
