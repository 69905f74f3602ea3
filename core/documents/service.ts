import { officeDay } from '../../common/calendar/office-day'
import { LoketError } from '../../common/errors'
import type { DocumentIssueInput, DocumentKind } from '../../common/printing'
import { ReceiptPaper } from '../../common/printing'
import type { CoreContext } from '../context'
import { officeTimeZone } from '../calendar/office-calendar'
import { readDeskPrintSettings } from '../printing/desk-settings'
import { visitView } from '../visits/service'
import { requireVisit } from '../visits/store'
import type { Drawing } from './compose'
import { readOfficeSettings } from '../settings/repository'
import {
  complaintReceiptInput,
  consultationNoteInput,
  dailyLogInput,
  receiptInput,
  skmFormInput,
} from './compose'
import { complaintReceiptDefinition } from './complaint-receipt'
import { complaintDetail } from '../complaints/service'
import { skmFormDefinition } from './skm-form'
import { consultationNoteDefinition } from './consultation-note'
import { dailyLogDefinition } from './daily-log'
import { receiptDefinition } from './receipt'
import type { DocumentRow } from './store'
import { keepDocument, originalOfVisit, reserveDocumentNumber } from './store'
import type { Db } from '../db'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { findUserById } from '../auth/users'
import { stateOf } from '../consultations/service'
import { consultationOfCase } from '../consultations/store'
import { toDetail } from '../consultations/view'
import { consultationCopyDefinition } from './consultation-copy'
import { ikmReportDefinition } from './ikm-report'
import { officeIkm } from '../skm/ikm'
import { officeForDocuments, stampOf } from './compose'
import { consultationCopyInput } from './consultation-copy-input'

/** A document to draw: what it is of, on which paper, and how to lay it out once numbered. */
interface Plan {
  kind: DocumentKind
  visitId: string | null
  day: string
  paper: string
  definition: (drawing: Drawing) => TDocumentDefinitions
  /** Drawn anew at every request, never the kept one: a copy of a history that still grows. */
  fresh?: boolean
}

function planOf(ctx: CoreContext, input: DocumentIssueInput, userId: string | null): Plan {
  const db = ctx.db
  if (input.kind === 'daily_log') {
    return {
      kind: 'daily_log',
      visitId: null,
      day: input.officeDay,
      paper: 'a4_landscape',
      definition: (issue) => dailyLogDefinition(dailyLogInput(db, input.officeDay, issue)),
    }
  }
  if (input.kind === 'ikm_report') {
    return {
      kind: 'ikm_report',
      visitId: null,
      day: officeDay(ctx.now(), officeTimeZone(db)),
      paper: 'a4',
      fresh: true,
      definition: (issue) =>
        ikmReportDefinition({
          office: officeForDocuments(db, issue.withLogo),
          report: officeIkm(ctx, db, input),
          ...stampOf(issue),
        }),
    }
  }
  if (input.kind === 'consultation_copy') {
    const consultation = stateOf(ctx, db, input.consultationId)
    const viewer = userId ? findUserById(db, userId) : undefined
    return {
      kind: 'consultation_copy',
      visitId: consultation.row.caseVisitId,
      day: officeDay(ctx.now(), officeTimeZone(db)),
      paper: 'a4',
      fresh: true,
      definition: (issue) =>
        consultationCopyDefinition(
          consultationCopyInput(
            db,
            toDetail(ctx, db, consultation, { id: viewer?.id ?? '', role: viewer?.role ?? 'staff' }),
            userId,
            issue,
          ),
        ),
    }
  }
  const visit = requireVisit(db, input.visitId)
  const day = visit.officeDay ?? officeDay(visit.arrivedAt, officeTimeZone(db))
  const view = () => visitView(ctx, visit)
  if (input.kind === 'receipt') {
    const paper = input.paper ?? readDeskPrintSettings(db).receiptPaper
    return {
      kind: 'receipt',
      visitId: visit.id,
      day,
      paper,
      definition: (issue) => receiptDefinition(receiptInput(db, view(), issue), paper),
    }
  }
  if (input.kind === 'consultation_note') {
    if (visit.status !== 'done') throw new LoketError('visit_not_finished')
    return {
      kind: 'consultation_note',
      visitId: visit.id,
      day,
      paper: 'a4',
      definition: (issue) =>
        consultationNoteDefinition(
          consultationNoteInput(
            db,
            view(),
            userId,
            issue,
            visit.complaintId ? complaintDetail(ctx, visit.complaintId) : null,
          ),
        ),
    }
  }
  if (input.kind === 'complaint_receipt') {
    const complaintId = visit.complaintId
    if (!complaintId) throw new LoketError('complaint_not_found')
    const paper = input.paper ?? readDeskPrintSettings(db).receiptPaper
    return {
      kind: 'complaint_receipt',
      visitId: visit.id,
      day,
      paper,
      definition: (issue) =>
        complaintReceiptDefinition(
          complaintReceiptInput(db, complaintDetail(ctx, complaintId), issue),
          paper,
        ),
    }
  }
  return {
    kind: 'skm_form',
    visitId: visit.id,
    day,
    paper: 'a4',
    definition: (issue) => skmFormDefinition(skmFormInput(db, view(), issue)),
  }
}

