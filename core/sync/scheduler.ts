import { SyncRetry, SyncStop } from './errors'
import type { SyncOutcome } from './session'

export interface SchedulerClock {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
  random(): number
}

export const realClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  random: Math.random,
}

export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'stopped'

export interface SchedulerState {
  phase: SyncPhase
  /** Consecutive failed attempts (0 after a success). */
  failures: number
  lastError: string | null
  stopReason: SyncStop['reason'] | null
}

export const PERIOD_MS = 60_000
/**
 * A local write goes up this soon, the writes of one command (and of a quick burst) together: the
 * office's other desks hear of it from the server at once (./live.ts), so what a receptionist
 * registers is on every board within two seconds (issue 9).
 */
export const DEBOUNCE_MS = 250
export const BACKOFF_START_MS = 1_000
export const BACKOFF_MAX_MS = 5 * 60_000

/** Exponential backoff from 1 s doubling to 5 min, with full jitter so desks do not retry in step. */
export function backoffDelay(failures: number, random: number): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** Math.max(0, failures - 1))
  return Math.max(BACKOFF_START_MS / 2, Math.round(ceiling * random))
}

/**
 * When sync runs (SYNC-PROTOCOL.md): shortly after local writes (debounced), every minute, on
 * regaining a connection and on demand; never two at once; after a failure, backoff with jitter.
 */
export class SyncScheduler {
  private timer: unknown = null
  /** When the pending timer fires (the clock's ms), or null with no timer. */
  private dueAt: number | null = null
  private running: Promise<void> | null = null
  private again = false
  private stopped = false
  private state: SchedulerState = { phase: 'idle', failures: 0, lastError: null, stopReason: null }

  constructor(
    private readonly sync: () => Promise<SyncOutcome>,
    private readonly onChange: (state: SchedulerState) => void = () => undefined,
    private readonly clock: SchedulerClock = realClock,
  ) {}

  get current(): SchedulerState {
    return this.state
  }

  start(): void {
    this.stopped = false
    this.schedule(0)
  }

  stop(): void {
    this.stopped = true
    if (this.timer !== null) this.clock.clearTimeout(this.timer)
    this.timer = null
    this.dueAt = null
  }

  /** A local write happened: sync soon, once the burst of writes has settled. */
  changed(): void {
    if (this.state.phase === 'stopped' || this.state.failures > 0) return
    this.schedule(DEBOUNCE_MS)
  }

  /** The network came back, or the server said the office changed: try now, whatever the backoff said. */
  online(): void {
    if (this.state.phase !== 'stopped') this.schedule(0)
  }

  /** The user asked (also after a stop, e.g. once the app was updated). Resolves when that run ends. */
  async now(): Promise<SchedulerState> {
    if (this.state.phase === 'stopped') this.update({ phase: 'idle', stopReason: null })
    const current = this.running
    if (!current) {
      await this.run()
      return this.state
    }
    // The round under way may have started before what the caller wants synced: ask for one more
    // (callers arriving meanwhile share it) and wait until that one has run too.
    this.again = true
    await current
    if (this.running) await this.running
    return this.state
  }

  /**
   * Runs a round after `delay` ms, in place of the pending timer; with `keepSooner`, a pending
   * timer that fires sooner stays. The next minute after a round keeps a sooner one: a write made
   * or news heard while the round ran must not wait a minute (issue 9).
   */
  private schedule(delay: number, keepSooner = false): void {
    if (this.stopped) return
    const due = this.clock.now() + delay
    if (keepSooner && this.timer !== null && this.dueAt !== null && this.dueAt <= due) return
    if (this.timer !== null) this.clock.clearTimeout(this.timer)
    this.dueAt = due
    this.timer = this.clock.setTimeout(() => {
      this.timer = null
      this.dueAt = null
      void this.run()
    }, delay)
  }

  private run(): Promise<void> {
    if (this.running) {
      // Never two at once: one more round after the current one picks up what came meanwhile.
      this.again = true
      return this.running
    }
    this.running = this.attempt().finally(() => {
      this.running = null
      if (this.again) {
        this.again = false
        void this.run()
      }
    })
    return this.running
  }

  private async attempt(): Promise<void> {
    this.update({ phase: 'syncing' })
    try {
      await this.sync()
      this.update({ phase: 'idle', failures: 0, lastError: null })
      this.schedule(PERIOD_MS, true)
    } catch (error) {
      if (error instanceof SyncStop) {
        this.update({ phase: 'stopped', stopReason: error.reason, lastError: error.message })
        return
      }
      const failures = this.state.failures + 1
      const message = error instanceof SyncRetry || error instanceof Error ? error.message : String(error)
      this.update({ phase: 'offline', failures, lastError: message })
      this.schedule(backoffDelay(failures, this.clock.random()))
    }
  }

  private update(patch: Partial<SchedulerState>): void {
    this.state = { ...this.state, ...patch }
    this.onChange(this.state)
  }
}
