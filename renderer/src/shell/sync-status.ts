import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { SyncStatus } from '../../../common/sync-status'
import { call } from '../api/client'
import { queryKey, useCoreQuery } from '../api/queries'

/** The desk's sync state as the core reports it, kept fresh by the core's `sync` events; null until known. */
export function useSyncStatus(): SyncStatus | null {
  return useCoreQuery('sync.status', {}).data ?? null
}

/** Syncs now (also after a stop) and shows the state the round ended in. */
export function useSyncNow(): () => Promise<void> {
  const client = useQueryClient()
  return useCallback(async () => {
    const status = await call('sync.now', {}).catch(() => null)
    if (status) client.setQueryData(queryKey('sync.status', {}), status)
  }, [client])
}
