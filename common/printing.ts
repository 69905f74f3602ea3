import { z } from 'zod'
import { IkmInput } from './ikm/periods'
import { IsoDate } from './holidays'
import { SafeString } from './text'

/**
 * Documents and printing (issue 10): the shapes the contract, the core and the screens share.
 *
 * One pipeline: the core draws a document once with pdfmake and keeps its PDF bytes with a
 * document number and SHA-256; the app previews those bytes and the printer gets the same bytes
 * (RESEARCH.md §1). A print is a job in a queue that survives restarts; every print is in the log.
 */

/** What Loket prints (PRODUCT.md "What is printed"). */
export const DOCUMENT_KINDS = [
  'receipt',
  'consultation_note',
  'daily_log',
  'skm_form',
  'complaint_receipt',
  'consultation_copy',
  'ikm_report',
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/**
 * The prefix of each kind's document number, `<prefix>/<desk code>/<yyyymmdd>/<nnnn>` per desk per
 * office day like visit numbers: TT tanda terima (the ticket), CKP catatan konsultasi pelapor,
 * BTH buku tamu harian, SKM survei kepuasan masyarakat, TTP tanda terima pengaduan (issue 11: the
 * receipt of a complaint registered at the desk, with its local number), SRK salinan riwayat
 * konsultasi and IKM the satisfaction index report (issue 12).
 */
export const DOCUMENT_PREFIXES: Record<DocumentKind, string> = {
  receipt: 'TT',
  consultation_note: 'CKP',
  daily_log: 'BTH',
  skm_form: 'SKM',
  complaint_receipt: 'TTP',
  consultation_copy: 'SRK',
  ikm_report: 'IKM',
}

/** Receipt papers: thermal rolls 58 and 80 mm (printable 48 and 72 mm), or an A5 sheet. */
export const RECEIPT_PAPER_KEYS = ['roll58', 'roll80', 'a5'] as const
export const ReceiptPaper = z.enum(RECEIPT_PAPER_KEYS, { error: 'invalid_choice' })
export type ReceiptPaper = z.infer<typeof ReceiptPaper>

/** Which of the desk's two printers a document goes to: the ticket printer or the sheet printer. */
export const PRINT_TARGETS = ['receipt', 'document'] as const
export type PrintTarget = (typeof PRINT_TARGETS)[number]
/** The printer each kind goes to. */
export const TARGET_OF: Record<DocumentKind, PrintTarget> = {
  receipt: 'receipt',
  consultation_note: 'document',
  daily_log: 'document',
  skm_form: 'document',
  complaint_receipt: 'receipt',
  consultation_copy: 'document',
  ikm_report: 'document',
}

/** A system printer's name as CUPS or Windows gives it (safe text: no control characters; bounded). */
export const PrinterName = SafeString.trim().min(1, 'required').max(200, 'too_long')

/**
 * This PC's printers: local to the desk and never synced, since they name this PC's hardware
 * (another counter's receipt printer is not this one's).
 */
export const DeskPrintSettings = z.object({
  receiptPrinter: PrinterName.nullable(),
  receiptPaper: ReceiptPaper,
  documentPrinter: PrinterName.nullable(),
  /** Print the ticket by itself when a walk-in visit starts. */
  autoPrintReceipt: z.boolean(),
})
export type DeskPrintSettings = z.infer<typeof DeskPrintSettings>
export const DEFAULT_DESK_PRINT_SETTINGS: DeskPrintSettings = {
  receiptPrinter: null,
  receiptPaper: 'roll80',
  documentPrinter: null,
  autoPrintReceipt: false,
}

/** A printer as the OS reports it (core/printing/spooler.ts). */
export const PRINTER_STATES = ['idle', 'printing', 'stopped', 'offline', 'unknown'] as const
export const PrinterView = z.object({
  name: z.string(),
  isDefault: z.boolean(),
  state: z.enum(PRINTER_STATES),
})
export type PrinterView = z.infer<typeof PrinterView>

export const PrintersView = z.object({
  printers: z.array(PrinterView),
  /** Why the list is empty or partial, when the spooler could not be asked (a message code). */
  problem: z.string().nullable(),
  settings: DeskPrintSettings,
})
export type PrintersView = z.infer<typeof PrintersView>

/**
 * The paper a document is printed on: a roll cut to the page's own length (mm), or a sheet. Kept
 * with each job, so the spooler gets the document's own size (RESEARCH.md §1: a receipt neither
 * rotated nor shrunk onto A4).
 */
export const PrintMedia = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('roll'),
    widthMm: z.number().positive().max(120),
    heightMm: z.number().positive().max(5000),
  }),
  z.object({ kind: z.literal('sheet'), size: z.enum(['A4', 'A5']) }),
])
export type PrintMedia = z.infer<typeof PrintMedia>

