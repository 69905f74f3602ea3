import { createHash } from 'node:crypto'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DocumentView, PrintJobView } from '../../../common/printing'
import { skmQuestionnaire } from '../../../common/skm'
import { DATABASE_FILE } from '../../../core/app'
import { SpoolerError } from '../../../core/printing/spooler'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, addUser, tempCore, visitorInput } from '../../helpers/temp-core'
import { ScriptedSpooler, mmOf, pdfPageSize, pdfText } from './scripted-spooler'

/**
 * Issue 10, the documents and the durable print queue, as the desk uses them: through
 * `desk.call(channel, input)` on a real SQLite file, with the OS spooler scripted by the test
 * (./scripted-spooler.ts; the real CUPS is in ./cups.test.ts and ./cups-queue.test.ts).
 *
 * It proves the requirements: a document is drawn once, numbered, kept with the SHA-256 of
 * the very bytes previewed and printed, and asking again gives the same one; "a job is a row
 * (document, printer, options, copies, state, attempts, spooler job id, last error)"; "a job to an
 * absent or stopped printer waits and says so plainly on the desk; it is retried when the printer
 * is back; it is never silently dropped"; "a job whose state is unknown after a crash is shown to
 * the user to decide, never reprinted by itself"; "every print is in the print log (who, what,
 * which printer, copies, reprint or not)"; a reprint is a SALINAN with the original's number; one
 * bad job never stops its printer's queue; the consultation note only for a finished visit, with
 * its follow-up, officer and masked NIK; the daily log; the SKM form on A4; the ticket printed by
 * itself when the desk is set so; only an administrator sets the printers.
 *
 * Time: the core's clock is the test's (`desk.clock.now`) and the queue's own timer (a real
 * setTimeout, retries 5 s doubling, the spooler watched every 2 s) runs on vitest's fake
 * setTimeout; `elapse` moves both together. No test seam in the core: the retries are the queue's
 * own scheduling, so a job the queue forgot to wake would fail here. Waits are bounded loops over
 * virtual time, never assertions on wall time.
 */

/** Monday 23 November 2026, 09:00 WIB. */
const MONDAY_9_WIB = Date.UTC(2026, 10, 23, 2)
const STEP_MS = 250
const RECEIPT_PRINTER = 'EPSON-TM-T82'
const SHEET_PRINTER = 'HP-LaserJet'
const NIK = '3273014105900001'

let desk: TempCore
let spooler: ScriptedSpooler

beforeEach(() => {
  // Only the timers: Date, setImmediate and process.nextTick stay real (pdfmake and SQLite run as ever).
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  spooler = new ScriptedSpooler()
})
afterEach(() => {
  desk?.dispose()
  vi.useRealTimers()
})

