import type { OfficeCalendar } from '../../../../../common/calendar/working-time'
import type { Procedure } from '../../../../../common/procedures'
import type { LateValues, StepTiming } from './late-entry'
import { dueOrNull, instantOf } from './late-entry'

/** The whole visit as typed: from arrival to the last step's end, against the procedure's standard. */
export interface LateTotals {
  /** The procedure's total standard, if it has one. */
  standard: Procedure['totalStandard']
  /** Milliseconds from arrival to the last end typed; null until both read and are in order. */
  span: number | null
  /** The last end is past the total standard's due time. */
  overran: boolean
}

export function lateTotals(
  values: LateValues,
  procedure: Procedure | null,
  timings: readonly StepTiming[],
  calendar: OfficeCalendar,
  zone: string,
): LateTotals {
  const arrived = instantOf(values.arrivalDate, values.arrivalTime, zone)
  const lastEnd = [...timings].reverse().find((timing) => timing.end !== null)?.end ?? null
  const standard = procedure?.totalStandard ?? null
  const span = arrived !== null && lastEnd !== null && lastEnd >= arrived ? lastEnd - arrived : null
  const due = standard !== null && arrived !== null ? dueOrNull(calendar, arrived, standard) : null
  return { standard, span, overran: due !== null && lastEnd !== null && lastEnd > due }
}
