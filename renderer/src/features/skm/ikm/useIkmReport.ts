import type { RpcError } from '../../../../../common/errors'
import type { IkmPeriod } from '../../../../../common/ikm/periods'
import type { IkmReport } from '../../../../../common/ikm/report'
import { useCoreQuery } from '../../../api/queries'

/** The IKM report of a period, for one service or the whole office (skm.ikm), asked again as answers come in. */
export function useIkmReport(
  period: IkmPeriod,
  procedureId: string | null,
): { report: IkmReport | null; failure: RpcError | null; loading: boolean } {
  const query = useCoreQuery('skm.ikm', { period, procedureId }, { placeholderData: (previous) => previous })
  return { report: query.data ?? null, failure: query.error?.error ?? null, loading: query.isPending }
}
