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

describe('a NIK issued under Kalimantan Timur before Kalimantan Utara was formed (UU 20/2012)', () => {
  // Permendagri 18/2013's list still has Kalimantan Utara's regencies under 64: the history follows
  // them by name to 65 (Permendagri 56/2015).
  it('reads 6404011203850002 as issued in Tanjung Palas, Kabupaten Bulungan, Kalimantan Timur — now Kalimantan Utara', async () => {
    const value = await read('6404011203850002')
    expect(value.region).toEqual({
      province: 'Kalimantan Timur',
      regency: 'Kabupaten Bulungan',
      district: 'Tanjung Palas',
    })
    expect(value.issuedUnder).toEqual({
      code: '64.04.01',
      then: { province: 'Kalimantan Timur', regency: 'Kabupaten Bulungan', district: 'Tanjung Palas' },
      nowCode: '65.01.01',
      now: { province: 'Kalimantan Utara', regency: 'Kabupaten Bulungan', district: 'Tanjung Palas' },
      retiredBy: 'Permendagri No. 56 Tahun 2015',
    })
    expect(value.warnings).toEqual([])
  })

  it.each([
    ['6473031203850002', 'Kota Tarakan', 'Tarakan Timur', '65.71.03'],
    ['6405021203850002', 'Kabupaten Nunukan', 'Nunukan', '65.03.02'],
    ['6406021203850002', 'Kabupaten Malinau', 'Malinau Kota', '65.02.02'],
    ['6410011203850002', 'Kabupaten Tana Tidung', 'Sesayap', '65.04.01'],
  ])('%s: issued in %s (%s) — now %s, Kalimantan Utara', async (nik, regency, district, nowCode) => {
    const value = await read(nik)
    expect(value.region).toEqual({ province: 'Kalimantan Timur', regency, district })
    expect(value.issuedUnder?.nowCode).toBe(nowCode)
    expect(value.issuedUnder?.now).toEqual({ province: 'Kalimantan Utara', regency, district })
    expect(value.warnings).toEqual([])
  })

  it('explains the regency of a district code the data cannot follow (Peso Ilir, 64.04.08), and warns of the district', async () => {
    const value = await read('6404081203850002')
    expect(value.issuedUnder).toMatchObject({ code: '64.04', nowCode: '65.01' })
    expect(value.region).toEqual({
      province: 'Kalimantan Timur',
      regency: 'Kabupaten Bulungan',
      district: null,
    })
    expect(value.warnings.map((w) => w.code)).toEqual(['region_unknown'])
    expect(value.warnings[0]?.message.id).toContain('64.04.08')
  })

  it('warns of a 64 code no list ever gave as unknown, not as a trace of the split', async () => {
    const value = await read('6430011203850002')
    expect(value.region).toEqual({ province: 'Kalimantan Timur', regency: null, district: null })
    expect(value.issuedUnder).toBeNull()
    expect(value.warnings.map((w) => w.code)).toEqual(['region_unknown'])
    expect(value.warnings[0]?.message.id).toContain('Kode wilayah 64.30 ')
  })
})

describe('a district code withdrawn between Permendagri 18/2013 and 56/2015', () => {
  it.each([
    // Kabupaten Pangandaran, formed from Ciamis (UU 21/2012).
    [
      '3207221203850002',
      'Jawa Barat',
      'Kabupaten Ciamis',
      'Pangandaran',
      '32.18.09',
      'Kabupaten Pangandaran',
    ],
    // Kabupaten Mahakam Ulu, formed from Kutai Barat (UU 2/2013).
    [
      '6407011203850002',
      'Kalimantan Timur',
      'Kabupaten Kutai Barat',
      'Long Apari',
      '64.11.04',
      'Kabupaten Mahakam Ulu',
    ],
    // Kabupaten Musi Rawas Utara, formed from Musi Rawas (UU 16/2013).
    [
      '1605071203850002',
      'Sumatera Selatan',
      'Kabupaten Musi Rawas',
      'Rupit',
      '16.13.01',
      'Kabupaten Musi Rawas Utara',
    ],
  ])(
    '%s: issued in %s, %s, %s — now %s in %s',
    async (nik, province, regency, district, nowCode, nowRegency) => {
      const value = await read(nik)
      expect(value.region).toEqual({ province, regency, district })
      expect(value.issuedUnder).toMatchObject({
        nowCode,
        now: { province, regency: nowRegency, district },
        retiredBy: 'Permendagri No. 56 Tahun 2015',
      })
      expect(value.warnings).toEqual([])
    },
  )

  it('still warns of a district code that never existed under a current regency', async () => {
    const value = await read('6407991203850002')
    expect(value.issuedUnder).toBeNull()
    expect(value.region).toEqual({
      province: 'Kalimantan Timur',
      regency: 'Kabupaten Kutai Barat',
      district: null,
    })
    expect(value.warnings.map((w) => w.code)).toEqual(['region_unknown'])
    expect(value.warnings[0]?.message.id).toContain('Kode wilayah 64.07.99 ')
  })
})

describe('a regency code of a province that a law split before the oldest code list (2013)', () => {
  // The oldest Kemendagri list found as data, Permendagri 18/2013, already has these provinces, so
  // which regency such a code was is not known; the warning names the split and the regencies the
  // law moved instead.
  it.each([
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

  it('no longer names a split whose moved regencies the history gives (Papua, 2022)', async () => {
    const value = await read('9199011203850002')
    expect(value.issuedUnder).toBeNull()
    expect(value.warnings.map((w) => w.code)).toEqual(['region_unknown'])
  })
})

describe('resources/regions', () => {
  it('history.json is well-formed: every successor is a current code, sources are cited', async () => {
    const history = RegionHistoryFile.parse(historyFile)
    expect(history.sources.map((s) => s.url)).toEqual(
      expect.arrayContaining([
        'https://github.com/cahyadsn/wilayah',
        'https://github.com/benangmerah/wilayah',
      ]),
    )
    for (const source of history.sources.filter((s) => !s.url.includes('/blob/')))
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/)
    expect(history.sources.map((s) => s.name)).toContain(
      'Permendagri No. 18 Tahun 2013, Lampiran I (Buku Induk; penduduk Desember 2012)',
    )
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

  it('province-splits.json names real provinces, and agrees with the history on Kalimantan Utara and Papua', async () => {
    const { splits, sources } = ProvinceSplitsFile.parse(splitsFile)
    expect(sources.length).toBeGreaterThan(0)
    const provinces = new Set((await getProvinces()).map((p) => p.code))
    for (const split of splits) {
      expect(provinces.has(split.from)).toBe(true)
      expect(provinces.has(split.to)).toBe(true)
    }
    // Each regency the history moved to another province went to the one its law names.
    const history = RegionHistoryFile.parse(historyFile)
    for (const [code, entry] of Object.entries(history.codes)) {
      if (entry.level !== 'regency') continue
      const split = splits.find((s) => s.from === code.slice(0, 2) && s.to === entry.successor.slice(0, 2))
      expect(split?.regencies, `${code} ${entry.name}`).toContain(entry.name)
    }
  })
})
