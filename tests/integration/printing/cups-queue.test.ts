import { execFile } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import type { PrintJobView } from '../../../common/printing'
import { CupsSpooler } from '../../../core/printing/cups'
import type { PrintRequest } from '../../../core/printing/spooler'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, tempCore, visitorInput } from '../../helpers/temp-core'
import { withPrinterAlone } from './printer-lock'
import { mmOf, pdfPageSize } from './scripted-spooler'
import { until } from '../../helpers/until'

/**
 * Issue 10 end to end on a real spooler: the desk's core with the real CupsSpooler, printing to the
 * cups-pdf queue named in LOKET_CUPS_PRINTER (`.ci/run` starts cupsd, adds the queue and sets
 * LOKET_REQUIRE_CUPS; without a queue on a machine without CUPS the file is skipped). It proves, as
 * the desk does it (`print.submit`, `print.jobs`): a receipt comes out as a PDF of the receipt's
 * own page size and its job reaches `done`; "a job to ... a stopped printer waits and says so
 * plainly on the desk; it is retried when the printer is back": stopped before the hand-over, the
 * job waits queued with `printer_stopped` and CUPS never sees it; stopped once CUPS has it, the job
 * is `held` with `printer_stopped`; started again (`cupsenable`), both reach `done`.
 *
 * Real time here (the queue's own timer and CUPS's): waits are bounded polling loops, never
 * assertions on how long something took. Locally: `cupsd; lpadmin -p LoketPDF -E -v cups-pdf:/ -P
 * /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd; cupsenable LoketPDF`, then `LOKET_CUPS_PRINTER=LoketPDF
 * npx vitest run tests/integration/printing`.
 */
const printer = process.env.LOKET_CUPS_PRINTER
if (process.env.LOKET_REQUIRE_CUPS && !printer)
  throw new Error('LOKET_REQUIRE_CUPS is set but no CUPS queue is named')
const run = promisify(execFile)
/** Where cups-pdf writes what it prints (its default `Out ${HOME}/PDF`). */
const out = process.env.LOKET_CUPS_OUT ?? join(homedir(), 'PDF')

/** The real CUPS, with the printer stopped (paper out, a person's cupsdisable) just as lp is run. */
class StoppedAtHandOver extends CupsSpooler {
  stopBeforeSubmit = false
  override async submit(request: PrintRequest): Promise<{ jobId: string }> {
    if (this.stopBeforeSubmit) await run('cupsdisable', [request.printer])
    return super.submit(request)
  }
}

/** cups-pdf renders each job through Ghostscript: a job takes seconds, so waits are bounded at 45 s. */
const spooled: typeof until = (read, done, boundMs = 45_000) => until(read, done, boundMs)

let desk: TempCore | undefined
afterEach(() => {
  desk?.dispose()
  desk = undefined
})

/** A test that stops the printer, alone among the files that do, the printer started again after it. */
const stopping = (body: () => Promise<void>) => () =>
  withPrinterAlone(printer ?? '', async () => {
    try {
      await body()
    } finally {
      await run('cupsenable', [printer ?? ''])
    }
  })

/** A desk on real time printing receipts to the CUPS queue, a walk-in's receipt issued. */
async function deskWithReceipt(spooler: CupsSpooler) {
  const d = tempCore(
    undefined,
    {
      get now() {
        return Date.now()
      },
    },
    { spooler },
  )
  desk = d
  await d.call('setup.run', SETUP)
  await d.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
  await d.call('print.setup', {
    receiptPrinter: printer ?? '',
    receiptPaper: 'roll80',
    documentPrinter: null,
    autoPrintReceipt: false,
  })
  const visitor = await d.call('visitors.register', visitorInput({ fullName: 'Dewi Lestari' }))
  const visit = await d.call('visits.start', { visitorId: visitor.id, purpose: 'complaint_progress' })
  const receipt = await d.call('documents.issue', { kind: 'receipt', visitId: visit.id })
  const bytes = Buffer.from((await d.call('documents.pdf', { documentId: receipt.id })).base64, 'base64')
  return { desk: d, receipt, bytes }
}

