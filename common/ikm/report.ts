import { z } from 'zod'
import type { Localized } from '../localized'
import { LocalizedText } from '../localized'
import type { SkmQuestionnaire } from '../skm'
import { IkmElementResult, computeIkm } from './compute'
import { IkmPeriod, periodLabel } from './periods'
import { krejcieMorganMinimum } from './sample-size'

/**
 * The IKM report of one period as the screen shows it and the PDF prints it (issue 12), one shape
 * for both so they can never disagree. Its figures come from computeIkm (./compute.ts) over the
 * answers given under ONE questionnaire version; answers under any other version are counted
 * apart in `otherVersions` and never mixed in, since another regulation's elements, weights or
 * grades make another index.
 */

/** One element's figures with its name as the questionnaire words it. */
export const IkmReportElement = IkmElementResult.extend({ name: LocalizedText })
export type IkmReportElement = z.infer<typeof IkmReportElement>

/** A grade as a report shows it: its letter (mutu pelayanan) and kinerja unit pelayanan. */
export const IkmReportCategory = z.object({
  grade: z.string().regex(/^[A-Z]$/),
  performance: LocalizedText,
})
export type IkmReportCategory = z.infer<typeof IkmReportCategory>

/** One period of the trend. */
export const IkmTrendPoint = z.object({
  period: IkmPeriod,
  periodLabel: LocalizedText,
  respondents: z.number().int().nonnegative(),
  /** Two decimals; null when no one answered in that period. */
  ikm: z.number().nullable(),
  grade: z
    .string()
    .regex(/^[A-Z]$/)
    .nullable(),
})
export type IkmTrendPoint = z.infer<typeof IkmTrendPoint>

export const IkmReport = z.object({
  period: IkmPeriod,
  periodLabel: LocalizedText,
  /** The procedure (SOP) reported on; null for the whole office. */
  procedureId: z.string().nullable(),
  /** The service's name; null for the whole office. */
  serviceName: LocalizedText.nullable(),
  questionnaireVersion: z.string(),
  /** The regulation's short name (`PermenPANRB No. 14 Tahun 2017`). */
  questionnaireLabel: z.string(),
  /** Answer sheets under `questionnaireVersion` in the period. */
  respondents: z.number().int().nonnegative(),
  /** The visits served (done) in the period: the population the sample is drawn from. */
  population: z.number().int().nonnegative(),
  /** Krejcie–Morgan's least sample for that population (./sample-size.ts). */
  minimumSample: z.number().int().nonnegative(),
  /** Whether anyone answered and respondents ≥ minimumSample. */
  sampleMet: z.boolean(),
  /** In the questionnaire's element order. */
  elements: z.array(IkmReportElement),
  /** Two decimals; null when no one answered. */
  ikm: z.number().nullable(),
  category: IkmReportCategory.nullable(),
  /** Up to three element ids, the lowest NRR first. */
  weakest: z.array(z.string()),
  /** The previous periods of the same kind, oldest first, then this one last. */
  trend: z.array(IkmTrendPoint),
  /** Answer sheets in the period under other questionnaire versions, reported apart. */
  otherVersions: z.array(z.object({ version: z.string(), respondents: z.number().int().positive() })),
})
export type IkmReport = z.infer<typeof IkmReport>

/** A period's answers under the questionnaire reported on: sheets counted and each element's sum. */
export interface PeriodSums {
  respondents: number
  /** One a questionnaire element, in its order; all zero for no respondents. */
  sums: readonly number[]
}

/** Both labels of a period, for a report's heading and its trend. */
export function periodLabels(period: IkmPeriod): Localized {
  return { id: periodLabel(period, 'id'), en: periodLabel(period, 'en') }
}

/**
 * Takes a period's summed answers under `questionnaire`, its population (visits served) and the
 * same sums for each earlier period of the trend (oldest first), and gives the report: the IKM of
 * each period by computeIkm (PermenPANRB No. 14 Tahun 2017), the least sample by Krejcie–Morgan
 * (1970), the names of the elements. `otherVersions` lists sheets under other questionnaires,
 * those with none left out. Throws what computeIkm and krejcieMorganMinimum throw (sums that
 * cannot come from complete sheets, a population that is not a whole number ≥ 0).
 */
export function buildIkmReport(input: {
  period: IkmPeriod
  procedureId: string | null
  serviceName: Localized | null
  questionnaire: SkmQuestionnaire
  current: PeriodSums
  population: number
  trend: readonly { period: IkmPeriod; sums: PeriodSums }[]
  otherVersions: readonly { version: string; respondents: number }[]
}): IkmReport {
  const q = input.questionnaire
  const result = computeIkm({ questionnaire: q, ...input.current })
  const minimumSample = krejcieMorganMinimum(input.population)
  const point = (period: IkmPeriod, sums: PeriodSums): IkmTrendPoint => {
    const each = computeIkm({ questionnaire: q, ...sums })
    return {
      period,
      periodLabel: periodLabels(period),
      respondents: each.respondents,
      ikm: each.ikm,
      grade: each.category?.grade ?? null,
    }
  }
  return {
    period: input.period,
    periodLabel: periodLabels(input.period),
    procedureId: input.procedureId,
    serviceName: input.serviceName,
    questionnaireVersion: q.version,
    questionnaireLabel: q.label,
    respondents: result.respondents,
    population: input.population,
    minimumSample,
    sampleMet: result.respondents > 0 && result.respondents >= minimumSample,
    elements: result.elements.map((element, i) => ({
      ...element,
      name: q.elements[i]?.name ?? { id: element.id, en: element.id },
    })),
    ikm: result.ikm,
    category: result.category
      ? { grade: result.category.grade, performance: result.category.performance }
      : null,
    weakest: result.weakest,
    trend: [...input.trend.map((each) => point(each.period, each.sums)), point(input.period, input.current)],
    otherVersions: input.otherVersions
      .filter((other) => other.respondents > 0)
      .map(({ version, respondents }) => ({ version, respondents })),
  }
}
