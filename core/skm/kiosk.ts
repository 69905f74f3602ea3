import { LoketError } from '../../common/errors'
import { lockMinutes } from '../../common/lockout'
import { skmQuestionnaire } from '../../common/skm'
import type { KioskState } from '../../common/skm-answers'
import { hashPassword, verifyPassword } from '../auth/password'
import type { Db } from '../db'
import { requireSurveyableVisit } from './responses'

/**
 * The survey kiosk (issue 12): the desk's screen turned round to the visitor, or a second screen,
 * taking SKM answers while a signed-in officer has it open. It lives in memory with the core, as
 * the sessions do (core/auth/sessions.ts): a restart closes it, as it signs the opener out.
 */

/** Wrong PINs in a row that lock the PIN out, and for how long (ms). */
export const KIOSK_MAX_WRONG_PINS = 5
export const KIOSK_PIN_LOCK_MS = 5 * 60_000

/** The visit the next answer is for: its id, and its number, all a passer-by may read of it. */
interface PendingVisit {
  id: string
  number: string
}

interface OpenKiosk {
  /** scrypt with its own salt (core/auth/password.ts); the PIN itself is never kept. */
  pinHash: string
  openedBy: string
  pending: PendingVisit | null
  /** The window turned into the kiosk (`here`); null for a second screen. */
  lockedClient: string | null
  /** Wrong PINs counted since the last lock or the opening, each counted before it is checked. */
  wrongPins: number
  /** ms UTC until which every PIN is refused. */
  lockedUntil: number | null
}

/**
 * One desk's kiosk: closed, or open with its PIN's hash, its opener, the pending visit and the
 * window it locks. Made once per core (CoreContext.kiosk).
 */
export class SurveyKiosk {
  private current: OpenKiosk | null = null

  /** Whether `clientKey`'s window is the kiosk now: the dispatcher answers it nothing else. */
  locks(clientKey: string): boolean {
    return this.current !== null && this.current.lockedClient === clientKey
  }

  /** Whom the kiosk's answers and audit entries are recorded under; null while closed. */
  opener(): string | null {
    return this.current?.openedBy ?? null
  }

  /**
   * What a kiosk window may know (KioskState): open or not, the pending visit's number (never a
   * name or NIK), whether `clientKey`'s own window is the locked one, and the PIN's lock-out.
   */
  state(clientKey: string, now: number): KioskState {
    const open = this.current
    const lockedUntil = open?.lockedUntil ?? null
    return {
      open: open !== null,
      visitNumber: open?.pending?.number ?? null,
      lockedHere: open !== null && open.lockedClient === clientKey,
      questionnaireVersion: skmQuestionnaire().version,
      lockedUntil: lockedUntil !== null && lockedUntil > now ? lockedUntil : null,
    }
  }

  /**
   * Opens the kiosk for a signed-in user (`userId`) with the PIN that alone closes it; `here` locks
   * `clientKey`'s window until then. `visitId` (checked as requireSurveyableVisit checks a survey's
   * visit) is what the first answer is for; null: anonymous. Throws LoketError kiosk_already_open
   * (one kiosk per desk; its PIN closes it, a restart too), visit_not_found,
   * skm_visit_not_finished, skm_already_answered.
   */
  async open(
    db: Db,
    input: { pin: string; visitId: string | null; here: boolean },
    by: { userId: string; clientKey: string },
  ): Promise<PendingVisit | null> {
    if (this.current) throw new LoketError('kiosk_already_open')
    const pending = pendingVisit(db, input.visitId)
    const pinHash = await hashPassword(input.pin)
    // Hashing yields: another window may have opened it meanwhile.
    if (this.current) throw new LoketError('kiosk_already_open')
    this.current = {
      pinHash,
      openedBy: by.userId,
      pending,
      lockedClient: input.here ? by.clientKey : null,
      wrongPins: 0,
      lockedUntil: null,
    }
    return pending
  }

  /**
   * Names the visit the next answer is for (null: anonymous), checked as at opening. Throws
   * LoketError kiosk_not_open, and requireSurveyableVisit's refusals.
   */
  setVisit(db: Db, visitId: string | null): PendingVisit | null {
    const open = this.requireOpen()
    open.pending = pendingVisit(db, visitId)
    return open.pending
  }

  /**
   * Stores the kiosk's answer sheet by `store` — given the pending visit (null: anonymous) and the
   * opener, in whose name the sheet is kept; the handler runs submitSurvey (source `kiosk`) in the
   * command's transaction — and once it is stored forgets that visit: the next respondent is
   * anonymous unless the officer names another visit. A refused sheet leaves the pending visit as
   * it was, so a sheet already keyed in for that visit is not counted again as an anonymous one.
   * Throws LoketError kiosk_not_open, and what `store` throws.
   */
  submit<T>(store: (visitId: string | null, openedBy: string) => T): T {
    const open = this.requireOpen()
    const pending = open.pending
    const submitted = store(pending?.id ?? null, open.openedBy)
    if (open.pending === pending) open.pending = null
    return submitted
  }

  /**
   * Closes the kiosk with its PIN, unlocking its window. A wrong PIN is counted before it is checked
   * (as sign-in attempts are, common/lockout.ts: simultaneous guesses cannot outrun the count); the
   * KIOSK_MAX_WRONG_PINS-th refuses every PIN for KIOSK_PIN_LOCK_MS. Throws LoketError
   * kiosk_not_open, kiosk_pin_wrong, kiosk_pin_locked (with the minutes left).
   */
  async close(pin: string, now: number): Promise<void> {
    const open = this.requireOpen()
    if (open.lockedUntil !== null && open.lockedUntil > now) {
      throw new LoketError('kiosk_pin_locked', { minutes: lockMinutes(open.lockedUntil - now) })
    }
    if (open.lockedUntil !== null) {
      // The lock ran out: the count starts afresh.
      open.lockedUntil = null
      open.wrongPins = 0
    }
    open.wrongPins += 1
    const locksNow = open.wrongPins >= KIOSK_MAX_WRONG_PINS
    if (locksNow) open.lockedUntil = now + KIOSK_PIN_LOCK_MS
    const right = await verifyPassword(pin, open.pinHash)
    // A right PIN closes this kiosk only; one closed (and perhaps opened again) meanwhile is not it.
    if (this.current !== open) throw new LoketError('kiosk_not_open')
    if (!right) {
      if (locksNow) throw new LoketError('kiosk_pin_locked', { minutes: lockMinutes(KIOSK_PIN_LOCK_MS) })
      throw new LoketError('kiosk_pin_wrong')
    }
    this.current = null
  }

  /** The window `clientKey` is gone: a kiosk it was turned into closes with it (nothing left to lock). */
  clientEnded(clientKey: string): void {
    if (this.locks(clientKey)) this.current = null
  }

  private requireOpen(): OpenKiosk {
    if (!this.current) throw new LoketError('kiosk_not_open')
    return this.current
  }
}

function pendingVisit(db: Db, visitId: string | null): PendingVisit | null {
  if (visitId === null) return null
  const visit = requireSurveyableVisit(db, visitId)
  return { id: visit.id, number: visit.visitNumber }
}
