import { and, desc, eq, inArray, ne, or } from 'drizzle-orm'
import { LoketError } from '../../common/errors'
import type { DeskPrintSettings, PrintJobView, PrintLogEntry, PrintersView } from '../../common/printing'
import type { PrintInput } from '../../common/printing'
import { ACTIVE_JOB_STATES, DECIDE_JOB_STATES, TARGET_OF } from '../../common/printing'
import type { z } from 'zod'
import { documents, printJobs, printLog, users } from '../../db/schema'
import type { CoreContext } from '../context'
import type { Db } from '../db'
import type { Drawn } from '../documents/service'
import { drawCopy, keepDrawn } from '../documents/service'
import type { DocumentRow } from '../documents/store'
import { documentBytes, findDocument } from '../documents/store'
import { readDeskPrintSettings } from './desk-settings'
import { mediaOf } from './media'
import type { PrintJobRow } from './queue'
import { SpoolerError } from './spooler'

/** How long the settings screen waits for the OS's printer list before it says it could not ask. */
const PRINTERS_TIMEOUT_MS = 10_000

/** The OS's printers (state included) and this desk's choices; `problem` when the spooler could not be asked. */
export async function listPrinters(ctx: CoreContext): Promise<PrintersView> {
  const settings = readDeskPrintSettings(ctx.db)
  try {
    const printers = await Promise.race([
      ctx.printing.spooler.printers(),
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new SpoolerError('spooler_unavailable', 'no answer')),
          PRINTERS_TIMEOUT_MS,
        ).unref(),
      ),
    ])
    return { printers, problem: null, settings }
  } catch (error) {
    return {
      printers: [],
      problem: error instanceof SpoolerError ? error.code : 'spooler_unavailable',
      settings,
    }
  }
}

/** The printer a document goes to: the one asked for, else the desk's for its kind (receipt or sheet). */
function printerFor(settings: DeskPrintSettings, document: DocumentRow, asked: string | undefined): string {
  const printer =
    asked ?? (TARGET_OF[document.kind] === 'receipt' ? settings.receiptPrinter : settings.documentPrinter)
  if (!printer) throw new LoketError('printer_not_set')
  return printer
}

/** Whether an original was already sent to a printer (any job for it or its copies that was not withdrawn). */
function alreadyPrinted(db: Db, original: DocumentRow): boolean {
  // A visit's ticket is one paper whatever roll it was drawn for: one printed on 80 mm makes a
  // 58 mm one, after the desk changed paper, a reprint too. Other documents: the original and its copies.
  const family = db
    .select({ id: documents.id })
    .from(documents)
    .where(
      original.visitId !== null
        ? and(eq(documents.visitId, original.visitId), eq(documents.kind, original.kind))
        : or(eq(documents.id, original.id), eq(documents.copyOf, original.id)),
    )
    .all()
    .map((row) => row.id)
  return (
    db
      .select({ id: printJobs.id })
      .from(printJobs)
      .where(and(inArray(printJobs.documentId, family), ne(printJobs.state, 'cancelled')))
      .get() !== undefined
  )
}

/** A print made ready (the SALINAN drawn when it is a reprint), to be queued by `queuePrint`. */
export interface PreparedPrint {
  original: DocumentRow
  /** The SALINAN to keep and print; null: the original's own bytes are printed. */
  copy: Drawn | null
  printer: string
  copies: number
  reprint: boolean
}

/**
 * Makes a print of a kept document ready (issue 10, deliverable 3): to the desk's printer for its
 * kind or the one named, with copies. The first print of an original sends its own bytes; any later
 * one is a reprint and sends a SALINAN, drawn here. Throws LoketError `document_not_found`,
 * `printer_not_set`.
 */
export async function preparePrint(
  ctx: CoreContext,
  input: z.output<typeof PrintInput>,
  userId: string | null,
): Promise<PreparedPrint> {
  const asked = findDocument(ctx.db, input.documentId)
  if (!asked || !documentBytes(ctx.db, asked.id)) throw new LoketError('document_not_found')
  const original = asked.copyOf ? (findDocument(ctx.db, asked.copyOf) ?? asked) : asked
  const printer = printerFor(readDeskPrintSettings(ctx.db), original, input.printer)
  const reprint = alreadyPrinted(ctx.db, original)
  const copy = reprint ? await drawCopy(ctx, original, userId) : null
  return { original, copy, printer, copies: input.copies, reprint }
}

/**
 * Queues a prepared print in the caller's transaction (the command's, with its audit entry): the
 * SALINAN kept when there is one, and the job. Call `queue.kick()` once it committed; the answer
 * comes before the printer has printed, and the job's state follows by event.
 */
