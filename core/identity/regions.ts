import { getDistricts, getProvinces, getRegencies } from 'idn-area-data'
import type { NikInfo, ParseResult } from '../../common/identity/nik'
import { parseNik } from '../../common/identity/nik'
import { digitsOnly } from '../../common/identity/normalize'
import { identityWarning } from '../../common/identity/warnings'

export interface RegionNames {
  province: string | null
  regency: string | null
  district: string | null
}

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

/**
 * parseNik plus the region names, and a `region_unknown` warning when the regency or district code is
 * not in the data (NIKs issued before a regency split can carry codes that no longer exist — a
 * warning, never a refusal). An unknown province already has its own warning from parseNik, so it
 * is not repeated here.
 */
export async function inspectNik(
  input: string,
  today: string,
): Promise<ParseResult<NikInfo & { region: RegionNames }>> {
  const parsed = parseNik(input, today)
  if (!parsed.ok) return parsed
  const info = parsed.value
  const region = await regionNames(info.districtCode)
  const warnings = [...info.warnings]
  if (region.province !== null && (region.regency === null || region.district === null)) {
    const missing = region.regency === null ? info.regencyCode : info.districtCode
    warnings.push(identityWarning('region_unknown', { code: missing.replace(/(\d\d)(?=\d)/g, '$1.') }))
  }
  return { ok: true, value: { ...info, warnings, region } }
}
