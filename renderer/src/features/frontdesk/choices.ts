import type { Procedure, VisitPurpose } from '../../../../common/procedures'
import { SERVICE_OF_PURPOSE, VISIT_PURPOSES } from '../../../../common/procedures'
import type { RpcError } from '../../../../common/errors'
import { useCoreQuery } from '../../api/queries'

/** One thing a visitor can come for: a procedure (an SOP), or a purpose no procedure covers. */
export interface ServiceChoice {
  /** 'procedure:<id>' or 'purpose:<purpose>'. */
  key: string
  purpose: VisitPurpose
  procedure: Procedure | null
  /** The queue letter a walk-in joins. */
  service: string | null
}

/**
 * The procedures given (newest version each, in seed order), then the purposes none of them covers
 * (a new complaint, an information request, anything else), in the order of VISIT_PURPOSES.
 */
export function serviceChoices(procedures: readonly Procedure[]): ServiceChoice[] {
  const covered = new Set(procedures.map((p) => p.purpose))
  return [
    ...procedures.map((procedure) => ({
      key: `procedure:${procedure.id}`,
      purpose: procedure.purpose,
      procedure,
      service: procedure.service,
    })),
    ...VISIT_PURPOSES.filter((purpose) => !covered.has(purpose)).map((purpose) => ({
      key: `purpose:${purpose}`,
      purpose,
      procedure: null,
      service: SERVICE_OF_PURPOSE[purpose],
    })),
  ]
}

/** The procedures the core runs (cached for the window; they change only with an update of the app). */
export function useProcedures(): { procedures: Procedure[] | null; failure: RpcError | null } {
  const query = useCoreQuery('procedures.list', {})
  return { procedures: query.data ?? null, failure: query.error?.error ?? null }
}
