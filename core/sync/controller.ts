import { count, desc } from 'drizzle-orm'
import { TABLE_TOPICS } from '../../common/table-topics'
import { CoreEvents } from '../events/hub'
import type { SyncReject, SyncStatus } from '../../common/sync-status'
import { isLoopbackUrl } from '../../common/sync-status'
import type { EnrollInput } from '../../common/sync-status'
import { LoketError } from '../../common/errors'
import type { LoketDb } from '../../db'
import { outbox, syncHeld, syncRejects } from '../../db/schema'
import { clockOffset } from './clock'
import { readMeta } from '../meta/local-meta'
import { SyncScheduler } from './scheduler'
import type { SchedulerClock } from './scheduler'
import type { SyncDeps } from './session'
import type { SyncTarget } from './push'
import type { Fetch } from './transport'
import type { LiveChannel } from './live'
import { openLiveChannel } from './live'
import { blocked, clearSyncStop, enrollWithServer, syncOnce, syncTarget } from './session'

/** Plain http to another machine: what an administrator chose as "LAN without TLS" at enrolment. */
function travelsInClear(serverUrl: string): boolean {
  const url = new URL(serverUrl)
  return url.protocol === 'http:' && !isLoopbackUrl(url)
}

/** The core's sync: its scheduler, its status for the UI, enrolment. One per desk database. */
export class SyncController {
  private readonly scheduler: SyncScheduler
  /** The server's news of the office's changes, while this desk syncs (./live.ts). */
  private live: LiveChannel | null = null
  private wantsNews = false

  constructor(
    private readonly db: LoketDb,
    private readonly deps: SyncDeps,
    clock?: SchedulerClock,
    /** Told what changed: the sync state, and the tables that changes from the server touched. */
    private readonly events: CoreEvents = new CoreEvents(),
  ) {
    this.scheduler = new SyncScheduler(
      async () => {
        const outcome = await syncOnce(db, deps)
        events.emit(outcome.changed.flatMap((table) => TABLE_TOPICS[table]))
        return outcome
      },
      (state) => {
        events.emit(['sync'])
        // A round that went through shows the server answers again: listen again if the stream was
        // refused or given up meanwhile.
        if (state.phase === 'idle' && state.failures === 0) this.listen()
      },
      clock,
    )
  }

  /** Opens the stream of news unless it is open, or this desk is not syncing or not enrolled. */
  private listen(): void {
    if (!this.wantsNews || this.live?.open) return
    this.live?.close()
    const target = this.target()
    // News means "pull now": the same as the network coming back.
    this.live = target ? openLiveChannel(target, this.deps.fetch, () => this.scheduler.online()) : null
  }

  get enrolled(): boolean {
    return this.target() !== null
  }

  /** Where and as which desk this desk reaches the central server; null when not enrolled. */
  target(): SyncTarget | null {
    return syncTarget(this.db, this.deps.secrets)
  }

  /** How this desk reaches the server (tests put a proxy here). */
  get fetch(): Fetch {
    return this.deps.fetch
  }

  /** Called by the host once it is up; does nothing on a desk that is not enrolled. */
  start(): void {
    if (!this.enrolled) return
    this.wantsNews = true
    this.scheduler.start()
    this.listen()
  }

  stop(): void {
    this.wantsNews = false
    this.scheduler.stop()
    this.live?.close()
    this.live = null
  }

  /** After a local write: push soon. */
  changed(): void {
    if (!this.enrolled) return
    // One more change waiting to go up.
    this.events.emit(['sync'])
    this.scheduler.changed()
  }

  /** The host saw the network come back. */
  online(): void {
    if (this.enrolled) this.scheduler.online()
  }

  /**
   * One sync round now, after the central server took a change made here online, so this desk
   * shows it at once; a failure only leaves it for the next round.
   */
  async refresh(): Promise<void> {
    if (this.enrolled) await this.scheduler.now()
  }

  async syncNow(): Promise<SyncStatus> {
    if (!this.enrolled) throw new LoketError('not_enrolled')
    clearSyncStop(this.db)
    await this.scheduler.now()
    return this.status()
  }

  async enroll(input: EnrollInput & { deskName: string }): Promise<{ officeId: string }> {
    let result: Awaited<ReturnType<typeof enrollWithServer>>
    try {
      result = await enrollWithServer(this.db, input, this.deps)
    } catch (error) {
      if (error instanceof LoketError) throw error
      throw new LoketError('server_unreachable')
    }
    if (!result.ok) {
      throw new LoketError(
        result.status === 403
          ? 'enrolment_code_invalid'
          : result.status === 409
            ? 'desk_code_taken'
            : 'server_unreachable',
      )
    }
    // The office's users and settings come down in this first round, so someone can sign in.
    await this.scheduler.now()
    this.wantsNews = true
    this.scheduler.start()
    this.listen()
    return { officeId: result.officeId }
  }

  status(): SyncStatus {
    const enrolled = this.enrolled
    const state = this.scheduler.current
    const stop = blocked(this.db)
    const lastSuccess = readMeta(this.db, 'sync_last_success_at')
    const serverUrl = readMeta(this.db, 'sync_server_url')
    return {
      enrolled,
      serverUrl,
      phase: !enrolled ? 'not_enrolled' : stop ? 'stopped' : state.phase,
      pending: this.db.select({ n: count() }).from(outbox).get()?.n ?? 0,
      lastSuccessAt: lastSuccess ? Number(lastSuccess) : null,
      rejected: this.db.select({ n: count() }).from(syncRejects).get()?.n ?? 0,
      held: this.db.select({ n: count() }).from(syncHeld).get()?.n ?? 0,
      clockOffsetMs: enrolled ? (clockOffset(this.db)?.offsetMs ?? null) : null,
      stopReason: stop?.reason ?? state.stopReason,
      lastError: state.lastError,
      insecure: serverUrl !== null && travelsInClear(serverUrl),
    }
  }

  /** What did not make it, both ways, newest first (SyncReject). */
  rejects(): SyncReject[] {
    const up = this.db.select().from(syncRejects).orderBy(desc(syncRejects.rejectedAt)).all()
    const down = this.db.select().from(syncHeld).orderBy(desc(syncHeld.heldAt)).all()
    return [
      ...up.map(({ seq, tableName, rowId, code, message, rejectedAt }) => ({
        direction: 'up' as const,
        seq,
        tableName,
        rowId,
        code,
        message,
        rejectedAt,
      })),
      ...down.map(({ cursor, tableName, rowId, code, message, heldAt }) => ({
        direction: 'down' as const,
        seq: cursor,
        tableName,
        rowId,
        code,
        message,
        rejectedAt: heldAt,
      })),
    ].sort((a, b) => b.rejectedAt - a.rejectedAt)
  }
}
