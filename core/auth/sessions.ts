import type { SessionUser } from '../../common/auth'

/** A session ends after this long without any call, so an unattended counter does not stay signed in. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000

/** An administrator's grant from the central server (core/central/office.ts), ms UTC. */
export interface CentralGrant {
  grant: string
  expiresAt: number
}

interface Session {
  userId: string
  lastSeenAt: number
  /** Kept in memory with the session only: signing out or closing the window forgets it. */
  grant?: CentralGrant
}

/**
 * Signed-in users per client (an Electron window, a browser tab of the web host). In memory on
 * purpose: restarting the app signs everybody out.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>()

  start(clientKey: string, user: Pick<SessionUser, 'id'>, now: number): void {
    this.sessions.set(clientKey, { userId: user.id, lastSeenAt: now })
  }

  /** The signed-in user id for this client, refreshing its idle timer; null when none or expired. */
  touch(clientKey: string, now: number): string | null {
    const session = this.sessions.get(clientKey)
    if (!session) return null
    if (now - session.lastSeenAt > SESSION_IDLE_MS) {
      this.sessions.delete(clientKey)
      return null
    }
    session.lastSeenAt = now
    return session.userId
  }

  end(clientKey: string): void {
    this.sessions.delete(clientKey)
  }

  /** Remembers the central server's grant for this client's signed-in administrator. */
  keepGrant(clientKey: string, grant: CentralGrant): void {
    const session = this.sessions.get(clientKey)
    if (session) session.grant = grant
  }

  /** The client's grant while it lasts (a minute's margin, so it never expires mid-call); else null. */
  grantOf(clientKey: string, now: number): string | null {
    const grant = this.sessions.get(clientKey)?.grant
    return grant && grant.expiresAt - 60_000 > now ? grant.grant : null
  }

  dropGrant(clientKey: string): void {
    const session = this.sessions.get(clientKey)
    if (session) delete session.grant
  }
}
