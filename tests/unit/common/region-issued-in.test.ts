import { describe, expect, it } from 'vitest'
import { issuedInNames } from '../../../common/identity/nik'

describe('issuedInNames', () => {
  it('says where a NIK was issued and only what is named differently now', () => {
    expect(
      issuedInNames({
        code: '92.71.01',
        then: { province: 'Papua Barat', regency: 'Kota Sorong', district: 'Sorong' },
        nowCode: '96.71.01',
        now: { province: 'Papua Barat Daya', regency: 'Kota Sorong', district: 'Sorong' },
        retiredBy: 'Kepmendagri No. 300.2.2-2138 Tahun 2025',
      }),
    ).toEqual({ place: 'Kota Sorong, Papua Barat', now: 'Papua Barat Daya' })
  })

  it('gives no new name when only the code changed, so the card shows the new code', () => {
    const names = { province: 'Papua', regency: 'Kabupaten X', district: 'Y' }
    expect(
      issuedInNames({ code: '91.99', then: names, nowCode: '91.98', now: names, retiredBy: 'K' }),
    ).toEqual({
      place: 'Kabupaten X, Papua',
      now: null,
    })
  })
})
