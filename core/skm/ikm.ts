import type { IkmPeriod } from '../../common/ikm/periods'
import { periodRange } from '../../common/ikm/periods'
import type { IkmReport } from '../../common/ikm/report'
import { skmQuestionnaire } from '../../common/skm'
import type { CoreContext } from '../context'
import type { Db } from '../db'
import { ikmReport, populationOf } from './ikm-query'

/**
 * The office's IKM for a period (issue 12 item 5): of one service (a procedure's id) or of the
 * whole office (null), under the questionnaire now in force, against the visits served in the
 * period as the population. Throws LoketError procedure_not_found for a procedure Loket does not
 * know, and what ikmReport throws.
 */
export function officeIkm(
  ctx: CoreContext,
  db: Db,
  input: { period: IkmPeriod; procedureId: string | null },
): IkmReport {
  const procedure = input.procedureId ? ctx.procedures.latest(input.procedureId) : null
  return ikmReport(db, {
    period: input.period,
    procedureId: input.procedureId,
    questionnaire: skmQuestionnaire(),
    population: populationOf(db, periodRange(input.period), input.procedureId),
    serviceName: procedure?.name ?? null,
  })
}
