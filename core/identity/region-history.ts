import { z } from 'zod'
import historyFile from '../../resources/regions/history.json'
import splitsFile from '../../resources/regions/province-splits.json'

/**
 * The codes Kemendagri's code decrees withdrew since Permendagri No. 18 Tahun 2013, from
 * resources/regions/history.json (built by scripts/build-region-history.mjs from Lampiran I of that
 * decree, as benangmerah/wilayah holds it, and the dataset cahyadsn/wilayah from Permendagri No. 56
 * Tahun 2015 on), and the provinces formed by law from another (province-splits.json).
 */
const RetiredCode = z.object({
  level: z.enum(['regency', 'district']),
  /** Names as the last decree that had the code wrote them. */
  name: z.string(),
  regency: z.string().nullable(),
  province: z.string(),
  lastDecree: z.string(),
  /** The first decree in the data without the code (one between two in the data may have been first). */
  retiredBy: z.string(),
  /** The code the same place has now, digits only. */
  successor: z.string().regex(/^\d{4}(\d{2})?$/),
})
export type RetiredCode = z.infer<typeof RetiredCode>

const Source = z.object({ name: z.string().min(1), url: z.string().url(), commit: z.string().optional() })

export const RegionHistoryFile = z.object({
  sources: z.array(Source).min(1),
  /** By the retired code, digits only: '9271', '927101'. */
  codes: z.record(z.string().regex(/^\d{4}(\d{2})?$/), RetiredCode),
})

export const ProvinceSplitsFile = z.object({
  sources: z.array(Source).min(1),
  splits: z.array(
    z.object({
      from: z.string().regex(/^\d{2}$/),
      to: z.string().regex(/^\d{2}$/),
      law: z.string().min(1),
      regencies: z.array(z.string().min(1)).min(1),
    }),
  ),
})
export type ProvinceSplit = z.infer<typeof ProvinceSplitsFile>['splits'][number]

interface RegionHistory {
  codes: ReadonlyMap<string, RetiredCode>
  /**
   * By the parent province's code: the splits whose moved regencies the history does not all give
   * with their old code, so that an unknown code of that province may be one of theirs.
   */
  splitsFrom: ReadonlyMap<string, readonly ProvinceSplit[]>
}

/**
 * Whether the history gives the old code of every regency the law moved: a retired regency code of
 * the parent province, of that name, whose successor is in the new province. Then a code of the
 * parent province that neither the current data nor the history holds is no trace of the split.
 */
function splitInHistory(split: ProvinceSplit, codes: ReadonlyMap<string, RetiredCode>): boolean {
  const moved = new Set<string>()
  for (const [code, entry] of codes) {
    if (entry.level === 'regency' && code.startsWith(split.from) && entry.successor.startsWith(split.to))
      moved.add(entry.name)
  }
  return split.regencies.every((name) => moved.has(name))
}

let cached: RegionHistory | null = null

/** Parsed and checked on first use, then kept for the life of the process. Throws if a file is malformed. */
export function regionHistory(): RegionHistory {
  if (cached) return cached
  const history = RegionHistoryFile.parse(historyFile)
  const { splits } = ProvinceSplitsFile.parse(splitsFile)
  const codes = new Map(Object.entries(history.codes))
  const splitsFrom = new Map<string, ProvinceSplit[]>()
  for (const split of splits) {
    if (splitInHistory(split, codes)) continue
    splitsFrom.set(split.from, [...(splitsFrom.get(split.from) ?? []), split])
  }
  cached = { codes, splitsFrom }
  return cached
}
