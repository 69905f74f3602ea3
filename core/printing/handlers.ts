import { LoketError } from '../../common/errors'
import type { PrintJobView } from '../../common/printing'
import type { CallInfo, Handler } from '../handler'
import type { CoreContext } from '../context'
import { drawNew, findIssued, keepIssued } from '../documents/service'
import type { DocumentRow } from '../documents/store'
import { documentBytes, documentsOfVisit, findDocument, toDocumentViews } from '../documents/store'
import { requireVisit } from '../visits/store'
import { readDeskPrintSettings, writeDeskPrintSettings } from './desk-settings'
import {
  decideJob,
  listJobs,
  listPrinters,
  preparePrint,
  prepareReplacement,
  queuePrint,
  readPrintLog,
} from './service'

const userOf = (call: CallInfo) => call.user?.id ?? null

function jobView(ctx: CoreContext, jobId: string): PrintJobView {
  const view = listJobs(ctx.db).find((job) => job.id === jobId)
  if (!view) throw new LoketError('print_job_not_found')
  return view
}

/** A visit's document is made once: the kept original comes back; else it is drawn, then kept with the audit entry. */
export const issueDocumentHandler: Handler<'documents.issue'> = async (ctx, input, call) => {
  const userId = userOf(call)
  const kept = findIssued(ctx, input)
  const drawn = kept ? null : await drawNew(ctx, input, userId)
  const described = (row: DocumentRow, again: boolean) => {
    call.audit.detail = { documentId: row.id, number: row.number, kind: row.kind, again }
    return row
  }
  const row = kept
    ? described(kept, true)
    : drawn &&
      call.write((tx) => {
        const issued = keepIssued(tx, drawn, userId)
        return described(issued, issued.number !== drawn.number)
      })
  if (!row) throw new LoketError('document_not_found')
  const [view] = toDocumentViews(ctx.db, [row])
  if (!view) throw new LoketError('document_not_found')
  return view
}

export const documentsOfVisitHandler: Handler<'documents.ofVisit'> = (ctx, input) => {
  requireVisit(ctx.db, input.visitId)
  return toDocumentViews(ctx.db, documentsOfVisit(ctx.db, input.visitId))
}

export const documentPdf: Handler<'documents.pdf'> = (ctx, input) => {
  const row = findDocument(ctx.db, input.documentId)
  const bytes = row ? documentBytes(ctx.db, row.id) : null
  if (!row || !bytes) throw new LoketError('document_not_found')
  return { id: row.id, number: row.number, base64: bytes.toString('base64') }
}

export const printersHandler: Handler<'print.printers'> = (ctx) => listPrinters(ctx)

export const printSetup: Handler<'print.setup'> = (ctx, input, call) => {
  call.audit.detail = { ...input }
  call.write((tx) => writeDeskPrintSettings(tx, input))
  return readDeskPrintSettings(ctx.db)
}

/** The print asked last on each desk's core, for the next one to wait for. */
const submitting = new WeakMap<CoreContext, Promise<unknown>>()

/**
 * Runs prints asked on one desk one after the other: whether a print is the first of an original
 * or a reprint (a SALINAN) is decided before the job is queued, so a print asked while another is
 * being prepared (a double click) must see that one queued, or both send the original as a first print.
 */
function oneAtATime<T>(ctx: CoreContext, run: () => Promise<T>): Promise<T> {
  const mine = (submitting.get(ctx) ?? Promise.resolve()).catch(() => undefined).then(run)
  submitting.set(ctx, mine)
  return mine
}

export const printSubmit: Handler<'print.submit'> = (ctx, input, call) =>
  oneAtATime(ctx, async () => {
    const userId = userOf(call)
    const prepared = await preparePrint(ctx, input, userId)
    const job = call.write((tx) => {
      const queued = queuePrint(ctx, tx, prepared, userId)
      call.audit.detail = {
        jobId: queued.id,
        documentId: queued.documentId,
        printer: queued.printer,
        copies: queued.copies,
        reprint: queued.reprint,
      }
      return queued
    })
    ctx.printing.queue.kick()
    return jobView(ctx, job.id)
  })

export const printJobs: Handler<'print.jobs'> = (ctx) => listJobs(ctx.db)

/**
 * Print again or cancel a job that waits for a person. A job left unknown by a crash is replaced
 * by a SALINAN (it may have printed); a failed one goes again as it was.
 */
export const printDecide: Handler<'print.decide'> = async (ctx, input, call) => {
  call.audit.detail = { jobId: input.jobId, action: input.action }
  const userId = userOf(call)
  const replacement =
    input.action === 'print_again' ? await prepareReplacement(ctx, input.jobId, userId) : null
  const jobId = call.write((tx) => {
    // Cancelled first, in the same transaction: the old job and its SALINAN never both stand.
    decideJob(ctx, tx, input.jobId, replacement ? 'cancel' : input.action)
    if (!replacement) return input.jobId
    const queued = queuePrint(ctx, tx, replacement, userId)
    call.audit.detail = { ...call.audit.detail, replacedBy: queued.id, reprint: true }
    return queued.id
  })
  ctx.printing.queue.kick()
  return jobView(ctx, jobId)
}

export const printLogHandler: Handler<'print.log'> = (ctx, input) => readPrintLog(ctx.db, input.limit)
