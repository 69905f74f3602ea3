import { create } from 'zustand'
import type { SyncStatus } from '../../../common/sync-status'
import { call } from '../api/client'

interface SyncState {
  status: SyncStatus | null
  refresh(): Promise<void>
  syncNow(): Promise<void>
}

/** The desk's sync state as the core reports it; the header polls it. */
export const useSync = create<SyncState>((set) => ({
  status: null,
  async refresh() {
    set({ status: await call('sync.status', {}).catch(() => null) })
  },
  async syncNow() {
    set({ status: await call('sync.now', {}).catch(() => null) })
  },
}))
