import { getDistricts, getProvinces, getRegencies } from 'idn-area-data'
import type { IssuedUnder, NikInfo, ParseResult, RegionNames } from '../../common/identity/nik'
import { parseNik } from '../../common/identity/nik'
import { digitsOnly } from '../../common/identity/normalize'
import type { IdentityWarning } from '../../common/identity/warnings'
import { identityWarning } from '../../common/identity/warnings'
import { regionHistory } from './region-history'

export type { RegionNames } from '../../common/identity/nik'

interface RegionIndex {
  /** By the package's dotted codes: '32', '32.01', '32.01.01'. */
  names: ReadonlyMap<string, string>
}

/** Abbreviations that stay capitals in a readable name. */
const ACRONYMS = new Set(['DKI', 'DI'])
/** Joining words that stay lower-case inside a name ('Pangkajene dan Kepulauan'). */
const LOWER = new Set(['DAN'])

/**
 * The package writes provinces and regencies in capitals ('KABUPATEN ACEH SELATAN'); receipts and
 * screens show 'Kabupaten Aceh Selatan'. District names already come in mixed case, with Roman
 * numerals ('IV Koto', 'Koto VII') that a naive title case would spoil, so they are kept as given.
 */
export function readableName(upper: string): string {
  return upper
    .trim()
    .split(/\s+/)
    .map((word, index) => {
      if (ACRONYMS.has(word)) return word
      if (index > 0 && LOWER.has(word)) return word.toLowerCase()
      return word.charAt(0) + word.slice(1).toLowerCase()
    })
    .join(' ')
}

async function load(): Promise<RegionIndex> {
  const [provinces, regencies, districts] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
  ])
  const names = new Map<string, string>()
  for (const p of provinces) names.set(p.code, readableName(p.name))
  for (const r of regencies) names.set(r.code, readableName(r.name))
  for (const d of districts) names.set(d.code, d.name.trim())
  return { names }
}

let loading: Promise<RegionIndex> | null = null

/** One read of the package's CSV files per process; a failed read is retried on the next call. */
function regionIndex(): Promise<RegionIndex> {
  loading ??= load().catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}

/** Loaded once on first use and cached (the data is ~7,000 districts). */
export async function regionNames(code6: string): Promise<RegionNames> {
  const digits = digitsOnly(code6)
  const { names } = await regionIndex()
  const province = digits.slice(0, 2)
  const regency = `${province}.${digits.slice(2, 4)}`
  const district = `${regency}.${digits.slice(4, 6)}`
  return {
    province: names.get(province) ?? null,
    regency: names.get(regency) ?? null,
    district: names.get(district) ?? null,
  }
}

/** '927101' → '92.71.01'. */
const dotted = (digits: string): string => digits.replace(/(\d\d)(?=\d)/g, '$1.')

/**
 * Where a NIK with a withdrawn region code was issued (resources/regions/history.json, from
 * Permendagri No. 18 Tahun 2013 on; e.g. Kabupaten Bulungan's 64.04 before Kalimantan Utara): the district
 * code when the history has it, else its regency code; null when the history has neither, or when
 * the code is current. Names of then come from the decree that last had the code, names of now
 * from the current data, so the two never disagree with what the rest of the desk shows.
 */
export async function issuedUnder(code6: string): Promise<IssuedUnder | null> {
  const digits = digitsOnly(code6).slice(0, 6)
  const { codes } = regionHistory()
  const code = codes.has(digits) ? digits : digits.slice(0, 4)
  const retired = codes.get(code)
  if (!retired) return null
  const regencyThen = retired.level === 'regency' ? retired.name : retired.regency
  const districtThen = retired.level === 'district' ? retired.name : null
  const now = await regionNames(retired.successor.padEnd(6, '0'))
  return {
    code: dotted(code),
    then: { province: retired.province, regency: regencyThen, district: districtThen },
    nowCode: dotted(retired.successor),
    now: { ...now, district: retired.level === 'district' ? now.district : null },
    retiredBy: retired.retiredBy,
  }
}

/** 'Kalimantan Utara (UU No. 20 Tahun 2012: Kabupaten Bulungan, …)', for each province formed from this one. */
function splitsOf(provinceCode: string, provinceNames: ReadonlyMap<string, string>): string | null {
  const splits = regionHistory().splitsFrom.get(provinceCode)
  if (!splits) return null
  return splits
    .map((s) => `${provinceNames.get(s.to) ?? s.to} (${s.law}: ${s.regencies.join(', ')})`)
    .join('; ')
}

/**
 * The warning for a regency or district code the current data does not hold and the history does
 * not explain: `region_split` when the province is one that a law split before the oldest code list
 * in the history (Permendagri No. 18 Tahun 2013), so the code may be one that split withdrew and
 * that no list found gives; otherwise `region_unknown`. A split whose moved regencies the history
 * gives with their old codes (Kalimantan Utara, 2012; Papua, 2022) is no reason for doubt.
 */
async function unknownRegionWarning(provinceCode: string, missing: string): Promise<IdentityWarning> {
  const { names } = await regionIndex()
  const splits = splitsOf(provinceCode, names)
  if (splits === null) return identityWarning('region_unknown', { code: dotted(missing) })
  return identityWarning('region_split', {
    code: dotted(missing),
    province: names.get(provinceCode) ?? provinceCode,
    splits,
  })
}

/**
 * parseNik plus the region names. A code a later decree withdrew reads as the place it was issued
 * in (names of then) with `issuedUnder` saying what it is now, and no warning: NIKs are for life
 * (UU 23/2006 on Adminduk). A regency or district code neither the current data nor the history
 * knows gets a warning, never a refusal; an unknown province already has its own from parseNik.
 */
export async function inspectNik(
  input: string,
  today: string,
): Promise<ParseResult<NikInfo & { region: RegionNames; issuedUnder: IssuedUnder | null }>> {
  const parsed = parseNik(input, today)
  if (!parsed.ok) return parsed
  const info = parsed.value
  const current = await regionNames(info.districtCode)
  const history = current.district === null ? await issuedUnder(info.districtCode) : null
  const region: RegionNames = history ? history.then : current
  const warnings = [...info.warnings]
  if (region.province !== null && (region.regency === null || region.district === null)) {
    const missing = region.regency === null ? info.regencyCode : info.districtCode
    // A regency the history explains is no sign of an older split; only its district is unknown.
    warnings.push(
      history
        ? identityWarning('region_unknown', { code: dotted(missing) })
        : await unknownRegionWarning(info.provinceCode, missing),
    )
  }
  return { ok: true, value: { ...info, warnings, region, issuedUnder: history } }
}
