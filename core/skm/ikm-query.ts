import type { SQL } from 'drizzle-orm'
import { sql } from 'drizzle-orm'
import type { IkmPeriod } from '../../common/ikm/periods'
import { periodRange, periodsPerYear, previousPeriods } from '../../common/ikm/periods'
import type { IkmReport, PeriodSums } from '../../common/ikm/report'
import { buildIkmReport } from '../../common/ikm/report'
import type { Localized } from '../../common/localized'
import type { SkmQuestionnaire } from '../../common/skm'
import { skmDaySums, visits } from '../../db/schema'
import type { Db } from '../db'

/** How many earlier periods of the same kind a report's trend shows before the period itself. */
export const TREND_PERIODS = 4

/** A span of office-local dates 'YYYY-MM-DD', both ends inclusive (periodRange's shape). */
export interface DayRange {
  first: string
  last: string
}

/** One group of the aggregate: a questionnaire version within one period. */
interface SumsRow {
  version: string
  bucket: number
  respondents: number
  [element: `s${number}`]: number | null
}

/**
 * A period as a running count in SQL, the same count periods.ts steps back with: year × periods a
 * year + (month − 1) / months a period, read from the office day 'YYYY-MM-DD' (integer division).
 */
function bucketOf(period: IkmPeriod): number {
  return period.year * periodsPerYear(period.kind) + period.index - 1
}

function bucketSql(period: IkmPeriod): SQL {
  const per = periodsPerYear(period.kind)
  const months = 12 / per
  return sql`(cast(substr(${skmDaySums.officeDay}, 1, 4) as integer) * ${sql.raw(String(per))} + (cast(substr(${skmDaySums.officeDay}, 6, 2) as integer) - 1) / ${sql.raw(String(months))})`
}

/**
 * Takes a report period, the procedure reported on (null for the whole office), the questionnaire
 * whose IKM is wanted and the population (visits served in the period: populationOf), and gives
 * the IkmReport the screen and the PDF read (PermenPANRB No. 14 Tahun 2017; the least sample by
 * Krejcie–Morgan 1970), with the trend over the TREND_PERIODS periods before it.
 *
 * Every figure comes from ONE aggregate over skm_day_sums, the sheets summed per office day,
 * service and questionnaire version (kept exact by triggers on skm_responses, db/schema.ts): the
 * days of the whole span (the oldest trend period's first day to the period's last), of the
 * procedure when one is given, grouped by period and questionnaire version. Summing the digits of
 * every sheet instead took about 190 ms for a busy office's year; these are a few thousand rows. Only sheets
 * under `questionnaire.version` make the IKM; those under other versions are counted apart in
 * `otherVersions`, since another regulation's index is another number.
 *
 * Throws a RangeError (from computeIkm) when stored scores cannot be complete sheets of the
 * questionnaire (a wrong length or a digit outside its scale), rather than report on them; throws
 * what periodRange throws on an invalid period.
 */
export function ikmReport(
  db: Db,
  input: {
    period: IkmPeriod
    procedureId: string | null
    questionnaire: SkmQuestionnaire
    population: number
    /** The service's name for the heading; null (the default) for the whole office. */
    serviceName?: Localized | null
  },
): IkmReport {
  const q = input.questionnaire
  const earlier = previousPeriods(input.period, TREND_PERIODS).reverse()
  const span = { first: periodRange(earlier[0] ?? input.period).first, last: periodRange(input.period).last }
  const elementSums = sql.join(
    q.elements.map((_, i) => sql`sum(${sql.raw(`s${i + 1}`)}) as ${sql.raw(`s${i}`)}`),
    sql`, `,
  )
  const rows = db.all<SumsRow>(sql`
    select ${skmDaySums.questionnaireVersion} as version, ${bucketSql(input.period)} as bucket,
      sum(${skmDaySums.respondents}) as respondents, ${elementSums}
    from ${skmDaySums}
    where ${skmDaySums.officeDay} >= ${span.first} and ${skmDaySums.officeDay} <= ${span.last}
      ${input.procedureId === null ? sql`` : sql`and ${skmDaySums.procedureId} = ${input.procedureId}`}
    group by 1, 2
    having sum(${skmDaySums.respondents}) > 0`)
  const sumsOf = (period: IkmPeriod): PeriodSums => {
    const row = rows.find((r) => r.bucket === bucketOf(period) && r.version === q.version)
    return {
      respondents: row?.respondents ?? 0,
      sums: q.elements.map((_, i) => row?.[`s${i}`] ?? 0),
    }
  }
  const current = bucketOf(input.period)
  return buildIkmReport({
    period: input.period,
    procedureId: input.procedureId,
    serviceName: input.serviceName ?? null,
    questionnaire: q,
    current: sumsOf(input.period),
    population: input.population,
    trend: earlier.map((period) => ({ period, sums: sumsOf(period) })),
    otherVersions: rows
      .filter((r) => r.bucket === current && r.version !== q.version)
      .map((r) => ({ version: r.version, respondents: r.respondents }))
      .sort((a, b) => a.version.localeCompare(b.version)),
  })
}

/**
 * Takes a span of office days and a procedure (null for the whole office) and gives the IKM's
 * population: the visits served in the span, those with status 'done' whose office day falls in
 * it (of that procedure when one is given), not deleted. The count Krejcie–Morgan's least sample
 * is read against.
 */
export function populationOf(db: Db, range: DayRange, procedureId: string | null): number {
  const row = db.get<{ n: number }>(sql`
    select count(*) as n from ${visits}
    where ${visits.officeDay} >= ${range.first} and ${visits.officeDay} <= ${range.last}
      and ${visits.status} = 'done' and ${visits.deletedAt} is null
      ${procedureId === null ? sql`` : sql`and ${visits.procedureId} = ${procedureId}`}`)
  return row?.n ?? 0
}
