import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PrintRequest, PrinterInfo, SpoolState, Spooler } from '../../../core/printing/spooler'

/** A request the spooler took, with the PDF's bytes as they were on disk at that moment. */
export interface Submitted {
  request: PrintRequest
  bytes: Buffer
  jobId: string
}

/**
 * The OS spooler as a script the test writes (the real ones are tested in
 * tests/integration/printing/cups*.test.ts): which printers there are and in what state, what a
 * job becomes once taken, and failures or a hang to come. It keeps every request it took with the
 * PDF read at submit time, since the queue removes the file once the spooler has it.
 */
export class ScriptedSpooler implements Spooler {
  printerList: PrinterInfo[] = []
  /** The state a job takes when the spooler accepts it (`done`: printed at once). */
  takenAs: SpoolState = 'done'
  readonly states = new Map<string, SpoolState>()
  readonly submitted: Submitted[] = []
  /** Every call of submit, taken, refused or left hanging. */
  readonly attempts: PrintRequest[] = []
  /** Thrown, one by one, by the next calls of printers() / submit(). */
  readonly printersFailures: Error[] = []
  readonly submitFailures: Error[] = []
  /** While true, submit never answers (the app stops while handing a job over). */
  hang = false
  private serial = 0

  setPrinter(name: string, state: PrinterInfo['state'] = 'idle'): void {
    this.printerList = [
      ...this.printerList.filter((p) => p.name !== name),
      { name, isDefault: this.printerList.length === 0, state },
    ]
  }

  removePrinter(name: string): void {
    this.printerList = this.printerList.filter((p) => p.name !== name)
  }

  /** The requests taken by `printer`. */
  on(printer: string): Submitted[] {
    return this.submitted.filter((s) => s.request.printer === printer)
  }

  /** While set, printers() answers only once it resolves (a slow lpstat or PowerShell). */
  printersGate: Promise<void> | null = null
  /** How many times printers() was asked. */
  printersAsked = 0

  async printers(): Promise<PrinterInfo[]> {
    this.printersAsked += 1
    if (this.printersGate) await this.printersGate
    const failure = this.printersFailures.shift()
    if (failure) throw failure
    return this.printerList.map((p) => ({ ...p }))
  }

  submit(request: PrintRequest): Promise<{ jobId: string }> {
    this.attempts.push(request)
    const bytes = readFileSync(request.file)
    const failure = this.submitFailures.shift()
    if (failure) return Promise.reject(failure)
    if (this.hang) return new Promise<never>(() => {})
    this.serial += 1
    const jobId = `${request.printer}-${this.serial}`
    this.submitted.push({ request, bytes, jobId })
    this.states.set(jobId, this.takenAs)
    return Promise.resolve({ jobId })
  }

  state(_printer: string, jobId: string): Promise<SpoolState> {
    return Promise.resolve(this.states.get(jobId) ?? 'unknown')
  }
}

/** A PDF's text (poppler's pdftotext), whitespace folded to single spaces. */
export function pdfText(bytes: Uint8Array): string {
  return withPdfFile(bytes, (file) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  )
    .replace(/\s+/g, ' ')
    .trim()
}

/** A PDF's first page size in points (poppler's pdfinfo). */
export function pdfPageSize(bytes: Uint8Array): { width: number; height: number; pages: number } {
  const info = withPdfFile(bytes, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }))
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  const pages = /Pages:\s+(\d+)/.exec(info)
  return { width: Number(size?.[1]), height: Number(size?.[2]), pages: Number(pages?.[1]) }
}

export const mmOf = (points: number): number => (points * 25.4) / 72

function withPdfFile<T>(bytes: Uint8Array, read: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'loket-pdf-'))
  try {
    const file = join(dir, 'document.pdf')
    writeFileSync(file, bytes)
    return read(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