const jobOf = async (d: TempCore, id: string): Promise<PrintJobView | undefined> =>
  (await d.call('print.jobs', {})).find((j) => j.id === id)

/** The PDF cups-pdf wrote for CUPS job `LoketPDF-12` (its file name ends `-job_12.pdf`). */
async function printedFile(spoolerJobId: string): Promise<string> {
  const suffix = `-job_${spoolerJobId.split('-').at(-1)}.pdf`
  const found = await spooled(
    () =>
      Promise.resolve(existsSync(out) ? readdirSync(out).find((name) => name.endsWith(suffix)) : undefined),
    (name) => name !== undefined,
  )
  if (!found) throw new Error(`cups-pdf wrote nothing for ${spoolerJobId} in ${out}`)
  return join(out, found)
}

describe.runIf(printer)('the print queue through CUPS', { timeout: 120_000 }, () => {
  it('prints a receipt asked for with print.submit as a PDF of the receipt’s own size, and the job is done', async () => {
    const { desk: d, receipt, bytes } = await deskWithReceipt(new CupsSpooler())
    const asked = await d.call('print.submit', { documentId: receipt.id })
    const done = await spooled(
      () => jobOf(d, asked.id),
      (job) => job?.state === 'done',
    )
    expect(done).toMatchObject({
      state: 'done',
      lastError: null,
      spoolerJobId: expect.stringMatching(/-\d+$/),
    })
    const file = await printedFile(done?.spoolerJobId ?? '')
    const kept = pdfPageSize(bytes)
    const printed = pdfPageSize(readFileSync(file))
    // Portrait, 80 mm wide and as long as the ticket (cups-pdf rounds to whole points).
    expect(mmOf(printed.width)).toBeCloseTo(80, 0)
    expect(Math.abs(mmOf(printed.height) - mmOf(kept.height))).toBeLessThan(1.5)
    expect(printed.pages).toBe(1)
    expect(await d.call('print.log', { limit: 5 })).toMatchObject([
      { documentId: receipt.id, printer, copies: 1, reprint: false },
    ])
  })

  it(
    'keeps a job for a stopped printer waiting with printer_stopped, and prints it once cupsenable starts it',
    stopping(async () => {
      const { desk: d, receipt } = await deskWithReceipt(new CupsSpooler())
      await run('cupsdisable', [printer ?? ''])
      const asked = await d.call('print.submit', { documentId: receipt.id })
      const waiting = await spooled(
        () => jobOf(d, asked.id),
        (job) => job?.lastError === 'printer_stopped',
      )
      expect(waiting).toMatchObject({ state: 'queued', lastError: 'printer_stopped', spoolerJobId: null })
      await run('cupsenable', [printer ?? ''])
      const done = await spooled(
        () => jobOf(d, asked.id),
        (job) => job?.state === 'done',
      )
      expect(done).toMatchObject({ state: 'done', lastError: null })
      await printedFile(done?.spoolerJobId ?? '')
    }),
  )

  it(
    'shows a job CUPS holds on a printer stopped after the hand-over as held with printer_stopped, done once started',
    stopping(async () => {
      const spooler = new StoppedAtHandOver()
      const { desk: d, receipt } = await deskWithReceipt(spooler)
      spooler.stopBeforeSubmit = true
      const asked = await d.call('print.submit', { documentId: receipt.id })
      const held = await spooled(
        () => jobOf(d, asked.id),
        (job) => job?.state === 'held',
      )
      expect(held).toMatchObject({ state: 'held', lastError: 'printer_stopped' })
      expect((await d.call('print.printers', {})).printers.find((p) => p.name === printer)?.state).toBe(
        'stopped',
      )
      spooler.stopBeforeSubmit = false
      await run('cupsenable', [printer ?? ''])
      const done = await spooled(
        () => jobOf(d, asked.id),
        (job) => job?.state === 'done',
      )
      expect(done).toMatchObject({ state: 'done', lastError: null })
      await printedFile(done?.spoolerJobId ?? '')
      // Logged once, when CUPS took it: holding and starting it again printed nothing twice.
      expect(await d.call('print.log', { limit: 5 })).toHaveLength(1)
    }),
  )
})