const Id = z.string().min(1).max(64)

/** A kept document: its number, its hash and what it is of; the bytes are fetched apart. */
export const DocumentView = z.object({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  number: z.string(),
  visitId: z.string().nullable(),
  officeDay: z.string().nullable(),
  paper: z.string(),
  sha256: z.string(),
  byteLength: z.number().int(),
  /** A reprint's bytes, stamped SALINAN, keep the original's number and point at it. */
  copyOf: z.string().nullable(),
  createdAt: z.number().int(),
  /** How many times it went to a printer (from the print log). */
  printed: z.number().int(),
})
export type DocumentView = z.infer<typeof DocumentView>

/** Ask for a document: made once and kept; asking again gives the kept one (a daily log is made anew). */
export const DocumentIssueInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('receipt'), visitId: Id, paper: ReceiptPaper.optional() }),
  z.object({ kind: z.literal('consultation_note'), visitId: Id }),
  z.object({ kind: z.literal('skm_form'), visitId: Id }),
  /** The receipt of the complaint registered during this visit (visits.complaint_id). */
  z.object({ kind: z.literal('complaint_receipt'), visitId: Id, paper: ReceiptPaper.optional() }),
  z.object({ kind: z.literal('daily_log'), officeDay: IsoDate }),
  /** The copy of a consultation's history (seed 000 step 6), made anew as the consultation moves on. */
  z.object({ kind: z.literal('consultation_copy'), consultationId: Id }),
  /** The IKM report of a period (issue 12 item 5), drawn anew from the answers as they stand. */
  IkmInput.extend({ kind: z.literal('ikm_report') }),
])
export type DocumentIssueInput = z.infer<typeof DocumentIssueInput>

/** A document's bytes for the preview, base64 (they cross IPC and HTTP as JSON). */
export const DocumentPdf = z.object({ id: z.string(), number: z.string(), base64: z.string() })
export type DocumentPdf = z.infer<typeof DocumentPdf>

/**
 * Where a print job stands (RESEARCH.md §1 "Durable queue"):
 * - `queued`: waiting for its turn or for its printer (absent, stopped, offline: `lastError` says);
 * - `sending`: being handed to the spooler; found so at start, it becomes `unknown`;
 * - `spooled`: the spooler has it (`held` when the spooler keeps it on a stopped printer);
 * - `done`: printed as far as the spooler knows; `failed`: the spooler gave up or the document is gone;
 * - `unknown`: the app stopped while handing it over; the user decides (print again or not),
 *   never the app, since a ticket printed twice is worse than one asked for again;
 * - `cancelled`: the user withdrew it.
 */
export const PRINT_JOB_STATES = [
  'queued',
  'sending',
  'spooled',
  'held',
  'done',
  'failed',
  'unknown',
  'cancelled',
] as const
export type PrintJobState = (typeof PRINT_JOB_STATES)[number]
/** States a job leaves by itself (the queue works on them). */
export const ACTIVE_JOB_STATES: readonly PrintJobState[] = ['queued', 'sending', 'spooled', 'held']
/** States that wait for a person. */
export const DECIDE_JOB_STATES: readonly PrintJobState[] = ['unknown', 'failed']

export const PrintJobView = z.object({
  id: z.string(),
  documentId: z.string(),
  documentNumber: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  /** The visit the document is of, so a visit's screen shows its own jobs. */
  visitId: z.string().nullable(),
  printer: z.string(),
  copies: z.number().int(),
  reprint: z.boolean(),
  state: z.enum(PRINT_JOB_STATES),
  attempts: z.number().int(),
  spoolerJobId: z.string().nullable(),
  /** A message code (printing.* in the locales) for why it waits or failed. */
  lastError: z.string().nullable(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
})
export type PrintJobView = z.infer<typeof PrintJobView>

export const MAX_COPIES = 20
export const PrintInput = z.object({
  documentId: Id,
  copies: z.number().int().min(1, 'too_small').max(MAX_COPIES, 'too_large').default(1),
  /** Another printer than the desk's for this kind (a system name from the list). */
  printer: PrinterName.optional(),
})
export type PrintInput = z.input<typeof PrintInput>

/** What a person decides about a job that stopped at `unknown` or `failed`, or withdraws one waiting. */
export const PrintJobDecision = z.object({
  jobId: Id,
  action: z.enum(['print_again', 'cancel']),
})

/** One line of the print log: who printed what, on which printer, how many copies, a reprint or not. */
export const PrintLogEntry = z.object({
  id: z.string(),
  at: z.number().int(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  documentId: z.string(),
  documentNumber: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  printer: z.string(),
  copies: z.number().int(),
  reprint: z.boolean(),
})
export type PrintLogEntry = z.infer<typeof PrintLogEntry>