/** A document drawn and numbered, not yet kept: kept by `keepDrawn` in the command's transaction. */
export interface Drawn {
  kind: DocumentKind
  visitId: string | null
  day: string
  paper: string
  number: string
  bytes: Uint8Array
  printedAt: number
  copyOf: string | null
  /** Drawn anew at every request (Plan.fresh): kept as its own document even beside an earlier one. */
  fresh: boolean
}

/**
 * The kept original of a visit's receipt (on the paper asked for), note or form: a document is made
 * once, and asking again gives the paper the visitor already holds. Undefined when none is kept
 * yet, and always for a daily log (a day still running is drawn anew each time). Throws LoketError
 * `visit_not_found`, `visit_not_finished` (a note before the visit ended).
 */
export function findIssued(ctx: CoreContext, input: DocumentIssueInput): DocumentRow | undefined {
  const plan = planOf(ctx, input, null)
  return plan.visitId && !plan.fresh
    ? originalOfVisit(ctx.db, plan.kind, plan.visitId, plan.paper)
    : undefined
}

/**
 * Draws a new original in the core (issue 10, deliverable 1): numbered (the number taken in a
 * transaction of its own, ./store.ts reserveDocumentNumber), then drawn as PDF bytes with fonts
 * embedded. Throws as findIssued, and what pdfmake throws.
 */
export async function drawNew(
  ctx: CoreContext,
  input: DocumentIssueInput,
  userId: string | null,
): Promise<Drawn> {
  const plan = planOf(ctx, input, userId)
  return draw(ctx, plan, { copyOf: null, number: reserveDocumentNumber(ctx.db, plan.kind, plan.day) })
}

/**
 * A SALINAN of a kept original: drawn again from today's data with the original's number, stamped
 * SALINAN and the time of this printing, to be kept as its own document pointing at the original.
 */
export async function drawCopy(
  ctx: CoreContext,
  original: DocumentRow,
  userId: string | null,
): Promise<Drawn> {
  const input: DocumentIssueInput =
    original.kind === 'daily_log'
      ? { kind: 'daily_log', officeDay: original.officeDay ?? '' }
      : original.kind === 'receipt'
        ? {
            kind: 'receipt',
            visitId: original.visitId ?? '',
            paper: ReceiptPaper.catch('roll80').parse(original.paper),
          }
        : original.kind === 'consultation_copy'
          ? {
              kind: 'consultation_copy',
              consultationId: consultationOfCase(ctx.db, original.visitId ?? '')?.id ?? '',
            }
          : original.kind === 'ikm_report'
            ? (() => {
                // A report is of the answers as they stood; a new one is drawn, never a SALINAN of an old one.
                throw new LoketError('document_not_found')
              })()
            : { kind: original.kind, visitId: original.visitId ?? '' }
  return draw(ctx, planOf(ctx, input, userId), { copyOf: original.id, number: original.number })
}

async function draw(
  ctx: CoreContext,
  plan: Plan,
  as: { copyOf: string | null; number: string },
): Promise<Drawn> {
  const printedAt = ctx.now()
  const bytes = await ctx.documents.render(
    plan.definition({
      documentNumber: as.number,
      printedAt,
      copy: as.copyOf !== null,
      withLogo: await logoDrawable(ctx),
    }),
  )
  const { definition: _layout, fresh, ...what } = plan
  return { ...what, fresh: fresh ?? false, number: as.number, bytes, printedAt, copyOf: as.copyOf }
}

/**
 * Whether the office's letterhead logo can be drawn. One pdfkit cannot read (stored before the
 * desk checked logos, or set centrally) would fail every document: they are drawn without it,
 * the letterhead's name and address still there, and the problem is reported for the log.
 */
async function logoDrawable(ctx: CoreContext): Promise<boolean> {
  const logo = readOfficeSettings(ctx.db)?.letterheadLogo
  if (!logo || (await ctx.documents.canDraw(logo))) return true
  ctx.printing.reportError(new Error('the letterhead logo cannot be read by the PDF maker'), 'documents')
  return false
}

/**
 * Keeps a newly drawn original in the caller's transaction, unless the same one was kept while it
 * was being drawn (asked twice at once: a double click, two windows): then that one is the visit's
 * document, as asking again must give, and this drawing is dropped, its number a gap in the day's.
 */
export function keepIssued(tx: Db, drawn: Drawn, userId: string | null): DocumentRow {
  const kept =
    drawn.visitId !== null && drawn.copyOf === null && !drawn.fresh
      ? originalOfVisit(tx, drawn.kind, drawn.visitId, drawn.paper)
      : undefined
  return kept ?? keepDrawn(tx, drawn, userId)
}

/** Keeps a drawn document in the caller's transaction (the command's, with its audit entry). */
export function keepDrawn(tx: Db, drawn: Drawn, userId: string | null): DocumentRow {
  const { printedAt, day, fresh: _fresh, ...fields } = drawn
  return keepDocument(tx, { ...fields, officeDay: day, createdBy: userId }, printedAt)
}
