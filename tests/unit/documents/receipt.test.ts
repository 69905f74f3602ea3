import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { DocumentEngine } from '../../../core/documents/engine'
import type { ReceiptInput } from '../../../core/documents/receipt'
import type { ReceiptPaper } from '../../../common/printing'
import { receiptDefinition } from '../../../core/documents/receipt'
import { mm } from '../../../core/documents/units'
import { RECEIPT } from '../../helpers/receipt-fixture'

/**
 * Issue 10: the receipt is drawn in the core with pdfmake, on its paper's own size, with
 * Indonesian text in an embedded font and a QR code that a scanner reads back as the visit number.
 * Checked with poppler (pdfinfo, pdffonts, pdftotext, pdftoppm at a thermal printer's 203 dpi) and
 * zbarimg on the PDF pdfmake made.
 */
const run = promisify(execFile)
const engine = new DocumentEngine(join(process.cwd(), 'resources', 'fonts'))
const dir = mkdtempSync(join(tmpdir(), 'loket-receipt-'))

async function draw(paper: ReceiptPaper, input: ReceiptInput = RECEIPT): Promise<string> {
  const file = join(dir, `${paper}-${input.copy ? 'copy' : 'first'}.pdf`)
  writeFileSync(file, await engine.render(receiptDefinition(input, paper)))
  return file
}

async function pageSize(file: string): Promise<{ width: number; height: number; pages: number }> {
  const { stdout } = await run('pdfinfo', [file])
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout)
  const pages = /Pages:\s+(\d+)/.exec(stdout)
  return { width: Number(size?.[1]), height: Number(size?.[2]), pages: Number(pages?.[1]) }
}

async function text(file: string): Promise<string> {
  return (await run('pdftotext', ['-layout', file, '-'])).stdout
}

describe('the receipt', () => {
  it.each([
    ['roll58', 58],
    ['roll80', 80],
  ] as const)(
    'on a %s roll is one page as wide as the paper and as long as the ticket',
    async (paper, widthMm) => {
      const { width, height, pages } = await pageSize(await draw(paper))
      expect(pages).toBe(1)
      expect(width).toBeCloseTo(mm(widthMm), 1)
      // A ticket, not a sheet: longer than wide, far shorter than A4.
      expect(height).toBeGreaterThan(width)
      expect(height).toBeLessThan(mm(200))
    },
  )

  it('on A5 is one A5 page', async () => {
    const { width, height, pages } = await pageSize(await draw('a5'))
    expect({ pages, width: Math.round(width), height: Math.round(height) }).toEqual({
      pages: 1,
      width: 420,
      height: 595,
    })
  })

  it('says in Indonesian what a visitor needs, in the office’s time, with its font embedded', async () => {
    const file = await draw('roll80')
    const said = (await text(file)).replace(/\s+/g, ' ')
    for (const part of [
      'NOMOR ANTREAN',
      'A-012',
      "Siti Nur'aini Rahmawati",
      'Perkiraan waktu layanan 20 menit',
      'Tiba Selasa, 1 Desember 2026 09.05 WIB',
      'Dicetak Selasa, 1 Desember 2026 09.06 WIB',
      'Dok. TT/LK1/20261201/0007',
      'Simpan tiket ini sampai layanan selesai.',
    ]) {
      expect(said).toContain(part)
    }
    expect(said).not.toContain('SALINAN')
    const fonts = (await run('pdffonts', [file])).stdout
    expect(fonts).toMatch(/Roboto/)
    for (const line of fonts.split('\n').filter((l) => /Roboto/.test(l))) expect(line).toMatch(/\byes\b/)
  })

  it('carries a QR code that a scanner reads as the visit number, on the narrow roll at 203 dpi', async () => {
    const file = await draw('roll58')
    const prefix = join(dir, 'roll58-203dpi')
    await run('pdftoppm', ['-r', '203', '-png', '-singlefile', file, prefix])
    const { stdout } = await run('zbarimg', ['-q', '--raw', `${prefix}.png`])
    expect(stdout.trim()).toBe('LK1-20261201-0007')
  })

  it('is stamped SALINAN when printed again, and names the visit when it has no queue number', async () => {
    const said = (await text(await draw('roll58', { ...RECEIPT, copy: true, queueNumber: null }))).replace(
      /\s+/g,
      ' ',
    )
    expect(said).toContain('SALINAN')
    expect(said).toContain('NOMOR KUNJUNGAN')
    expect(said).not.toContain('NOMOR ANTREAN')
    expect(readdirSync(dir).length).toBeGreaterThan(0)
  })

  it('carries the office’s logo from settings', async () => {
    const logo =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
    const file = await draw('roll80', { ...RECEIPT, office: { ...RECEIPT.office, letterheadLogo: logo } })
    const { stdout } = await run('pdfimages', ['-list', file])
    // One picture (a PNG with transparency also lists its alpha mask, 'smask').
    const kinds = stdout
      .trim()
      .split('\n')
      .slice(2)
      .map((row) => row.trim().split(/\s+/)[2])
    expect(kinds.filter((kind) => kind === 'image')).toHaveLength(1)
  })
})
