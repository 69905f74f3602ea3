import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import PDFDocument from 'pdfkit'
// pdfmake's own QR encoder, so the raw drawing below puts down the very same modules.
import qrEncoder from 'pdfmake/js/qrEnc.js'
import { DocumentEngine } from '../../core/documents/engine'
import { receiptDefinition } from '../../core/documents/receipt'
import { mm, officeDateTime } from '../../core/documents/units'
import { RECEIPT } from '../helpers/receipt-fixture'

/**
 * `npm run bench` (documents): an 80 mm receipt with its QR code and embedded Roboto, drawn by the
 * core's engine (pdfmake): ms for the first one in the process (fonts read and parsed) and warm
 * ones, receipts per second, and the same ticket drawn with pdfkit directly, pdfmake's own
 * drawing engine, for the cost of pdfmake's layout. Goals (issue 10): warm < 30 ms, ≤ 1.5× raw
 * pdfkit. Figures only, never assertions.
 */
const ROUNDS = 200
const fonts = resolve(import.meta.dirname, '../../resources/fonts')

/** The same ticket's lines, centred, in Roboto, with the QR, straight onto a pdfkit page. */
function rawReceipt(): Promise<Buffer> {
  const width = mm(80)
  const side = mm(4)
  const inner = width - 2 * side
  const doc = new PDFDocument({
    size: [width, mm(120)],
    margins: { top: mm(3), bottom: mm(6), left: side, right: side },
  })
  doc.registerFont('regular', join(fonts, 'Roboto-Regular.ttf'))
  doc.registerFont('bold', join(fonts, 'Roboto-Medium.ttf'))
  const line = (text: string, font: 'regular' | 'bold', size: number) =>
    doc.font(font).fontSize(size).text(text, { width: inner, align: 'center' })
  const zone = RECEIPT.office.timeZone
  line(RECEIPT.office.officeName, 'bold', 11)
  line(RECEIPT.office.officeAddress ?? '', 'regular', 8)
  doc
    .moveTo(side, doc.y + 4)
    .lineTo(width - side, doc.y + 4)
    .dash(2, {})
    .stroke()
    .undash()
  doc.moveDown()
  line('NOMOR ANTREAN', 'regular', 9)
  line(RECEIPT.queueNumber ?? '', 'bold', 34)
  line(RECEIPT.serviceName, 'regular', 9)
  line(`Perkiraan waktu layanan ${RECEIPT.expectedTime ?? ''}`, 'regular', 8)
  line(RECEIPT.visitorName, 'bold', 9)
  line(`Tiba ${officeDateTime(RECEIPT.arrivedAt, zone)}`, 'regular', 8)
  const qr = qrEncoder.measure({ qr: RECEIPT.visitNumber, fit: mm(28) })
  const left = side + (inner - qr._width) / 2
  const top = doc.y + mm(2)
  for (const rect of qr._canvas) doc.rect(left + rect.x, top + rect.y, rect.w, rect.h).fill('#000000')
  doc.y = top + qr._width + mm(1)
  line(`No. kunjungan ${RECEIPT.visitNumber}`, 'regular', 8)
  line(`Dok. ${RECEIPT.documentNumber}`, 'regular', 7)
  line(`Dicetak ${officeDateTime(RECEIPT.printedAt, zone)}`, 'regular', 7)
  line(RECEIPT.footer ?? '', 'regular', 8)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise((done) => {
    doc.on('end', () => done(Buffer.concat(chunks)))
    doc.end()
  })
}

async function timed(n: number, draw: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < n; i++) {
    const start = performance.now()
    await draw()
    samples.push(performance.now() - start)
  }
  return samples.sort((a, b) => a - b)
}

const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

async function main(): Promise<void> {
  const engine = new DocumentEngine(fonts)
  const definition = () => receiptDefinition(RECEIPT, 'roll80')
  const firstStart = performance.now()
  const first = await engine.render(definition())
  const firstMs = performance.now() - firstStart
  const warm = await timed(ROUNDS, () => engine.render(definition()))
  const total = warm.reduce((sum, ms) => sum + ms, 0)
  await rawReceipt()
  const raw = await timed(ROUNDS, rawReceipt)
  const rawBytes = (await rawReceipt()).length
  console.log(
    `receipt 80 mm (pdfmake, Roboto embedded, QR): first ${firstMs.toFixed(1)} ms; warm p50 ${at(warm, 50).toFixed(1)} ms  p95 ${at(warm, 95).toFixed(1)} ms (goal < 30 ms); ${(1000 / (total / ROUNDS)).toFixed(0)} receipts/s; ${(first.length / 1024).toFixed(1)} KiB`,
  )
  console.log(
    `  the same ticket with pdfkit directly: p50 ${at(raw, 50).toFixed(1)} ms  p95 ${at(raw, 95).toFixed(1)} ms, ${(rawBytes / 1024).toFixed(1)} KiB; pdfmake / pdfkit at p50 ${(at(warm, 50) / at(raw, 50)).toFixed(2)}x (goal ≤ 1.5x)`,
  )
}

void main()
