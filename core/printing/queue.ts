import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { and, asc, eq, inArray, isNull, lte, ne, or } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import type { PrintJobState } from '../../common/printing'
import { ACTIVE_JOB_STATES, PrintMedia as PrintMediaSchema } from '../../common/printing'
import { documents, printJobs, printLog } from '../../db/schema'
import type { Db } from '../db'
import type { CoreEvents } from '../events/hub'
import { documentBytes } from '../documents/store'
import type { DocumentRow } from '../documents/store'
import { nextStamp } from '../sync/stamp'
import { appendSyncedRow } from '../sync/write'
import type { PrintMedia, PrinterInfo, SpoolState, Spooler } from './spooler'
import { SpoolerError } from './spooler'

export type PrintJobRow = typeof printJobs.$inferSelect

/** A job's wait after its printer was absent or stopped, doubling from 5 s to at most a minute. */
const RETRY_FIRST_MS = 5_000
const RETRY_MAX_MS = 60_000
/** How often a job the spooler holds is asked after (CUPS tells nobody when a job ends). */
const WATCH_MS = 2_000

export interface QueueOptions {
  spooler: Spooler
  events: CoreEvents
  now: () => number
  /** Folder for the PDF files handed to the spooler (removed once it has them). */
  spoolFolder: string
  logError: (error: unknown, where: string) => void
}

/** What a new job is: a kept document to a printer, on its media, so many copies. */
export interface NewJob {
  document: DocumentRow
  printer: string
  media: PrintMedia
  copies: number
  reprint: boolean
  requestedBy: string | null
}

/** Why a job waits, as a message code the desk words (`printing.wait.*` in the locales). */
function waitReason(printer: PrinterInfo | undefined): string | null {
  if (!printer) return 'printer_missing'
  if (printer.state === 'stopped') return 'printer_stopped'
  if (printer.state === 'offline') return 'printer_offline'
  return null
}

function retryDelay(attempts: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, attempts - 1))
}

/**
 * The durable print queue (issue 10, deliverable 4; RESEARCH.md §1 "Durable queue"). A job is a
 * row of `print_jobs`; its state is written before each side effect, so a crash leaves it where
 * the desk can see it: a job found `sending` at start may or may not have reached the spooler and
 * becomes `unknown`, for a person to decide (a ticket printed twice is worse than one asked for
 * again). One worker per printer sends that printer's jobs in order. A printer that is absent,
 * stopped or offline makes its jobs wait with the reason shown, retried with backoff (5 s doubling
 * to a minute); a spooler that fails is retried the same way. Nothing is ever dropped: a job leaves
 * the queue only printed (`done`), by a person (`cancelled`), or `failed` when the spooler itself
 * failed it, and stays listed.
 *
 * Every job the spooler takes is written to the print log (synced up) in the transaction that
 * marks it spooled: who asked, what, which printer, copies, reprint or not.
 */
export class PrintQueue {
  private readonly working = new Set<string>()
  private timer: NodeJS.Timeout | null = null
  private stopped = false

  constructor(
    private readonly db: Db,
    private readonly options: QueueOptions,
  ) {}

  /** At start: a job caught while being handed over is `unknown`; then the queue runs. */
  start(): void {
    const now = this.options.now()
    this.db
      .update(printJobs)
      .set({ state: 'unknown', lastError: 'interrupted', updatedAt: now })
      .where(eq(printJobs.state, 'sending'))
      .run()
    this.kick()
  }