/** Lets virtual time pass: the core's clock and the queue's timers together, then real I/O. */
async function elapse(ms: number): Promise<void> {
  for (let passed = 0; passed < ms; passed += STEP_MS) {
    desk.clock.now += STEP_MS
    await vi.advanceTimersByTimeAsync(STEP_MS)
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/** Polls `print.jobs` as the desk's screen does until `done` holds; at most `boundMs` of virtual time. */
async function jobsUntil(
  done: (jobs: PrintJobView[]) => boolean,
  boundMs = 120_000,
): Promise<PrintJobView[]> {
  for (let waited = 0; ; waited += STEP_MS) {
    const jobs = await desk.call('print.jobs', {})
    if (done(jobs)) return jobs
    if (waited >= boundMs) throw new Error(`print jobs never got there: ${JSON.stringify(jobs, null, 1)}`)
    await elapse(STEP_MS)
  }
}

async function jobUntil(id: string, done: (job: PrintJobView) => boolean, boundMs?: number) {
  const jobs = await jobsUntil((all) => {
    const job = all.find((j) => j.id === id)
    return job !== undefined && done(job)
  }, boundMs)
  const job = jobs.find((j) => j.id === id)
  if (!job) throw new Error('no such job')
  return job
}

async function job(id: string): Promise<PrintJobView | undefined> {
  return (await desk.call('print.jobs', {})).find((j) => j.id === id)
}

/** A desk set up with its receipt and sheet printers, the administrator signed in. */
async function printingDesk() {
  desk = tempCore(undefined, { now: MONDAY_9_WIB }, { spooler })
  await desk.call('setup.run', SETUP)
  const admin = await desk.call('auth.login', {
    username: SETUP.adminUsername,
    password: SETUP.adminPassword,
  })
  await desk.call('print.setup', {
    receiptPrinter: RECEIPT_PRINTER,
    receiptPaper: 'roll80',
    documentPrinter: SHEET_PRINTER,
    autoPrintReceipt: false,
  })
  spooler.setPrinter(RECEIPT_PRINTER)
  spooler.setPrinter(SHEET_PRINTER)
  return admin
}

/** A walk-in of procedure 001 (complaint progress), started now. */
async function walkIn(fullName = 'Dewi Lestari', nik: string = NIK) {
  const visitor = await desk.call('visitors.register', visitorInput({ fullName, nik }))
  return desk.call('visits.start', {
    visitorId: visitor.id,
    purpose: 'complaint_progress',
    procedureId: 'pengaduan-progres-tatap-muka',
    allowSecond: true,
  })
}

/** Called and taken through its four steps, finished with a follow-up due on Thursday. */
async function finished(visitId: string) {
  await desk.call('visits.callNext', {})
  await desk.call('visits.advance', { visitId, stepNo: 2 })
  await desk.call('visits.advance', { visitId, stepNo: 3 })
  return desk.call('visits.advance', {
    visitId,
    stepNo: 4,
    outcome: 'Pengaduan sedang ditelaah bidang pengawasan.',
    nextStep: 'Pelapor datang kembali membawa surat kuasa asli',
    nextStepDue: '2026-11-26',
  })
}

async function receiptOf(visitId: string) {
  return desk.call('documents.issue', { kind: 'receipt', visitId })
}

async function pdfOf(documentId: string): Promise<Buffer> {
  return Buffer.from((await desk.call('documents.pdf', { documentId })).base64, 'base64')
}

/** SQL straight on the desk's file, as a fault or a tamperer would. */
function onFile(sql: string, ...params: unknown[]): void {
  const sqlite = new Database(join(desk.dataDir, DATABASE_FILE))
  try {
    sqlite.prepare(sql).run(...params)
  } finally {
    sqlite.close()
  }
}

describe('a document drawn once and printed through the durable queue', () => {
  it('issues a numbered receipt whose SHA-256 is that of its bytes, and gives the same one when asked again', async () => {
    await printingDesk()
    const visit = await walkIn()
    const receipt = await receiptOf(visit.id)
    expect(receipt).toMatchObject({
      kind: 'receipt',
      number: 'TT/LK1/20261123/0001',
      visitId: visit.id,
      paper: 'roll80',
      copyOf: null,
      printed: 0,
    })
    const bytes = await pdfOf(receipt.id)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(receipt.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(receipt.byteLength).toBe(bytes.byteLength)
    expect(pdfText(bytes)).toContain(visit.visitNumber)

    desk.clock.now += 60_000
    expect(await receiptOf(visit.id)).toEqual(receipt)
    expect(await desk.call('documents.ofVisit', { visitId: visit.id })).toEqual([receipt])
    // The next visit's receipt takes the next number of the desk's day.
    const second = await walkIn('Budi Santoso', '3273014105900002')
    expect((await receiptOf(second.id)).number).toBe('TT/LK1/20261123/0002')
  })

  it('prints it: queued, spooled, done; in the log with who, which printer, copies; on an 80 mm roll as long as the PDF', async () => {
    const admin = await printingDesk()
    const visit = await walkIn()
    const receipt = await receiptOf(visit.id)
    spooler.takenAs = 'printing'

    const asked = await desk.call('print.submit', { documentId: receipt.id, copies: 2 })
    expect(asked).toMatchObject({
      documentId: receipt.id,
      documentNumber: receipt.number,
      kind: 'receipt',
      visitId: visit.id,
      printer: RECEIPT_PRINTER,
      copies: 2,
      reprint: false,
      state: 'queued',
      attempts: 0,
      spoolerJobId: null,
      lastError: null,
    })
    const spooled = await jobUntil(asked.id, (j) => j.state === 'spooled')
    const [taken] = spooler.submitted
    expect(spooled).toMatchObject({ attempts: 1, spoolerJobId: taken?.jobId, lastError: null })
    // The printer gets the very bytes kept and previewed, on paper of the ticket's own length.
    expect(taken?.bytes.equals(await pdfOf(receipt.id))).toBe(true)
    const page = pdfPageSize(taken?.bytes ?? Buffer.alloc(0))
    expect(taken?.request).toMatchObject({
      printer: RECEIPT_PRINTER,
      copies: 2,
      title: expect.stringContaining(receipt.number),
      media: { kind: 'roll', widthMm: 80 },
    })
    const media = taken?.request.media
    expect(media?.kind === 'roll' ? media.heightMm : 0).toBeCloseTo(mmOf(page.height), 1)
    expect(mmOf(page.width)).toBeCloseTo(80, 0)

    if (taken) spooler.states.set(taken.jobId, 'done')
    await jobUntil(asked.id, (j) => j.state === 'done')
    expect(await desk.call('print.log', { limit: 10 })).toEqual([
      {
        id: expect.any(String),
        at: expect.any(Number),
        userId: admin.id,
        userName: SETUP.adminFullName,
        documentId: receipt.id,
        documentNumber: receipt.number,
        kind: 'receipt',
        printer: RECEIPT_PRINTER,
        copies: 2,
        reprint: false,
      },
    ])
    expect((await receiptOf(visit.id)).printed).toBe(1)
  })

  it('prints it again as a SALINAN with the same number, kept as a second document, logged as a reprint', async () => {
    await printingDesk()
    const visit = await walkIn()
    const receipt = await receiptOf(visit.id)
    const first = await desk.call('print.submit', { documentId: receipt.id })
    await jobUntil(first.id, (j) => j.state === 'done')
    expect(pdfText(spooler.submitted[0]?.bytes ?? Buffer.alloc(0))).not.toContain('SALINAN')

    desk.clock.now += 5 * 60_000
    const again = await desk.call('print.submit', { documentId: receipt.id })
    expect(again).toMatchObject({ reprint: true, documentNumber: receipt.number })
    await jobUntil(again.id, (j) => j.state === 'done')
    const copyText = pdfText(spooler.submitted[1]?.bytes ?? Buffer.alloc(0))
    expect(copyText).toContain('SALINAN')
    expect(copyText).toContain(receipt.number)

    const documents = await desk.call('documents.ofVisit', { visitId: visit.id })
    expect(documents).toHaveLength(2)
    const copy = documents.find((d) => d.copyOf !== null)
    expect(copy).toMatchObject({ copyOf: receipt.id, number: receipt.number, kind: 'receipt', printed: 1 })
    expect(again.documentId).toBe(copy?.id)
    expect(spooler.submitted[1]?.bytes.equals(await pdfOf(copy?.id ?? ''))).toBe(true)
    // Asking for the visit's receipt still gives the original the visitor holds.
    expect((await receiptOf(visit.id)).id).toBe(receipt.id)

    const log = await desk.call('print.log', { limit: 10 })
    expect(log.map((l) => [l.documentNumber, l.reprint, l.documentId])).toEqual([
      [receipt.number, true, copy?.id],
      [receipt.number, false, receipt.id],
    ])
  })
  it('prints a SALINAN when the desk changed paper after the visit’s ticket was printed: one visit, one original ticket', async () => {
    await printingDesk()
    const visit = await walkIn()
    const on80 = await desk.call('documents.issue', { kind: 'receipt', visitId: visit.id, paper: 'roll80' })
    await jobUntil((await desk.call('print.submit', { documentId: on80.id })).id, (j) => j.state === 'done')
    const on58 = await desk.call('documents.issue', { kind: 'receipt', visitId: visit.id, paper: 'roll58' })
    const again = await desk.call('print.submit', { documentId: on58.id })
    expect(again).toMatchObject({ reprint: true })
    await jobUntil(again.id, (j) => j.state === 'done')
    expect(pdfText(spooler.submitted[1]?.bytes ?? Buffer.alloc(0))).toContain('SALINAN')
  })

  it('prints the original once when asked twice at once (a double click): the second is a SALINAN', async () => {
    await printingDesk()
    const receipt = await receiptOf((await walkIn()).id)
    const [first, second] = await Promise.all([
      desk.call('print.submit', { documentId: receipt.id }),
      desk.call('print.submit', { documentId: receipt.id }),
    ])
    expect([first.reprint, second.reprint].sort()).toEqual([false, true])
    expect((first.reprint ? second : first).documentId).toBe(receipt.id)
    const copy = first.reprint ? first : second
    expect(copy.documentId).not.toBe(receipt.id)
    await jobsUntil((jobs) => jobs.filter((j) => j.state === 'done').length === 2)
    expect(spooler.submitted.map((s) => pdfText(s.bytes).includes('SALINAN')).sort()).toEqual([false, true])
    expect((await desk.call('print.log', { limit: 10 })).map((l) => l.reprint).sort()).toEqual([false, true])
  })
})

describe('a job that cannot print yet waits, says why, and is never dropped', () => {
  it('waits for an absent printer (printer_missing) and prints once it appears', async () => {
    await printingDesk()
    spooler.removePrinter(RECEIPT_PRINTER)
    const receipt = await receiptOf((await walkIn()).id)
    const asked = await desk.call('print.submit', { documentId: receipt.id })
    const waiting = await jobUntil(asked.id, (j) => j.lastError === 'printer_missing')
    expect(waiting).toMatchObject({ state: 'queued', spoolerJobId: null })
    // Retried while absent, with backoff, still listed, never handed over.
    await elapse(30_000)
    const still = await job(asked.id)
    expect(still).toMatchObject({ state: 'queued', lastError: 'printer_missing' })
    expect(still?.attempts).toBeGreaterThan(1)
    expect(spooler.attempts).toHaveLength(0)

    spooler.setPrinter(RECEIPT_PRINTER)
    const done = await jobUntil(asked.id, (j) => j.state === 'done')
    expect(done.lastError).toBeNull()
    expect(spooler.on(RECEIPT_PRINTER)).toHaveLength(1)
    expect(await desk.call('print.log', { limit: 10 })).toHaveLength(1)
  })

  it('waits for a stopped printer (printer_stopped) and prints once it is idle again', async () => {
    await printingDesk()
    spooler.setPrinter(RECEIPT_PRINTER, 'stopped')
    const receipt = await receiptOf((await walkIn()).id)
    const asked = await desk.call('print.submit', { documentId: receipt.id })
    expect(await jobUntil(asked.id, (j) => j.lastError === 'printer_stopped')).toMatchObject({
      state: 'queued',
    })
    await elapse(10_000)
    expect(spooler.attempts).toHaveLength(0)
    spooler.setPrinter(RECEIPT_PRINTER, 'idle')
    await jobUntil(asked.id, (j) => j.state === 'done')
    expect(spooler.on(RECEIPT_PRINTER)).toHaveLength(1)
  })

  it('waits when the spooler fails (cannot be asked, refuses the job) and prints on a later try', async () => {
    await printingDesk()
    const receipt = await receiptOf((await walkIn()).id)
    spooler.printersFailures.push(new Error('lpstat: scheduler not responding'))
    spooler.submitFailures.push(new SpoolerError('spooler_failed', 'lp: server-error-busy'))
    const asked = await desk.call('print.submit', { documentId: receipt.id })
    await jobUntil(asked.id, (j) => j.lastError === 'spooler_unavailable')
    expect(await job(asked.id)).toMatchObject({ state: 'queued' })
    await jobUntil(asked.id, (j) => j.lastError === 'spooler_failed')
    expect(await job(asked.id)).toMatchObject({ state: 'queued' })
    const done = await jobUntil(asked.id, (j) => j.state === 'done')
    expect(done.attempts).toBeGreaterThanOrEqual(3)
    expect(spooler.attempts).toHaveLength(2)
    expect(spooler.submitted).toHaveLength(1)
    expect(await desk.call('print.log', { limit: 10 })).toHaveLength(1)
  })

  it('lets a person cancel a job that waits; it stays listed and is never printed', async () => {
    await printingDesk()
    spooler.removePrinter(RECEIPT_PRINTER)
    const receipt = await receiptOf((await walkIn()).id)
    const asked = await desk.call('print.submit', { documentId: receipt.id })
    await jobUntil(asked.id, (j) => j.lastError === 'printer_missing')
    expect(await desk.call('print.decide', { jobId: asked.id, action: 'cancel' })).toMatchObject({
      state: 'cancelled',
    })
    spooler.setPrinter(RECEIPT_PRINTER)
    await elapse(70_000)
    expect(await job(asked.id)).toMatchObject({ state: 'cancelled' })
    expect(spooler.attempts).toHaveLength(0)
    expect(await desk.call('print.log', { limit: 10 })).toEqual([])
    // A cancelled original was never printed: the next print is the original again, not a SALINAN.
    const next = await desk.call('print.submit', { documentId: receipt.id })
    expect(next).toMatchObject({ reprint: false, documentId: receipt.id })
  })

  it('keeps a job cancelled while the queue was asking the spooler for its printers cancelled, never printed', async () => {
    await printingDesk()
    spooler.removePrinter(RECEIPT_PRINTER)
    const receipt = await receiptOf((await walkIn()).id)
    const asked = await desk.call('print.submit', { documentId: receipt.id })
    await jobUntil(asked.id, (j) => j.lastError === 'printer_missing')
    // The next try finds the printer back, but the spooler is slow to say so...
    let answer = () => {}
    spooler.printersGate = new Promise<void>((resolve) => {
      answer = resolve
    })
    spooler.setPrinter(RECEIPT_PRINTER)
    const asking = spooler.printersAsked
    for (let waited = 0; spooler.printersAsked === asking && waited < 120_000; waited += STEP_MS)
      await elapse(STEP_MS)
    expect(spooler.printersAsked).toBe(asking + 1)
    // ...and meanwhile the person withdraws the job.
    expect(await desk.call('print.decide', { jobId: asked.id, action: 'cancel' })).toMatchObject({
      state: 'cancelled',
    })
    spooler.printersGate = null
    answer()
    await elapse(70_000)
    expect(await job(asked.id)).toMatchObject({ state: 'cancelled' })
    expect(spooler.attempts).toHaveLength(0)
    expect(await desk.call('print.log', { limit: 10 })).toEqual([])
  })

  it('fails one job whose document bytes are gone (document_missing), and the next job on that printer still prints', async () => {
    await printingDesk()
    spooler.setPrinter(RECEIPT_PRINTER, 'stopped')
    const lost = await receiptOf((await walkIn('Ani Wulandari', '3273014105900003')).id)
    const kept = await receiptOf((await walkIn('Budi Santoso', '3273014105900004')).id)
    const first = await desk.call('print.submit', { documentId: lost.id })
    desk.clock.now += 1000
    const second = await desk.call('print.submit', { documentId: kept.id })
    await jobsUntil((jobs) => jobs.filter((j) => j.lastError === 'printer_stopped').length === 2)
    onFile('delete from document_files where document_id = ?', lost.id)

    spooler.setPrinter(RECEIPT_PRINTER, 'idle')
    await jobUntil(second.id, (j) => j.state === 'done')
    expect(await job(first.id)).toMatchObject({ state: 'failed', lastError: 'document_missing' })
    expect(spooler.submitted.map((s) => s.request.title)).toEqual([expect.stringContaining(kept.number)])
    expect((await desk.call('print.log', { limit: 10 })).map((l) => l.documentId)).toEqual([kept.id])
  })

  it('sends a printer’s jobs in the order they were asked, also after waiting for it', async () => {
    await printingDesk()
    spooler.setPrinter(RECEIPT_PRINTER, 'stopped')
    const receipts: DocumentView[] = []
    for (const [name, nik] of [
      ['Ani Wulandari', '3273014105900003'],
      ['Budi Santoso', '3273014105900004'],
      ['Citra Lestari', '3273014105900005'],
    ] as const)
      receipts.push(await receiptOf((await walkIn(name, nik)).id))
    const jobs: PrintJobView[] = []
    for (const receipt of receipts) {
      jobs.push(await desk.call('print.submit', { documentId: receipt.id }))
      await elapse(3_000)
    }
    await jobsUntil((all) => all.filter((j) => j.lastError === 'printer_stopped').length === 3)
    await elapse(6_000)
    spooler.setPrinter(RECEIPT_PRINTER, 'idle')
    await jobsUntil((all) => jobs.every((asked) => all.find((j) => j.id === asked.id)?.state === 'done'))
    expect(spooler.submitted.map((s) => s.request.title.split(' ')[0])).toEqual(receipts.map((r) => r.number))
  })
})

describe('a job caught mid-hand-over by a crash', () => {
  it('is unknown after the restart, not sent again by itself, and printed as a SALINAN when a person says so', async () => {
    await printingDesk()
    const receipt = await receiptOf((await walkIn()).id)
    spooler.hang = true
    const asked = await desk.call('print.submit', { documentId: receipt.id })
    await jobUntil(asked.id, (j) => j.state === 'sending')
    expect(spooler.attempts).toHaveLength(1)

    // The app stops while the spooler has not answered; it may or may not have the job.
    desk = desk.reopen()
    spooler.hang = false
    await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
    expect(await job(asked.id)).toMatchObject({ state: 'unknown', lastError: 'interrupted' })
    await elapse(120_000)
    expect(await job(asked.id)).toMatchObject({ state: 'unknown' })
    expect(spooler.attempts).toHaveLength(1)
    expect(await desk.call('print.log', { limit: 10 })).toEqual([])
    // Still shown among the jobs to decide, with the visit's other open ones.
    expect((await desk.call('print.jobs', {})).map((j) => j.id)).toContain(asked.id)

    // It may have printed: asked again, it is replaced by a SALINAN, never a second original.
    const decided = await desk.call('print.decide', { jobId: asked.id, action: 'print_again' })
    expect(decided).toMatchObject({ state: 'queued', reprint: true, documentNumber: receipt.number })
    expect(decided.id).not.toBe(asked.id)
    expect(await job(asked.id)).toMatchObject({ state: 'cancelled' })
    await jobUntil(decided.id, (j) => j.state === 'done')
    expect(spooler.submitted).toHaveLength(1)
    expect(pdfText(spooler.submitted[0]?.bytes ?? Buffer.alloc(0))).toContain('SALINAN')
    const [logged] = await desk.call('print.log', { limit: 10 })
    expect(logged).toMatchObject({ documentNumber: receipt.number, reprint: true, copies: 1 })
    expect(logged?.documentId).not.toBe(receipt.id)
    // Neither the replaced job nor the one the queue has now is the person's to change.
    for (const id of [asked.id, decided.id]) {
      expect((await desk.fail('print.decide', { jobId: id, action: 'print_again' })).code).toBe(
        'print_job_busy',
      )
    }
  })
})

describe('the documents of a visit and of a day', () => {
  it('refuses the consultation note before the visit is done; after, it carries the follow-up, its date, the officer and a masked NIK', async () => {
    await printingDesk()
    const visit = await walkIn()
    expect((await desk.fail('documents.issue', { kind: 'consultation_note', visitId: visit.id })).code).toBe(
      'visit_not_finished',
    )
    await finished(visit.id)
    const note = await desk.call('documents.issue', { kind: 'consultation_note', visitId: visit.id })
    expect(note).toMatchObject({ number: 'CKP/LK1/20261123/0001', paper: 'a4' })
    const text = pdfText(await pdfOf(note.id))
    expect(text).toContain('Pelapor datang kembali membawa surat kuasa asli')
    expect(text).toContain('Kamis, 26 November 2026')
    expect(text).toContain(SETUP.adminFullName)
    expect(text).toContain('Dewi Lestari')
    expect(text).toContain('3273••••••••0001')
    expect(text).not.toContain(NIK)

    const asked = await desk.call('print.submit', { documentId: note.id })
    expect(asked.printer).toBe(SHEET_PRINTER)
    await jobUntil(asked.id, (j) => j.state === 'done')
    expect(spooler.on(SHEET_PRINTER)[0]?.request.media).toEqual({ kind: 'sheet', size: 'A4' })
  })

  it('draws the daily log of the office day with its visits, on A4 landscape', async () => {
    await printingDesk()
    const first = await walkIn('Ani Wulandari', '3273014105900003')
    const second = await walkIn('Budi Santoso', '3273014105900004')
    const log = await desk.call('documents.issue', { kind: 'daily_log', officeDay: '2026-11-23' })
    expect(log).toMatchObject({ kind: 'daily_log', number: 'BTH/LK1/20261123/0001', officeDay: '2026-11-23' })
    const bytes = await pdfOf(log.id)
    const text = pdfText(bytes)
    for (const visit of [first, second]) expect(text).toContain(visit.visitNumber)
    expect(text).toContain('Ani Wulandari')
    expect(text).toContain('Budi Santoso')
    expect(text).not.toContain('3273014105900003')
    const page = pdfPageSize(bytes)
    expect([Math.round(mmOf(page.width)), Math.round(mmOf(page.height))]).toEqual([297, 210])
  })

  it('draws the SKM form on A4 with the nine questions of the questionnaire', async () => {
    await printingDesk()
    const visit = await walkIn()
    const form = await desk.call('documents.issue', { kind: 'skm_form', visitId: visit.id })
    expect(form).toMatchObject({ kind: 'skm_form', number: 'SKM/LK1/20261123/0001', paper: 'a4' })
    const bytes = await pdfOf(form.id)
    const page = pdfPageSize(bytes)
    expect([Math.round(mmOf(page.width)), Math.round(mmOf(page.height))]).toEqual([210, 297])
    const text = pdfText(bytes)
    const elements = skmQuestionnaire().elements
    expect(elements).toHaveLength(9)
    for (const element of elements) expect(text).toContain(element.question.id.replace(/\s+/g, ' '))
    expect(text).toContain(visit.visitNumber)
    expect(text).not.toContain(NIK)
  })
})

describe('who sets the printers, and the ticket printed by itself', () => {
  it('refuses print.setup to a receptionist', async () => {
    await printingDesk()
    const receptionist = await addUser(desk, 'receptionist')
    const refused = await desk.fail(
      'print.setup',
      { receiptPrinter: 'Other', receiptPaper: 'roll58', documentPrinter: null, autoPrintReceipt: true },
      receptionist,
    )
    expect(refused.code).toBe('forbidden')
    expect((await desk.call('print.printers', {})).settings).toMatchObject({
      receiptPrinter: RECEIPT_PRINTER,
      receiptPaper: 'roll80',
    })
  })

  it('prints the ticket of a walk-in by itself when the desk is set so', async () => {
    await printingDesk()
    await desk.call('print.setup', {
      receiptPrinter: RECEIPT_PRINTER,
      receiptPaper: 'roll58',
      documentPrinter: SHEET_PRINTER,
      autoPrintReceipt: true,
    })
    const visit = await walkIn()
    const [receipt, ...others] = await desk.call('documents.ofVisit', { visitId: visit.id })
    expect(others).toEqual([])
    expect(receipt).toMatchObject({ kind: 'receipt', paper: 'roll58', number: 'TT/LK1/20261123/0001' })
    const jobs = await desk.call('print.jobs', {})
    expect(jobs).toMatchObject([{ documentId: receipt?.id, printer: RECEIPT_PRINTER, reprint: false }])
    await jobUntil(jobs[0]?.id ?? '', (j) => j.state === 'done')
    expect(spooler.submitted[0]?.request.media).toMatchObject({ kind: 'roll', widthMm: 58 })
  })
})
