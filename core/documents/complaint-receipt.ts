import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { ReceiptPaper } from '../../common/printing'
import type { OfficeSettings } from '../../common/settings'
import { RECEIPT_PAPERS } from './receipt'
import { mm, officeDate, officeDateTime } from './units'

/** What the tanda terima pengaduan shows (issue 11 deliverable 6); every time in ms UTC. */
export interface ComplaintReceiptInput {
  office: Pick<OfficeSettings, 'officeName' | 'officeAddress' | 'letterheadLogo' | 'timeZone'>
  /** The local number (`ADU-LK1-20261201-0001`): large, and in the QR code the officer's scanner reads. */
  number: string
  laporTrackingId: string | null
  complainantName: string
  subject: string
  /** How it came in and its class, in words (`Datang langsung`, `Pengaduan`). */
  channel: string
  classification: string
  reportedAt: number
  /** What happens next in words, and the running hop's deadline (ms UTC), if it has one. */
  next: string
  dueAt: number | null
  documentNumber: string
  printedAt: number
  footer: string | null
  copy: boolean
}

/** Longest subject a ticket prints: the rest is on the complaint's record, not lost. */
const SUBJECT_CHARS = 160

/**
 * The receipt of a complaint registered at the desk, on the ticket printer's paper (58 or 80 mm
 * roll, or A5; core/documents/receipt.ts RECEIPT_PAPERS): the office, the complaint's local number
 * large with its QR code (a scan at any counter opens the complaint), the LAPOR! ID if linked, the
 * complainant's name (never their NIK), the subject, when it was received, what happens next and by
 * when, the document number and the printing time. A reprint says SALINAN.
 */
export function complaintReceiptDefinition(
  input: ComplaintReceiptInput,
  paper: ReceiptPaper,
): TDocumentDefinitions {
  const { widthMm, printableMm } = RECEIPT_PAPERS[paper]
  const roll = paper !== 'a5'
  const side = mm((widthMm - printableMm) / 2)
  const scale = roll ? printableMm / 72 : 1.2
  const size = (pt: number) => Math.round(pt * scale * 10) / 10
  const zone = input.office.timeZone
  const rule = (): Content => ({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: mm(printableMm), y2: 0, lineWidth: 0.6, dash: { length: 2 } }],
    margin: [0, mm(1.5), 0, mm(1.5)],
  })
  const line = (text: string, pt = 8, bold = false): Content => ({
    text,
    fontSize: size(pt),
    bold,
    alignment: 'center',
  })
  const subject =
    input.subject.length > SUBJECT_CHARS ? `${input.subject.slice(0, SUBJECT_CHARS - 1)}…` : input.subject
  const content: Content[] = [
    ...(input.copy ? [line('SALINAN', 14, true)] : []),
    ...(input.office.letterheadLogo
      ? [
          {
            image: input.office.letterheadLogo,
            fit: [mm(printableMm), mm(roll ? 14 : 20)] as [number, number],
            alignment: 'center' as const,
          },
        ]
      : []),
    line(input.office.officeName, 11, true),
    ...(input.office.officeAddress ? [line(input.office.officeAddress, 8)] : []),
    rule(),
    line('TANDA TERIMA PENGADUAN', 9, true),
    { text: input.number, bold: true, fontSize: size(13), alignment: 'center', margin: [0, mm(1), 0, mm(1)] },
    ...(input.laporTrackingId ? [line(`No. LAPOR! ${input.laporTrackingId}`, 8)] : []),
    line(`${input.classification} · ${input.channel}`, 8),
    {
      text: input.complainantName,
      bold: true,
      fontSize: size(9),
      alignment: 'center',
      margin: [0, mm(1), 0, 0],
    },
    line(subject, 8),
    line(`Diterima ${officeDateTime(input.reportedAt, zone)}`, 8),
    {
      qr: input.number,
      fit: mm(Math.min(28, printableMm * 0.6)),
      alignment: 'center',
      margin: [0, mm(2), 0, mm(1)],
    },
    line(input.next, 8),
    ...(input.dueAt !== null ? [line(`Paling lambat ${officeDate(input.dueAt, zone)}`, 8, true)] : []),
    line('Sebutkan nomor ini saat menanyakan progres pengaduan.', 7),
    rule(),
    line(`Dok. ${input.documentNumber}`, 7),
    line(`Dicetak ${officeDateTime(input.printedAt, zone)}`, 7),
    ...(input.footer
      ? [{ ...(line(input.footer, 8) as object), margin: [0, mm(1.5), 0, 0] } as Content]
      : []),
  ]
  return {
    info: { title: `Tanda terima pengaduan ${input.number}`, subject: input.documentNumber },
    pageSize: roll ? { width: mm(widthMm), height: 'auto' } : 'A5',
    pageMargins: roll ? [side, mm(3), side, mm(6)] : [side, mm(15), side, mm(15)],
    content,
  }
}
