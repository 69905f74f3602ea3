import type { Localized } from '../../../../../common/localized'

/**
 * TEMPORARY, until common/ikm (branch ikm-math) and the contract's `skm.ikm` are in main: the
 * shape of `IkmReport` (common/ikm/report.ts) and `IkmPeriod` (common/ikm/periods.ts) as that
 * branch defines them, types only, so the screen can be built and looked at now. At wiring, this
 * file becomes
 *   export type { IkmReport } from '../../../../../common/ikm/report'
 *   export type { IkmPeriod, IkmPeriodKind } from '../../../../../common/ikm/periods'
 *   export { IKM_PERIOD_KINDS, periodsPerYear } from '../../../../../common/ikm/periods'
 * and nothing else changes.
 */
export const IKM_PERIOD_KINDS = ['month', 'quarter', 'semester', 'year'] as const
export type IkmPeriodKind = (typeof IKM_PERIOD_KINDS)[number]
export interface IkmPeriod {
  kind: IkmPeriodKind
  year: number
  index: number
}
const MONTHS: Record<IkmPeriodKind, number> = { month: 1, quarter: 3, semester: 6, year: 12 }
export function periodsPerYear(kind: IkmPeriodKind): number {
  return 12 / MONTHS[kind]
}

export interface IkmReport {
  period: IkmPeriod
  periodLabel: Localized
  procedureId: string | null
  serviceName: Localized | null
  questionnaireVersion: string
  questionnaireLabel: string
  respondents: number
  population: number
  minimumSample: number
  sampleMet: boolean
  elements: {
    id: string
    name: Localized
    nrr: number | null
    nrrRounded: number | null
    weighted: number | null
  }[]
  ikm: number | null
  category: { grade: string; performance: Localized } | null
  weakest: string[]
  trend: {
    period: IkmPeriod
    periodLabel: Localized
    respondents: number
    ikm: number | null
    grade: string | null
  }[]
  otherVersions: { version: string; respondents: number }[]
}