  stop(): void {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  /** Adds a job in the caller's transaction (with the document it prints); `kick` after commit. */
  enqueue(tx: Db, job: NewJob): PrintJobRow {
    const now = this.options.now()
    const row: PrintJobRow = {
      id: uuidv7(),
      documentId: job.document.id,
      printer: job.printer,
      options: job.media,
      copies: job.copies,
      reprint: job.reprint,
      state: 'queued',
      attempts: 0,
      spoolerJobId: null,
      lastError: null,
      nextAttemptAt: null,
      requestedBy: job.requestedBy,
      createdAt: now,
      updatedAt: now,
    }
    tx.insert(printJobs).values(row).run()
    return row
  }

  /** Puts a job a person decided to print again back in the queue, at once. */
  requeue(tx: Db, jobId: string): void {
    tx.update(printJobs)
      .set({
        state: 'queued',
        lastError: null,
        nextAttemptAt: null,
        spoolerJobId: null,
        updatedAt: this.options.now(),
      })
      .where(eq(printJobs.id, jobId))
      .run()
  }

  /** Runs every printer's worker that has work due now, and watches jobs the spooler holds. */
  kick(): void {
    if (this.stopped) return
    const due = this.db
      .selectDistinct({ printer: printJobs.printer })
      .from(printJobs)
      .where(
        and(
          eq(printJobs.state, 'queued'),
          or(isNull(printJobs.nextAttemptAt), lte(printJobs.nextAttemptAt, this.options.now())),
        ),
      )
      .all()
    for (const { printer } of due) void this.work(printer)
    void this.watch()
    this.schedule()
  }

  /** The next wake-up: the earliest retry, or the watch of jobs the spooler holds. */
  private schedule(): void {
    if (this.stopped) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const pending = this.db
      .select({ state: printJobs.state, printer: printJobs.printer, nextAttemptAt: printJobs.nextAttemptAt })
      .from(printJobs)
      .where(inArray(printJobs.state, [...ACTIVE_JOB_STATES]))
      .orderBy(asc(printJobs.createdAt), asc(printJobs.id))
      .all()
    if (pending.length === 0) return
    const now = this.options.now()
    // A printer's line moves when its first job may go; the jobs behind it wait for that one.
    const heads = new Set<string>()
    const waits = pending.flatMap((job) => {
      if (job.state !== 'queued') return [WATCH_MS]
      if (heads.has(job.printer)) return []
      heads.add(job.printer)
      return [Math.max(0, (job.nextAttemptAt ?? now) - now)]
    })
    const delay = Math.max(250, Math.min(...waits, WATCH_MS * 15))
    this.timer = setTimeout(() => this.kick(), delay)
    this.timer.unref()
  }

  /**
   * Moves a job on from `queued` only if it still is: a person may have cancelled it while the
   * spooler was being asked. False when it was not queued any more (nothing written).
   */
  private setIfQueued(jobId: string, patch: Partial<PrintJobRow>): boolean {
    const { changes } = this.db
      .update(printJobs)
      .set({ ...patch, updatedAt: this.options.now() })
      .where(and(eq(printJobs.id, jobId), eq(printJobs.state, 'queued')))
      .run()
    if (changes > 0) this.options.events.emit(['printing'])
    return changes > 0
  }

  private set(jobId: string, patch: Partial<PrintJobRow>): void {
    this.db
      .update(printJobs)
      .set({ ...patch, updatedAt: this.options.now() })
      .where(eq(printJobs.id, jobId))
      .run()
    this.options.events.emit(['printing'])
  }

  /**
   * The first job in the printer's line, when it may go now. Only the first: a job asked for later
   * never overtakes one waiting for the printer, whose retry falls later than the newcomer's first
   * try (tickets come out in the order they were asked).
   */
  private nextJob(printer: string): PrintJobRow | undefined {
    const first = this.db
      .select()
      .from(printJobs)
      .where(and(eq(printJobs.printer, printer), eq(printJobs.state, 'queued')))
      .orderBy(asc(printJobs.createdAt), asc(printJobs.id))
      .get()
    const due = first && (first.nextAttemptAt === null || first.nextAttemptAt <= this.options.now())
    return due ? first : undefined
  }

  /** One printer's worker: its due jobs in order, until one must wait (the rest wait behind it). */
  private async work(printer: string): Promise<void> {
    if (this.working.has(printer)) return
    this.working.add(printer)
    try {
      for (let job = this.nextJob(printer); job && !this.stopped; job = this.nextJob(printer)) {
        if (!(await this.send(job))) break
      }
    } catch (error) {
      this.options.logError(error, `print queue (${printer})`)
    } finally {
      this.working.delete(printer)
      this.schedule()
    }
  }

  /** Hands one job to the spooler; false when it has to wait (its printer is not there or stopped). */
  private async send(job: PrintJobRow): Promise<boolean> {
    const wait = (reason: string) => {
      // The jobs behind it wait for the same printer: each says why on the desk.
      this.db
        .update(printJobs)
        .set({ lastError: reason, updatedAt: this.options.now() })
        .where(
          and(eq(printJobs.printer, job.printer), eq(printJobs.state, 'queued'), ne(printJobs.id, job.id)),
        )
        .run()
      this.setIfQueued(job.id, {
        lastError: reason,
        nextAttemptAt: this.options.now() + retryDelay(job.attempts + 1),
        attempts: job.attempts + 1,
      })
      return false
    }
    let printers: PrinterInfo[]
    try {
      printers = await this.options.spooler.printers()
    } catch (error) {
      return wait(error instanceof SpoolerError ? error.code : 'spooler_unavailable')
    }
    const reason = waitReason(printers.find((p) => p.name === job.printer))
    if (reason) return wait(reason)

    const bytes = documentBytes(this.db, job.documentId)
    const document = this.db.select().from(documents).where(eq(documents.id, job.documentId)).get()
    const media = PrintMediaSchema.safeParse(job.options)
    if (!bytes || !document || !media.success) {
      // One bad job never stops the queue: it fails, stays listed, and the next one goes.
      this.setIfQueued(job.id, { state: 'failed', lastError: 'document_missing' })
      return true
    }
    // Written before the side effect: a crash from here on leaves `sending`, read as unknown at start.
    // Not sent when a person cancelled it while the spooler was asked for its printers.
    if (!this.setIfQueued(job.id, { state: 'sending', attempts: job.attempts + 1, lastError: null }))
      return true
    mkdirSync(this.options.spoolFolder, { recursive: true })
    const file = join(this.options.spoolFolder, `${job.id}.pdf`)
    try {
      writeFileSync(file, bytes)
      const { jobId } = await this.options.spooler.submit({
        printer: job.printer,
        file,
        title: `${document.number} (${document.kind})`,
        copies: job.copies,
        media: media.data,
      })
      this.spooled(job, document, jobId)
      return true
    } catch (error) {
      const code = error instanceof SpoolerError ? error.code : 'spooler_failed'
      if (!(error instanceof SpoolerError)) this.options.logError(error, 'print submit')
      this.set(job.id, {
        state: 'queued',
        lastError: code,
        nextAttemptAt: this.options.now() + retryDelay(job.attempts + 1),
      })
      return false
    } finally {
      rmSync(file, { force: true })
    }
  }

  /** The spooler took the job: its id and the print log entry, in one transaction. */
  private spooled(job: PrintJobRow, document: DocumentRow, spoolerJobId: string): void {
    const now = this.options.now()
    this.db.transaction((tx) => {
      tx.update(printJobs)
        .set({ state: 'spooled', spoolerJobId, lastError: null, nextAttemptAt: null, updatedAt: now })
        .where(eq(printJobs.id, job.id))
        .run()
      const stamp = nextStamp(tx, now)
      appendSyncedRow(
        tx,
        printLog,
        {
          id: uuidv7(),
          hlc: stamp.hlc,
          originDesk: stamp.originDesk,
          at: now,
          userId: job.requestedBy,
          deskId: stamp.originDesk,
          documentId: document.id,
          documentNumber: document.number,
          kind: document.kind,
          printer: job.printer,
          copies: job.copies,
          reprint: job.reprint,
          jobId: job.id,
        },
        now,
      )
    })
    this.options.events.emit(['printing'])
  }

  /** Asks the spooler after the jobs it has; a job it finished is done, one on a stopped printer held. */
  private async watch(): Promise<void> {
    if (this.working.has('\u0000watch')) return
    this.working.add('\u0000watch')
    try {
      const held = this.db
        .select()
        .from(printJobs)
        .where(inArray(printJobs.state, ['spooled', 'held']))
        .all()
      for (const job of held) {
        if (!job.spoolerJobId) continue
        let state: SpoolState
        try {
          state = await this.options.spooler.state(job.printer, job.spoolerJobId)
        } catch {
          continue // asked again at the next watch
        }
        const next: { state: PrintJobState; lastError: string | null } | null =
          state === 'done'
            ? { state: 'done', lastError: null }
            : state === 'held'
              ? { state: 'held', lastError: 'printer_stopped' }
              : state === 'failed'
                ? { state: 'failed', lastError: 'spooler_failed' }
                : state === 'queued' || state === 'printing'
                  ? { state: 'spooled', lastError: null }
                  : null
        // `unknown`: the spooler no longer lists the job (purged history); it left the queue printed.
        const settled = next ?? { state: 'done' as const, lastError: null }
        if (settled.state !== job.state || settled.lastError !== job.lastError) this.set(job.id, settled)
      }
    } catch (error) {
      this.options.logError(error, 'print watch')
    } finally {
      this.working.delete('\u0000watch')
    }
  }
}
