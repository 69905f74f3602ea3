import type { PrintMedia, PrinterView } from '../../common/printing'

/**
 * What the print queue needs of the operating system's spooler, and nothing more, so the core and
 * its tests never care which one it is: CUPS on Linux and macOS (./cups.ts), SumatraPDF and
 * PowerShell on Windows (./windows.ts).
 */

/** A printer as the OS reports it (common/printing.ts PrinterView: system name, default, state). */
export type PrinterInfo = PrinterView

export type { PrintMedia }

/** One job for the spooler: a PDF already on disk (the document's kept bytes). */
export interface PrintRequest {
  printer: string
  /** Path of the PDF to print. */
  file: string
  /** What the spooler's queue shows (document number and kind). */
  title: string
  copies: number
  media: PrintMedia
}

/** Where a job stands in the spooler. */
export type SpoolState = 'queued' | 'printing' | 'held' | 'done' | 'failed' | 'unknown'

/** A refusal of the spooler's, in words the desk can show (code for the UI's message). */
export class SpoolerError extends Error {
  constructor(
    readonly code: 'printer_missing' | 'spooler_unavailable' | 'spooler_failed',
    message: string,
  ) {
    super(message)
    this.name = 'SpoolerError'
  }
}

export interface Spooler {
  /** Every printer the OS knows, with its state. */
  printers(): Promise<PrinterInfo[]>
  /** Hands the job to the spooler; gives the spooler's job id. Throws SpoolerError. */
  submit(request: PrintRequest): Promise<{ jobId: string }>
  /** Where a job handed over earlier stands. */
  state(printer: string, jobId: string): Promise<SpoolState>
}
