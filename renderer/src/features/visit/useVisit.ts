import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { RpcError } from '../../../../common/errors'
import type { VisitView } from '../../../../common/visits'
import { queryKey, useCoreQuery } from '../../api/queries'

export interface VisitData {
  /** The visit as the core last answered; null until the first answer. */
  view: VisitView | null
  /** Why the last question failed (the screen keeps the last answer it had). */
  failure: RpcError | null
  /** Takes the core's answer to an action of our own; an answer asked before it is dropped. */
  apply(view: VisitView): void
  /** Asks again now. */
  load(): Promise<void>
}

/**
 * The visit as the core derives it from its stored events. Asked again whenever a visit changes:
 * here, in another window, or at another desk (a recall, a cancel at the front desk), by the
 * core's events; a reload or restart just asks again.
 */
export function useVisit(visitId: string): VisitData {
  const client = useQueryClient()
  const query = useCoreQuery('visits.get', { id: visitId })
  const apply = useCallback(
    (next: VisitView) => {
      const key = queryKey('visits.get', { id: visitId })
      void client.cancelQueries({ queryKey: key, exact: true })
      client.setQueryData(key, next)
    },
    [client, visitId],
  )
  const { refetch } = query
  const load = useCallback(async () => {
    await refetch()
  }, [refetch])
  return { view: query.data ?? null, failure: query.error?.error ?? null, apply, load }
}
