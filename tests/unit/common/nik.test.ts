import { describe, expect, it } from 'vitest'
import type { NikInfo } from '../../../common/identity/nik'
import { maskNik, parseNik } from '../../../common/identity/nik'
import { digitsOnly } from '../../../common/identity/normalize'
import { PROVINCES } from '../../../common/identity/provinces'
import type { IdentityWarningCode } from '../../../common/identity/warnings'

const TODAY = '2026-11-23'

function nik(input: string, today = TODAY): NikInfo {
  const parsed = parseNik(input, today)
  if (!parsed.ok) throw new Error(`expected ${input} to parse, got ${parsed.error}`)
  return parsed.value
}
const codes = (info: NikInfo): IdentityWarningCode[] => info.warnings.map((w) => w.code)

describe('parseNik', () => {
  it('reads region, birth date, sex and serial of a man’s NIK (Kabupaten Bogor, Cibinong)', () => {
    // 32 01 01 | 12 03 85 | 0002: born 12 March 1985, day not raised by 40 → male.
    expect(nik('3201011203850002')).toEqual({
      kind: 'nik',
      number: '3201011203850002',
      provinceCode: '32',
      regencyCode: '3201',
      districtCode: '320101',
      birthDate: '1985-03-12',
      sex: 'male',
      serial: '0002',
      warnings: [],
    })
  })

  it('takes 40 off the day for a woman (Kota Bandung, Sukasari: 41 05 90 = 1 May 1990)', () => {
    const info = nik('3273014105900001')
    expect(info).toMatchObject({
      regencyCode: '3273',
      birthDate: '1990-05-01',
      sex: 'female',
      serial: '0001',
    })
    expect(info.warnings).toEqual([])
    // 71 = 31 + 40: the last possible day of a woman's month.
    expect(nik('3273017112990003')).toMatchObject({ birthDate: '1999-12-31', sex: 'female' })
  })

  it('accepts the separators people type or copy from a card', () => {
    for (const typed of [
      '3201 0112 0385 0002',
      '32.01.01-120385-0002',
      ' 320101 120385 0002 ',
      '320101\u00a0120385‑0002',
    ]) {
      expect(nik(typed).number).toBe('3201011203850002')
    }
    expect(digitsOnly('19620704 198503 1 002')).toBe('196207041985031002')
  })

  it('refuses only what cannot be a NIK: wrong length or other characters', () => {
    for (const typed of [
      '',
      '320101120385000',
      '32010112038500021',
      '320101120385OOO2',
      '3201/0112/0385/0002',
      'NIK 3201011203850002',
    ]) {
      expect(parseNik(typed, TODAY)).toEqual({ ok: false, error: 'nik_format' })
    }
  })

  it('warns, with the date in the message, when the birth digits make no date', () => {
    const info = nik('3201013102850001')
    expect(info.birthDate).toBeNull()
    expect(info.sex).toBe('male')
    expect(codes(info)).toEqual(['birth_date_invalid'])
    expect(info.warnings[0]?.message).toEqual({
      id: 'Tanggal lahir pada NIK (31-02-85) tidak ada di kalender.',
      en: 'The birth date in the NIK (31-02-85) does not exist in the calendar.',
    })
    // A woman's 71-02-85 is the same impossible 31 February; the message shows the real day.
    const woman = nik('3201017102850001')
    expect(woman).toMatchObject({ birthDate: null, sex: 'female' })
    expect(woman.warnings[0]?.message.id).toContain('(31-02-85)')
    // Day 00, day 32–40 (neither a man's nor a woman's day) and month 13 make no date either.
    for (const typed of ['3201010003850001', '3201013503850001', '3201011213850001']) {
      expect(codes(nik(typed))).toEqual(['birth_date_invalid'])
    }
  })

  it('knows leap years', () => {
    expect(nik('3201012902000001').birthDate).toBe('2000-02-29')
    expect(nik('3201016902000001')).toMatchObject({ birthDate: '2000-02-29', sex: 'female' })
    expect(nik('3201012902010001').birthDate).toBeNull()
  })

  it('puts a two-digit year in this century unless that is after this year', () => {
    expect(nik('3201011001260001').birthDate).toBe('2026-01-10') // a baby's NIK (KIA)
    expect(nik('3201010101270001').birthDate).toBe('1927-01-01')
    expect(nik('3201010101990001').birthDate).toBe('1999-01-01')
    expect(nik('3201010101000001').birthDate).toBe('2000-01-01')
    // The same digits a year later belong to a child born in 2027.
    expect(nik('3201010101270001', '2027-06-01').birthDate).toBe('2027-01-01')
  })

  it('warns when the birth date is after today', () => {
    const info = nik('3201011512260001')
    expect(info.birthDate).toBe('2026-12-15')
    expect(codes(info)).toEqual(['birth_date_future'])
    expect(info.warnings[0]?.message.en).toBe('The birth date in the NIK (15-12-26) is later than today.')
  })

  it('warns on a province code that is not one of the 38 provinces', () => {
    for (const code of ['00', '20', '37', '99']) {
      const info = nik(`${code}01011203850002`)
      expect(codes(info)).toEqual(['province_unknown'])
      expect(info.warnings[0]?.message.id).toBe(
        `Kode provinsi ${code} pada NIK bukan kode salah satu dari 38 provinsi.`,
      )
    }
    // The 2022 Papua provinces are real.
    for (const code of ['91', '92', '93', '94', '95', '96'])
      expect(nik(`${code}01011203850002`).warnings).toEqual([])
  })

  it('warns on serial 0000 and adds up every oddity at once', () => {
    expect(codes(nik('3201011203850000'))).toEqual(['serial_zero'])
    expect(codes(nik('9901013102850000'))).toEqual(['birth_date_invalid', 'province_unknown', 'serial_zero'])
  })

  it('says every warning in Indonesian and English, with no placeholder left', () => {
    const info = nik('9901013102850000')
    for (const { message } of info.warnings) {
      expect(message.id).not.toMatch(/[{}]/)
      expect(message.en).not.toMatch(/[{}]/)
      expect(message.id).not.toBe(message.en)
    }
  })

  it('refuses a malformed `today` loudly: it is a caller bug, not a visitor’s typo', () => {
    expect(() => parseNik('3201011203850002', '23-11-2026')).toThrow(RangeError)
    expect(() => parseNik('3201011203850002', '2026-02-30')).toThrow(RangeError)
  })
})

describe('PROVINCES', () => {
  it('lists the 38 provinces by code', () => {
    expect(Object.keys(PROVINCES)).toHaveLength(38)
    expect(PROVINCES['32']).toBe('Jawa Barat')
    expect(PROVINCES['31']).toBe('DKI Jakarta')
    expect(PROVINCES['96']).toBe('Papua Barat Daya')
  })
})

describe('maskNik', () => {
  it('keeps the first and last four digits of a NIK', () => {
    expect(maskNik('3201011203850002')).toBe('3201••••••••0002')
    expect(maskNik('3201 0112 0385 0002')).toBe('3201••••••••0002')
  })

  it('hides at least half of shorter input and everything of very short input', () => {
    expect(maskNik('12345678')).toBe('12••••78')
    expect(maskNik('1234567')).toBe('1•••••7')
    expect(maskNik('123')).toBe('•••')
    expect(maskNik('')).toBe('')
    // Longer input (an NIP) still shows only four digits on each side.
    expect(maskNik('196207041985031002')).toBe('1962••••••••••1002')
  })
})
