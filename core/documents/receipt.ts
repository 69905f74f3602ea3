import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { ReceiptPaper } from '../../common/printing'
import type { OfficeSettings } from '../../common/settings'
import { mm, officeDateTime } from './units'

/**
 * The papers a receipt (queue ticket) prints on: thermal rolls of 58 and 80 mm, laid out for their
 * printable widths of 48 and 72 mm (384 and 576 dots at 203 dpi), and A5 for a desk with an office
 * printer only (../shared/RESEARCH.md §1). A roll's page is as long as its content, so the spooler
 * feeds exactly one ticket and never rotates or shrinks it onto a sheet.
 */
export const RECEIPT_PAPERS = {
  roll58: { widthMm: 58, printableMm: 48 },
  roll80: { widthMm: 80, printableMm: 72 },
  a5: { widthMm: 148, printableMm: 118 },
} as const satisfies Record<ReceiptPaper, { widthMm: number; printableMm: number }>

/** What a receipt shows; every time in ms UTC, printed in the office's zone. */
export interface ReceiptInput {
  office: Pick<OfficeSettings, 'officeName' | 'officeAddress' | 'letterheadLogo' | 'timeZone'>
  /** The number called in the waiting room; null for a visit that has none. */
  queueNumber: string | null
  /** The visit's own number (LK1-20261130-0001): what the QR code holds. */
  visitNumber: string
  /** The SOP's name, or the purpose when no SOP covers it, as the caller words it. */
  serviceName: string
  /** The SOP's standard time for the whole service, in words (`20 menit`, `3 hari kerja`); null without one. */
  expectedTime: string | null
  visitorName: string
  arrivedAt: number
  /** This document's number, printed for the print log and the archive. */
  documentNumber: string
  printedAt: number
  /** The office's line at the foot of every ticket (settings); none when null. */
  footer: string | null
  /** A reprint: stamped SALINAN so two tickets for one visit are told apart. */
  copy: boolean
}

/**
 * The receipt / queue ticket as a pdfmake definition for `paper`: the office letterhead (logo,
 * name, address), the queue number large, the service and its expected time (PRODUCT.md "What is
 * printed"), the visitor's name (never their NIK), when
 * they arrived, a QR code of the visit number for the officer's scanner, the document number and
 * the printing time. A reprint says SALINAN at the top.
 */
export function receiptDefinition(input: ReceiptInput, paper: ReceiptPaper): TDocumentDefinitions {
  const { widthMm, printableMm } = RECEIPT_PAPERS[paper]
  const roll = paper !== 'a5'
  const side = mm((widthMm - printableMm) / 2)
  // Sizes scale with the printable width, so a 58 mm ticket reads like a smaller 80 mm one.
  const scale = roll ? printableMm / 72 : 1.2
  const size = (pt: number) => Math.round(pt * scale * 10) / 10
  // A new node each time: pdfmake writes its layout into the nodes it is given.
  const rule = (): Content => ({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: mm(printableMm), y2: 0, lineWidth: 0.6, dash: { length: 2 } }],
    margin: [0, mm(1.5), 0, mm(1.5)],
  })
  const content: Content[] = [
    ...(input.copy
      ? [{ text: 'SALINAN', bold: true, fontSize: size(14), alignment: 'center' as const }]
      : []),
    ...(input.office.letterheadLogo
      ? [
          {
            image: input.office.letterheadLogo,
            fit: [mm(printableMm), mm(roll ? 14 : 20)] as [number, number],
            alignment: 'center' as const,
          },
        ]
      : []),
    { text: input.office.officeName, bold: true, fontSize: size(11), alignment: 'center' },
    ...(input.office.officeAddress
      ? [{ text: input.office.officeAddress, fontSize: size(8), alignment: 'center' as const }]
      : []),
    rule(),
    { text: input.queueNumber ? 'NOMOR ANTREAN' : 'NOMOR KUNJUNGAN', fontSize: size(9), alignment: 'center' },
    {
      text: input.queueNumber ?? input.visitNumber,
      bold: true,
      fontSize: size(input.queueNumber ? 34 : 16),
      alignment: 'center',
      margin: [0, mm(1), 0, mm(1)],
    },
    { text: input.serviceName, fontSize: size(9), alignment: 'center' },
    ...(input.expectedTime
      ? [
          {
            text: `Perkiraan waktu layanan ${input.expectedTime}`,
            fontSize: size(8),
            alignment: 'center' as const,
          },
        ]
      : []),
    { text: input.visitorName, bold: true, fontSize: size(9), alignment: 'center', margin: [0, mm(1), 0, 0] },
    {
      text: `Tiba ${officeDateTime(input.arrivedAt, input.office.timeZone)}`,
      fontSize: size(8),
      alignment: 'center',
    },
    {
      qr: input.visitNumber,
      fit: mm(Math.min(28, printableMm * 0.6)),
      alignment: 'center',
      margin: [0, mm(2), 0, mm(1)],
    },
    { text: `No. kunjungan ${input.visitNumber}`, fontSize: size(8), alignment: 'center' },
    rule(),
    { text: `Dok. ${input.documentNumber}`, fontSize: size(7), alignment: 'center' },
    {
      text: `Dicetak ${officeDateTime(input.printedAt, input.office.timeZone)}`,
      fontSize: size(7),
      alignment: 'center',
    },
    ...(input.footer
      ? [
          {
            text: input.footer,
            fontSize: size(8),
            alignment: 'center' as const,
            margin: [0, mm(1.5), 0, 0] as [number, number, number, number],
          },
        ]
      : []),
  ]
  return {
    info: { title: `Tanda terima ${input.queueNumber ?? input.visitNumber}`, subject: input.documentNumber },
    pageSize: roll ? { width: mm(widthMm), height: 'auto' } : 'A5',
    pageMargins: roll ? [side, mm(3), side, mm(6)] : [side, mm(15), side, mm(15)],
    content,
  }
}
