import type { RpcError } from '../../../../../common/errors'
import type { IkmPeriod, IkmReport } from './report-shape'

/**
 * The IKM report of a period and service. TEMPORARY: the contract has no `skm.ikm` yet, so this
 * answers that the report is not available. At wiring it becomes
 *   const query = useCoreQuery('skm.ikm', { period, procedureId })
 *   return { report: query.data ?? null, failure: query.error?.error ?? null, loading: query.isPending }
 */
export function useIkmReport(
  _period: IkmPeriod,
  _procedureId: string | null,
): { report: IkmReport | null; failure: RpcError | null; loading: boolean } {
  return { report: null, failure: null, loading: false }
}
