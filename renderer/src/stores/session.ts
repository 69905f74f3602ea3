import { create } from 'zustand'
import type { SessionUser } from '../../../common/auth'
import type { AppInfo } from '../../../common/contract'
import type { RpcError } from '../../../common/errors'
import { LoketError } from '../../../common/errors'
import { RpcCallError, call } from '../api/client'
import { queryClient } from '../api/queries'

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
  /** Asks whether the signed-in user still is (disabled on another desk, the session ends here). */
  recheck(): Promise<void>
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
  async recheck() {
    if (get().phase !== 'ready') return
    const user = await call('auth.session', {}).catch(() => undefined)
    if (user === undefined) return
    if (user) set({ user })
    else {
      queryClient.clear()
      set({ user: null, phase: 'login' })
    }
  },
  async signOut() {
    await call('auth.logout', {}).catch(() => undefined)
    // What this user could see is not for whoever signs in next.
    queryClient.clear()
    set({ user: null, phase: 'login' })
    await get().load()
  },
}))
