import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { OfficeTimeZone } from '../../common/settings'
import type { Letterhead } from './letterhead'
import { letterhead } from './letterhead'
import { mm, officeClock, officeDate, officeDateTime } from './units'

/** One visit of the day as the log lists it; times in ms UTC. */
export interface LogLine {
  queueNumber: string | null
  visitNumber: string
  arrivedAt: number
  visitorName: string
  /** Masked (`3201••••••••0098`): a print never carries the full NIK. */
  nikMasked: string | null
  service: string
  /** The counter that served the visit (desk code), null when nobody called it. */
  counter: string | null
  /** Its state in words (`Selesai`, `Dibatalkan`, `Menunggu`). */
  status: string
  finishedAt: number | null
  enteredLate: boolean
}

/** What the daily visitor log (buku tamu harian) shows. */
export interface DailyLogInput {
  office: Letterhead & { timeZone: OfficeTimeZone }
  /** Any instant of the office day the log is of (ms UTC). */
  day: number
  lines: LogLine[]
  documentNumber: string
  printedAt: number
  /**
   * The head of this desk's audit hash chain when the log is drawn (core/audit/chain.ts), printed
   * so the chain's state leaves the database: a tail cut later no longer reaches it (issue 13).
   */
  auditHead: string
}

const A4_LANDSCAPE_WIDTH_MM = 297
const SIDE_MM = 12

/**
 * The daily visitor log on A4 landscape: the letterhead, the office day, one row a visit in the
 * order they came (queue and visit numbers, arrival, visitor with the NIK masked, service, counter,
 * state, finish), its heading repeated on every page, and a foot with the document number, the
 * printing time and the page count. As many pages as the day needs; a day with no visitor says so.
 */
export function dailyLogDefinition(input: DailyLogInput): TDocumentDefinitions {
  const zone = input.office.timeZone
  const width = A4_LANDSCAPE_WIDTH_MM - 2 * SIDE_MM
  const heading = [
    'No',
    'Antrean',
    'No. kunjungan',
    'Tiba',
    'Nama',
    'NIK',
    'Layanan',
    'Loket',
    'Status',
    'Selesai',
  ].map((text) => ({ text, bold: true, fillColor: '#eeeeee' }))
  const rows = input.lines.map((line, index) => [
    String(index + 1),
    line.queueNumber ?? '—',
    line.visitNumber,
    officeClock(line.arrivedAt, zone),
    line.visitorName,
    line.nikMasked ?? '—',
    line.service,
    line.counter ?? '—',
    line.enteredLate ? `${line.status} (susulan)` : line.status,
    line.finishedAt !== null ? officeClock(line.finishedAt, zone) : '—',
  ])
  const content: Content[] = [
    ...letterhead(input.office, width),
    { text: 'BUKU TAMU HARIAN', bold: true, fontSize: 13, alignment: 'center' },
    {
      text: `${officeDate(input.day, zone)} · ${input.lines.length} pengunjung`,
      alignment: 'center',
      margin: [0, mm(1), 0, mm(4)],
    },
    rows.length === 0
      ? { text: 'Tidak ada pengunjung pada hari ini.', italics: true }
      : {
          table: {
            headerRows: 1,
            widths: [mm(8), mm(13), mm(30), mm(10), '*', mm(27), mm(56), mm(10), mm(22), mm(11)],
            body: [heading, ...rows],
          },
          layout: 'lightHorizontalLines',
          fontSize: 8,
        },
    {
      text: [
        'Kepala rantai log audit loket ini saat dicetak: ',
        input.auditHead.match(/.{1,16}/g)?.join(' ') ?? input.auditHead,
      ],
      fontSize: 7,
      color: '#555555',
      margin: [0, mm(4), 0, 0],
    },
  ]
  return {
    info: { title: `Buku tamu harian ${officeDate(input.day, zone)}`, subject: input.documentNumber },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [mm(SIDE_MM), mm(12), mm(SIDE_MM), mm(14)],
    defaultStyle: { fontSize: 9 },
    content,
    footer: (page, pages) => ({
      columns: [
        { text: `Dok. ${input.documentNumber} · Dicetak ${officeDateTime(input.printedAt, zone)}` },
        { text: `Halaman ${page} dari ${pages}`, alignment: 'right' },
      ],
      fontSize: 8,
      color: '#555555',
      margin: [mm(SIDE_MM), mm(4), mm(SIDE_MM), 0],
    }),
  }
}
