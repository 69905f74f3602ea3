import { create } from 'zustand'
import type { SessionUser } from '../../../common/auth'
import type { AppInfo } from '../../../common/contract'
import type { RpcError } from '../../../common/errors'
import { LoketError } from '../../../common/errors'
import { RpcCallError, call } from '../api/client'

type Phase = 'loading' | 'setup' | 'login' | 'ready' | 'failed'

interface SessionState {
  phase: Phase
  info: AppInfo | null
  user: SessionUser | null
  /** The username to prefill on the login screen (right after setup, or after signing out). */
  lastUsername: string
  failure: RpcError | null
  /** Asks the core where this desk stands: needs setup, needs a sign-in, or already signed in (a reload). */
  load(): Promise<void>
  setUpDone(username: string): Promise<void>
  signedIn(user: SessionUser): void
  /** Re-reads the office name, desk code and time zone after they were changed. */
  refreshInfo(): Promise<void>
  signOut(): Promise<void>
}

export const useSession = create<SessionState>((set, get) => ({
  phase: 'loading',
  info: null,
  user: null,
  lastUsername: '',
  failure: null,
  async load() {
    try {
      const info = await call('app.info', {})
      if (info.needsSetup) return set({ phase: 'setup', info, user: null })
      const user = await call('auth.session', {})
      set({ info, user, phase: user ? 'ready' : 'login', failure: null })
    } catch (error) {
      set({
        phase: 'failed',
        failure: error instanceof RpcCallError ? error.error : new LoketError('internal_error').toRpcError(),
      })
    }
  },
  async setUpDone(username) {
    set({ lastUsername: username })
    await get().load()
  },
  signedIn(user) {
    set({ user, phase: 'ready', lastUsername: user.username })
  },
  async refreshInfo() {
    set({ info: await call('app.info', {}) })
  },
  async signOut() {
    await call('auth.logout', {}).catch(() => undefined)
    set({ user: null, phase: 'login' })
    await get().load()
  },
}))
