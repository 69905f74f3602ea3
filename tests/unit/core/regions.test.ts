import { getProvinces } from 'idn-area-data'
import type * as IdnArea from 'idn-area-data'
import { describe, expect, it, vi } from 'vitest'
import { PROVINCES } from '../../../common/identity/provinces'
import { inspectNik, readableName, regionNames } from '../../../core/identity/regions'

const TODAY = '2026-11-23'

/** Counts reads of the districts file (the big one), to see the cache at work. */
const reads = vi.hoisted(() => ({ districts: 0 }))
vi.mock('idn-area-data', async (importOriginal) => {
  const original = await importOriginal<typeof IdnArea>()
  return {
    ...original,
    getDistricts: () => {
      reads.districts++
      return original.getDistricts()
    },
  }
})

describe('regionNames', () => {
  it('names province, regency and district of a NIK’s first six digits, readably', async () => {
    expect(await regionNames('320101')).toEqual({
      province: 'Jawa Barat',
      regency: 'Kabupaten Bogor',
      district: 'Cibinong',
    })
    expect(await regionNames('327301')).toEqual({
      province: 'Jawa Barat',
      regency: 'Kota Bandung',
      district: 'Sukasari',
    })
    expect(await regionNames('130203')).toEqual({
      province: 'Sumatera Barat',
      regency: 'Kabupaten Solok',
      district: 'Pantai Cermin',
    })
  })

  it('keeps DKI and DI, and the small words, as they are written', async () => {
    expect(await regionNames('310101')).toEqual({
      province: 'DKI Jakarta',
      regency: 'Kabupaten Administrasi Kepulauan Seribu',
      district: 'Kepulauan Seribu Utara',
    })
    expect((await regionNames('347101')).province).toBe('Daerah Istimewa Yogyakarta')
    expect((await regionNames('731001')).regency).toBe('Kabupaten Pangkajene dan Kepulauan')
    expect(readableName('DI YOGYAKARTA')).toBe('DI Yogyakarta')
  })

  it('keeps district names with Roman numerals as the data gives them', async () => {
    const { district } = await regionNames('130308')
    expect(district).toBe('Koto VII')
  })

  it('answers null for codes the data does not hold', async () => {
    expect(await regionNames('329901')).toEqual({ province: 'Jawa Barat', regency: null, district: null })
    expect(await regionNames('990101')).toEqual({ province: null, regency: null, district: null })
  })

  it('agrees with the province list common/ ships for the web', async () => {
    const provinces = await getProvinces()
    expect(provinces.map((p) => p.code).sort()).toEqual(Object.keys(PROVINCES).sort())
    for (const { code } of provinces)
      expect((await regionNames(`${code}0000`)).province).toBe(PROVINCES[code])
  })

  it('loads the data once, however many lookups arrive at the same time', async () => {
    vi.resetModules()
    const fresh = await import('../../../core/identity/regions')
    const before = reads.districts
    const answers = await Promise.all(Array.from({ length: 50 }, () => fresh.regionNames('3273.01')))
    expect(new Set(answers.map((a) => a.regency))).toEqual(new Set(['Kota Bandung']))
    await fresh.regionNames('320101')
    expect(reads.districts - before).toBe(1)
  })
})

describe('inspectNik', () => {
  it('adds the region to a parsed NIK', async () => {
    const result = await inspectNik('3273 0141 0590 0001', TODAY)
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'nik',
        number: '3273014105900001',
        provinceCode: '32',
        regencyCode: '3273',
        districtCode: '327301',
        birthDate: '1990-05-01',
        sex: 'female',
        serial: '0001',
        warnings: [],
        region: { province: 'Jawa Barat', regency: 'Kota Bandung', district: 'Sukasari' },
        issuedUnder: null,
      },
    })
  })

  it('reads a Kota Tarakan NIK issued under Kalimantan Timur’s 64.73 as Kalimantan Utara now, without a warning', async () => {
    const result = await inspectNik('6473 0141 0590 0001', TODAY)
    if (!result.ok) throw new Error('refused')
    expect(result.value.region).toEqual({
      province: 'Kalimantan Timur',
      regency: 'Kota Tarakan',
      district: 'Tarakan Barat',
    })
    expect(result.value.issuedUnder).toMatchObject({
      code: '64.73.01',
      nowCode: '65.71.01',
      now: { province: 'Kalimantan Utara', regency: 'Kota Tarakan', district: 'Tarakan Barat' },
    })
    expect(result.value.warnings).toEqual([])
  })

  it('warns, without refusing, on a district code no longer in the data (Kabupaten Solok’s 13.02.01)', async () => {
    const result = await inspectNik('1302011203850002', TODAY)
    if (!result.ok) throw new Error('refused')
    expect(result.value.region).toEqual({
      province: 'Sumatera Barat',
      regency: 'Kabupaten Solok',
      district: null,
    })
    expect(result.value.warnings.map((w) => w.code)).toEqual(['region_unknown'])
    expect(result.value.warnings[0]?.message.id).toContain('Kode wilayah 13.02.01 pada NIK tidak ada')
    expect(result.value.warnings[0]?.message.en).toContain('before a regency split')
  })

  it('names the regency code when the regency itself is unknown', async () => {
    const result = await inspectNik('1399011203850002', TODAY)
    if (!result.ok) throw new Error('refused')
    expect(result.value.warnings.map((w) => w.code)).toEqual(['region_unknown'])
    expect(result.value.warnings[0]?.message.en).toContain('Region code 13.99 ')
  })

  it('does not repeat an unknown province as an unknown region', async () => {
    const result = await inspectNik('9901011203850002', TODAY)
    if (!result.ok) throw new Error('refused')
    expect(result.value.warnings.map((w) => w.code)).toEqual(['province_unknown'])
    expect(result.value.region).toEqual({ province: null, regency: null, district: null })
  })

  it('passes a refusal through', async () => {
    expect(await inspectNik('3273 0141 0590', TODAY)).toEqual({ ok: false, error: 'nik_format' })
  })
})