export function queuePrint(
  ctx: CoreContext,
  tx: Db,
  prepared: PreparedPrint,
  userId: string | null,
): PrintJobRow {
  const document = prepared.copy ? keepDrawn(tx, prepared.copy, userId) : prepared.original
  const bytes = prepared.copy?.bytes ?? documentBytes(tx, document.id)
  if (!bytes) throw new LoketError('document_not_found')
  return ctx.printing.queue.enqueue(tx, {
    document,
    printer: prepared.printer,
    media: mediaOf(document.paper, bytes),
    copies: prepared.copies,
    reprint: prepared.reprint,
    requestedBy: userId,
  })
}

/**
 * Makes ready the print that replaces a job whose state is unknown after a crash, when the person
 * asks for it again: it may have printed, so it goes again as a reprint, a SALINAN, never as a
 * second original (RESEARCH.md §1: never auto-reprint tickets; stamp reprints). Null for any other
 * job (a failed one never reached paper: its own bytes go again). Throws `print_job_not_found`.
 */
export async function prepareReplacement(
  ctx: CoreContext,
  jobId: string,
  userId: string | null,
): Promise<(PreparedPrint & { replaces: string }) | null> {
  const job = ctx.db.select().from(printJobs).where(eq(printJobs.id, jobId)).get()
  if (!job) throw new LoketError('print_job_not_found')
  if (job.state !== 'unknown') return null
  const printed = findDocument(ctx.db, job.documentId)
  if (!printed) throw new LoketError('document_not_found')
  const original = printed.copyOf ? (findDocument(ctx.db, printed.copyOf) ?? printed) : printed
  const copy = await drawCopy(ctx, original, userId)
  return { original, copy, printer: job.printer, copies: job.copies, reprint: true, replaces: job.id }
}

/**
 * A person's decision on a job (issue 10, deliverable 4), in the caller's transaction: print again
 * one whose state is unknown after a crash or that failed; cancel one still waiting, unknown or
 * failed. A job the spooler has is not changed from here (its printer's own queue is the place).
 * Throws `print_job_not_found`, `print_job_busy`.
 */
export function decideJob(ctx: CoreContext, tx: Db, jobId: string, action: 'print_again' | 'cancel'): void {
  const job = tx.select().from(printJobs).where(eq(printJobs.id, jobId)).get()
  if (!job) throw new LoketError('print_job_not_found')
  const decidable = action === 'print_again' ? DECIDE_JOB_STATES : [...DECIDE_JOB_STATES, 'queued']
  if (!decidable.includes(job.state)) throw new LoketError('print_job_busy')
  if (action === 'print_again') ctx.printing.queue.requeue(tx, job.id)
  else
    tx.update(printJobs)
      .set({ state: 'cancelled', updatedAt: ctx.now() })
      .where(eq(printJobs.id, job.id))
      .run()
}

/** How many finished jobs the desk lists beside the ones still open. */
const RECENT_JOBS = 20

/** The desk's print jobs: every one not finished (waiting, with the spooler, to decide), then the latest finished. */
export function listJobs(db: Db): PrintJobView[] {
  const columns = {
    job: printJobs,
    documentNumber: documents.number,
    kind: documents.kind,
    visitId: documents.visitId,
  }
  const open = db
    .select(columns)
    .from(printJobs)
    .innerJoin(documents, eq(documents.id, printJobs.documentId))
    .where(inArray(printJobs.state, [...ACTIVE_JOB_STATES, ...DECIDE_JOB_STATES]))
    .orderBy(desc(printJobs.createdAt))
    .all()
  const recent = db
    .select(columns)
    .from(printJobs)
    .innerJoin(documents, eq(documents.id, printJobs.documentId))
    .where(inArray(printJobs.state, ['done', 'cancelled']))
    .orderBy(desc(printJobs.updatedAt))
    .limit(RECENT_JOBS)
    .all()
  return [...open, ...recent].map(({ job, documentNumber, kind, visitId }) => ({
    id: job.id,
    documentId: job.documentId,
    documentNumber,
    kind,
    visitId,
    printer: job.printer,
    copies: job.copies,
    reprint: job.reprint,
    state: job.state,
    attempts: job.attempts,
    spoolerJobId: job.spoolerJobId,
    lastError: job.lastError,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  }))
}

/** The print log, newest first, at most `limit` lines (PRODUCT.md "Print log"). */
export function readPrintLog(db: Db, limit: number): PrintLogEntry[] {
  return db
    .select({
      id: printLog.id,
      at: printLog.at,
      userId: printLog.userId,
      userName: users.fullName,
      documentId: printLog.documentId,
      documentNumber: printLog.documentNumber,
      kind: printLog.kind,
      printer: printLog.printer,
      copies: printLog.copies,
      reprint: printLog.reprint,
    })
    .from(printLog)
    .leftJoin(users, eq(users.id, printLog.userId))
    .orderBy(desc(printLog.at))
    .limit(limit)
    .all()
}
