import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { DocumentEngine } from '../../../core/documents/engine'
import { receiptDefinition } from '../../../core/documents/receipt'
import { CupsSpooler } from '../../../core/printing/cups'
import type { PrintRequest } from '../../../core/printing/spooler'
import { RECEIPT } from '../../helpers/receipt-fixture'
import { withPrinterAlone } from './printer-lock'
import { until } from '../../helpers/until'

/**
 * Issue 10: printing through a real CUPS spooler to a cups-pdf queue (`.ci/run` installs cups and
 * cups-pdf, starts cupsd and adds the queue, and names it in LOKET_CUPS_PRINTER). The ticket comes
 * out on its own paper size, neither rotated nor shrunk onto A4, and its QR still reads at 203 dpi;
 * a stopped printer holds the job until it is started again; a printer that does not exist is
 * refused by name. Without LOKET_CUPS_PRINTER (a machine without CUPS) the file is skipped, and
 * `.ci/run` sets LOKET_REQUIRE_CUPS so that there it cannot be.
 */
const printer = process.env.LOKET_CUPS_PRINTER
if (process.env.LOKET_REQUIRE_CUPS && !printer)
  throw new Error('LOKET_REQUIRE_CUPS is set but no CUPS queue is named')
const run = promisify(execFile)
const spooler = new CupsSpooler()
const engine = new DocumentEngine(join(process.cwd(), 'resources', 'fonts'))
/** Where cups-pdf writes what it prints (its default `Out ${HOME}/PDF`). */
const out = process.env.LOKET_CUPS_OUT ?? join(homedir(), 'PDF')

async function pageSize(file: string): Promise<{ width: number; height: number }> {
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec((await run('pdfinfo', [file])).stdout)
  return { width: Number(size?.[1]), height: Number(size?.[2]) }
}
const mmOf = (pt: number) => (pt * 25.4) / 72

/** A 58 mm receipt on disk, and the request that prints it on paper of its own size. */
async function receiptJob(title: string): Promise<PrintRequest & { heightMm: number }> {
  const file = join(mkdtempSync(join(tmpdir(), 'loket-print-')), `${title}.pdf`)
  writeFileSync(file, await engine.render(receiptDefinition(RECEIPT, 'roll58')))
  const heightMm = mmOf((await pageSize(file)).height)
  return {
    printer: printer ?? '',
    file,
    title,
    copies: 1,
    media: { kind: 'roll', widthMm: 58, heightMm },
    heightMm,
  }
}

/** The PDF cups-pdf wrote for a job titled `title`. */
async function printed(title: string): Promise<string> {
  const found = await until(
    async () =>
      existsSync(out)
        ? readdirSync(out).find((name) => name.startsWith(title) && name.endsWith('.pdf'))
        : undefined,
    (name) => name !== undefined,
  )
  if (!found) throw new Error(`cups-pdf wrote nothing for ${title} in ${out}`)
  return join(out, found)
}

describe.runIf(printer)('printing through CUPS', { timeout: 90_000 }, () => {
  it('puts a 58 mm ticket on paper of its own size, unrotated, with a QR that still reads', async () => {
    const title = `TT-58-${Date.now()}`
    const request = await receiptJob(title)
    const { jobId } = await spooler.submit(request)
    expect(jobId).toMatch(new RegExp(`^${printer}-\\d+$`))
    expect(
      await until(
        () => spooler.state(request.printer, jobId),
        (state) => state === 'done',
      ),
    ).toBe('done')
    const file = await printed(title)
    const { width, height } = await pageSize(file)
    // Portrait, 58 mm wide and as long as the ticket (cups-pdf rounds to whole points).
    expect(mmOf(width)).toBeCloseTo(58, 0)
    expect(Math.abs(mmOf(height) - request.heightMm)).toBeLessThan(1.5)
    const prefix = file.replace(/\.pdf$/, '-203dpi')
    await run('pdftoppm', ['-r', '203', '-png', '-singlefile', file, prefix])
    expect((await run('zbarimg', ['-q', '--raw', `${prefix}.png`])).stdout.trim()).toBe(RECEIPT.visitNumber)
  })

  it('holds a job on a stopped printer, says so, and prints it once the printer is started', async () => {
    const title = `TT-held-${Date.now()}`
    await withPrinterAlone(printer ?? '', async () => {
      await run('cupsdisable', [printer ?? ''])
      try {
        const request = await receiptJob(title)
        const { jobId } = await spooler.submit(request)
        expect((await spooler.printers()).find((p) => p.name === printer)?.state).toBe('stopped')
        expect(await spooler.state(request.printer, jobId)).toBe('held')
        await run('cupsenable', [printer ?? ''])
        expect(
          await until(
            () => spooler.state(request.printer, jobId),
            (state) => state === 'done',
          ),
        ).toBe('done')
        await printed(title)
      } finally {
        await run('cupsenable', [printer ?? ''])
      }
    })
  })

  it('refuses a printer that does not exist, by name', async () => {
    const request = { ...(await receiptJob(`TT-none-${Date.now()}`)), printer: 'Printer-Yang-Tidak-Ada' }
    await expect(spooler.submit(request)).rejects.toMatchObject({ code: 'printer_missing' })
  })
})
