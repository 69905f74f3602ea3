import { describe, expect, it } from 'vitest'
import type { NipInfo } from '../../../common/identity/nip'
import { parseNip } from '../../../common/identity/nip'
import type { IdentityWarningCode } from '../../../common/identity/warnings'

const TODAY = '2026-11-23'

function nip(input: string, today = TODAY): NipInfo {
  const parsed = parseNip(input, today)
  if (!parsed.ok) throw new Error(`expected ${input} to parse, got ${parsed.error}`)
  return parsed.value
}
const codes = (info: NipInfo): IdentityWarningCode[] => info.warnings.map((w) => w.code)

describe('parseNip', () => {
  it('reads the NIPs printed in the SOPs as they are printed', () => {
    // Sekretaris BPSDM PMDDT (seeds/000): born 4 July 1962, CPNS March 1985, male, serial 002.
    expect(nip('19620704 198503 1 002')).toEqual({
      kind: 'nip',
      number: '196207041985031002',
      birthDate: '1962-07-04',
      appointment: '1985-03',
      employment: 'pns',
      sex: 'male',
      serial: '002',
      warnings: [],
    })
    // Inspektur Jenderal (seeds/002).
    expect(nip('19610612 198903 1 003')).toMatchObject({
      birthDate: '1961-06-12',
      appointment: '1989-03',
      employment: 'pns',
      sex: 'male',
      serial: '003',
      warnings: [],
    })
  })

  it('reads a PPPK NIP: 21 in place of the month, the appointment is a year', () => {
    expect(nip('19850312 202121 2 001')).toEqual({
      kind: 'nip',
      number: '198503122021212001',
      birthDate: '1985-03-12',
      appointment: '2021',
      employment: 'pppk',
      sex: 'female',
      serial: '001',
      warnings: [],
    })
  })

  it('refuses only what cannot be a NIP', () => {
    for (const typed of [
      '',
      '19620704 198503 1 00',
      '1962070419850310020',
      '19620704 198503 1 OO2',
      'NIP. 19620704 198503 1 002',
    ]) {
      expect(parseNip(typed, TODAY)).toEqual({ ok: false, error: 'nip_format' })
    }
    // A 16-digit NIK typed into the NIP field is not an NIP.
    expect(parseNip('3201011203850002', TODAY)).toEqual({ ok: false, error: 'nip_format' })
  })

  it('warns on an appointment month that does not exist', () => {
    for (const month of ['00', '13', '20', '22', '99']) {
      const info = nip(`19620704 1985${month} 1 002`)
      expect(info).toMatchObject({ appointment: null, employment: 'pns' })
      expect(codes(info)).toEqual(['appointment_invalid'])
      expect(info.warnings[0]?.message.id).toContain(`(${month})`)
    }
  })

  it('warns on a sex digit other than 1 or 2, and on serial 000', () => {
    const info = nip('19620704 198503 3 000')
    expect(info.sex).toBeNull()
    expect(codes(info)).toEqual(['sex_digit_invalid', 'serial_zero'])
    expect(info.warnings[0]?.message).toEqual({
      id: 'Digit jenis kelamin pada NIP adalah 3; seharusnya 1 (laki-laki) atau 2 (perempuan).',
      en: 'The sex digit in the NIP is 3; it should be 1 (male) or 2 (female).',
    })
  })

  it('warns on an impossible, future or implausibly old birth date', () => {
    const invalid = nip('19620231 198503 1 002')
    expect(invalid.birthDate).toBeNull()
    expect(codes(invalid)).toEqual(['birth_date_invalid'])
    expect(invalid.warnings[0]?.message.id).toBe('Tanggal lahir pada NIP (31-02-1962) tidak ada di kalender.')
    expect(codes(nip('20270101 202501 1 002'))).toContain('birth_date_future')
    const old = nip('18990101 192001 1 001')
    expect(codes(old)).toEqual(['age_implausible'])
    expect(old.warnings[0]?.message.en).toBe(
      'The birth date in the NIP (01-01-1899) means an age over 120 years.',
    )
  })

  it('warns on an appointment before the holder turned 15', () => {
    // Born 1 January 1990: appointed June 2004 (aged 14) is a typo; January 2005 (turned 15) passes.
    const young = nip('19900101 200406 1 001')
    expect(codes(young)).toEqual(['appointment_before_adulthood'])
    expect(young.warnings[0]?.message.id).toBe(
      'Pengangkatan pada NIP (06-2004) terjadi sebelum pemiliknya berusia 15 tahun.',
    )
    expect(nip('19900101 200501 1 001').warnings).toEqual([])
    // PPPK: only the year is known, so only a whole year before the 15th birthday is flagged.
    expect(codes(nip('19900615 200421 1 001'))).toEqual(['appointment_before_adulthood'])
    expect(nip('19900615 200521 1 001').warnings).toEqual([])
  })

  it('warns on an appointment after today', () => {
    expect(codes(nip('19900101 202612 1 001'))).toEqual(['appointment_future'])
    expect(nip('19900101 202611 1 001').warnings).toEqual([]) // this month
    expect(codes(nip('19900101 202721 1 001'))).toEqual(['appointment_future'])
    expect(nip('19900101 202621 1 001').warnings).toEqual([]) // this year's PPPK intake
  })
})
