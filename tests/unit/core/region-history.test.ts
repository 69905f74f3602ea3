import { getDistricts, getProvinces, getRegencies } from 'idn-area-data'
import { describe, expect, it } from 'vitest'
import { ProvinceSplitsFile, RegionHistoryFile } from '../../../core/identity/region-history'
import { inspectNik } from '../../../core/identity/regions'
import historyFile from '../../../resources/regions/history.json'
import splitsFile from '../../../resources/regions/province-splits.json'

const TODAY = '2026-11-30'

async function read(nik: string) {
  const result = await inspectNik(nik, TODAY)
  if (!result.ok) throw new Error(`refused ${nik}`)
  return result.value
}

describe('a NIK issued under a code a later decree withdrew', () => {
  it('reads 9271011203850002 as issued in Kota Sorong, Papua Barat, now Papua Barat Daya, with no warning', async () => {
    const value = await read('9271011203850002')
    expect(value.region).toEqual({ province: 'Papua Barat', regency: 'Kota Sorong', district: 'Sorong' })
    expect(value.issuedUnder).toEqual({
      code: '92.71.01',
      then: { province: 'Papua Barat', regency: 'Kota Sorong', district: 'Sorong' },
      nowCode: '96.71.01',
      now: { province: 'Papua Barat Daya', regency: 'Kota Sorong', district: 'Sorong' },
      retiredBy: 'Kepmendagri No. 300.2.2-2138 Tahun 2025',
    })
    expect(value.warnings).toEqual([])
  })

  it.each([
    // UU 14/2022, 15/2022, 16/2022: Papua's regencies renumbered into the three new provinces.
    ['9101011203850002', 'Kabupaten Merauke', 'Papua', '93.01.01', 'Papua Selatan'],
    ['9109011203850002', 'Kabupaten Mimika', 'Papua', '94.04.01', 'Papua Tengah'],
    ['9102011203850002', 'Kabupaten Jayawijaya', 'Papua', '95.01.01', 'Papua Pegunungan'],
    // UU 29/2022: Kabupaten Sorong.
    ['9201011203850002', 'Kabupaten Sorong', 'Papua Barat', '96.01.01', 'Papua Barat Daya'],
  ])('%s: issued in %s, %s — now %s in %s', async (nik, regency, province, nowCode, nowProvince) => {
    const value = await read(nik)
    expect(value.region.regency).toBe(regency)
    expect(value.region.province).toBe(province)
    expect(value.region.district).not.toBeNull()
    expect(value.issuedUnder?.nowCode).toBe(nowCode)
    expect(value.issuedUnder?.now.province).toBe(nowProvince)
    expect(value.issuedUnder?.now.regency).toBe(regency)
    expect(value.warnings).toEqual([])
  })

  it('explains a withdrawn regency whose district the history lacks, and warns only of the district', async () => {
    const value = await read('9271991203850002')
    expect(value.issuedUnder).toMatchObject({ code: '92.71', nowCode: '96.71' })
    expect(value.region).toEqual({ province: 'Papua Barat', regency: 'Kota Sorong', district: null })
    expect(value.warnings.map((w) => w.code)).toEqual(['region_unknown'])
    expect(value.warnings[0]?.message.id).toContain('92.71.99')
  })

  it('keeps reading current codes as before', async () => {
    const value = await read('9671011203850002')
    expect(value.region).toEqual({ province: 'Papua Barat Daya', regency: 'Kota Sorong', district: 'Sorong' })
    expect(value.issuedUnder).toBeNull()
    expect(value.warnings).toEqual([])
  })
})

describe('a regency code of a province that a law split before the data begins (2015)', () => {
  // No Kemendagri code list older than Permendagri 56/2015 was found, so which regency such a code
  // was is not known; the warning names the split and the regencies the law moved instead.
  it.each([
    [
      '6473011203850002',
      '64.73',
      'Kalimantan Timur',
      'Kalimantan Utara (UU No. 20 Tahun 2012',
      'Kota Tarakan',
    ],
    [
      '7330011203850002',
      '73.30',
      'Sulawesi Selatan',
      'Sulawesi Barat (UU No. 26 Tahun 2004',
      'Kabupaten Mamuju',
    ],
    ['3230011203850002', '32.30', 'Jawa Barat', 'Banten (UU No. 23 Tahun 2000', 'Kota Cilegon'],
    [
      '1630011203850002',
      '16.30',
      'Sumatera Selatan',
      'Kepulauan Bangka Belitung (UU No. 27 Tahun 2000',
      'Kabupaten Belitung',
    ],
    ['1430011203850002', '14.30', 'Riau', 'Kepulauan Riau (UU No. 25 Tahun 2002', 'Kota Batam'],
    ['7130011203850002', '71.30', 'Sulawesi Utara', 'Gorontalo (UU No. 38 Tahun 2000', 'Kabupaten Boalemo'],
    ['8130011203850002', '81.30', 'Maluku', 'Maluku Utara (UU No. 46 Tahun 1999', 'Kota Ternate'],
  ])('%s warns that %s may predate the split of %s', async (nik, code, province, split, regency) => {
    const value = await read(nik)
    expect(value.region.province).toBe(province)
    expect(value.issuedUnder).toBeNull()
    expect(value.warnings.map((w) => w.code)).toEqual(['region_split'])
    const message = value.warnings[0]?.message
    expect(message?.id).toContain(`Kode wilayah ${code}`)
    expect(message?.id).toContain(split)
    expect(message?.en).toContain(regency)
  })
})

describe('resources/regions', () => {
  it('history.json is well-formed: every successor is a current code, sources are cited', async () => {
    const history = RegionHistoryFile.parse(historyFile)
    expect(history.sources.length).toBeGreaterThan(0)
    const [regencies, districts] = await Promise.all([getRegencies(), getDistricts()])
    const current = new Set([...regencies, ...districts].map((r) => r.code.replaceAll('.', '')))
    const entries = Object.entries(history.codes)
    expect(entries.length).toBeGreaterThan(500)
    for (const [code, entry] of entries) {
      expect(current.has(code), `${code} is retired, not current`).toBe(false)
      expect(current.has(entry.successor), `${code} → ${entry.successor}`).toBe(true)
      expect(entry.successor.length).toBe(code.length)
    }
  })

  it('province-splits.json names real provinces, and agrees with the history on Papua', async () => {
    const { splits, sources } = ProvinceSplitsFile.parse(splitsFile)
    expect(sources.length).toBeGreaterThan(0)
    const provinces = new Set((await getProvinces()).map((p) => p.code))
    for (const split of splits) {
      expect(provinces.has(split.from)).toBe(true)
      expect(provinces.has(split.to)).toBe(true)
    }
    // Each Papua regency the history moved went to the province its law names.
    const history = RegionHistoryFile.parse(historyFile)
    for (const [code, entry] of Object.entries(history.codes)) {
      if (entry.level !== 'regency') continue
      const split = splits.find((s) => s.from === code.slice(0, 2) && s.to === entry.successor.slice(0, 2))
      expect(split?.regencies, `${code} ${entry.name}`).toContain(entry.name)
    }
  })
})
