import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { OfficeTimeZone, Signatory } from '../../common/settings'
import type { Letterhead } from './letterhead'
import { letterhead } from './letterhead'
import { sheetFooter } from './sheet-footer'
import { mm, officeClock, officeDate, officeDateTime } from './units'

/** One step of the visit as it ran; times in ms UTC, null where the step never started or ended. */
export interface NoteStep {
  no: number
  activity: string
  startedAt: number | null
  endedAt: number | null
  /** The SOP's standard in words (`5 menit`, `3 hari kerja`); null when the step has none. */
  standard: string | null
  overdue: boolean
  /** Why it overran, as the officer recorded it. */
  reason: string | null
  skipped: boolean
}

/** The complaint a visit was about, as the note prints it (issue 11); times in ms UTC. */
export interface NoteComplaint {
  /** The local number and the LAPOR! tracking ID, whichever it has. */
  number: string | null
  laporTrackingId: string | null
  subject: string
  /** Where it stands in words (`Diverifikasi — Admin Instansi`), and since when. */
  status: string
  since: number | null
  /** The status history, oldest first: when, what, from whom to whom, a note. */
  history: { at: number; what: string; who: string; note: string | null }[]
}

/** What the catatan konsultasi pelapor (seed 001, step 4's output) shows. */
export interface ConsultationNoteInput {
  office: Letterhead & { timeZone: OfficeTimeZone }
  visitNumber: string
  /** The SOP's name and number (`SOP OT.01.02-054-055.De.6`). */
  procedureName: string
  sopNumber: string | null
  visitorName: string
  /** Masked as lists show it (`3201••••••••0098`): a print never carries the full NIK. */
  nikMasked: string | null
  arrivedAt: number
  finishedAt: number | null
  steps: NoteStep[]
  /** The complaint the visit was about (step 4), with its status history; null when none was picked. */
  complaint: NoteComplaint | null
  /** What the officer explained: the visit's recorded outcome. */
  explained: string
  /** What happens next, and by when (ms UTC); null when the visit closed the matter. */
  nextStep: { text: string; deadline: number | null } | null
  /** The officer who served: name, title and NIP from settings (an empty title or NIP prints none). */
  officer: Signatory
  /** The unit's head, who signs "Mengetahui" below, when the office names one in settings. */
  head: Signatory | null
  documentNumber: string
  printedAt: number
  copy: boolean
}

/** A span (ms) in Indonesian words: `40 detik`, `4 menit`, `4 menit 10 detik`, `2 jam 5 menit`, `3 hari 2 jam`. */
export function spanInWords(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  const days = Math.floor(seconds / 86_400)
  const hours = Math.floor((seconds % 86_400) / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  if (days > 0) return `${days} hari${hours > 0 ? ` ${hours} jam` : ''}`
  if (hours > 0) return `${hours} jam${minutes > 0 ? ` ${minutes} menit` : ''}`
  const rest = seconds % 60
  if (minutes === 0) return `${rest} detik`
  return `${minutes} menit${rest > 0 ? ` ${rest} detik` : ''}`
}

/** The complaint's numbers, its status now and its history (issue 11 deliverable 4). */
function complaintSection(complaint: NoteComplaint, zone: OfficeTimeZone): Content[] {
  const label = (text: string): Content => ({ text, color: '#555555' })
  const rows: Content[][] = [
    ...(complaint.number ? [[label('Nomor pengaduan'), { text: complaint.number, bold: true }]] : []),
    ...(complaint.laporTrackingId
      ? [[label('Nomor LAPOR!'), { text: complaint.laporTrackingId, bold: true }]]
      : []),
    [label('Perihal'), complaint.subject],
    [
      label('Status saat ini'),
      {
        text: `${complaint.status}${complaint.since !== null ? ` (sejak ${officeDateTime(complaint.since, zone)})` : ''}`,
        bold: true,
      },
    ],
  ]
  const header = ['Tanggal', 'Kegiatan', 'Oleh', 'Catatan'].map((text) => ({
    text,
    bold: true,
    fillColor: '#eeeeee',
  }))
  return [
    { text: 'Pengaduan', bold: true, margin: [0, 0, 0, mm(1.5)] },
    { table: { widths: [mm(38), '*'], body: rows }, layout: 'noBorders', margin: [0, 0, 0, mm(2)] },
    { text: 'Riwayat status', bold: true, margin: [0, 0, 0, mm(1.5)] },
    {
      table: {
        headerRows: 1,
        widths: [mm(30), mm(38), '*', mm(45)],
        body: [
          header,
          ...complaint.history.map((line) => [
            officeDateTime(line.at, zone),
            line.what,
            line.who,
            line.note ?? '',
          ]),
        ],
      },
      fontSize: 9,
      margin: [0, 0, 0, mm(4)],
    },
  ]
}

const A4_WIDTH_MM = 210
const SIDE_MM = 20

/**
 * The catatan konsultasi pelapor on A4 (seed 001: what the visitor takes home): the letterhead, who
 * came and when (NIK masked), each step's actual time against its SOP standard with the reason for
 * any overrun, what was explained, the next step and its deadline, and signature blocks for the
 * officer (name, title, NIP) and the visitor. Every page's foot carries the document number, the
 * printing time in the office's zone, a QR code of the visit number and the page count; a reprint
 * is marked SALINAN. As long as its content needs (the complaint's status history joins it with
 * the complaints issue).
 */
export function consultationNoteDefinition(input: ConsultationNoteInput): TDocumentDefinitions {
  const zone = input.office.timeZone
  const width = A4_WIDTH_MM - 2 * SIDE_MM
  const label = (text: string): Content => ({ text, color: '#555555' })
  const identity: Content = {
    table: {
      widths: [mm(38), '*'],
      body: [
        [label('Nomor kunjungan'), { text: input.visitNumber, bold: true }],
        [label('Pelapor'), input.visitorName],
        [label('NIK'), input.nikMasked ?? '—'],
        [
          label('Layanan'),
          input.sopNumber ? `${input.procedureName} (${input.sopNumber})` : input.procedureName,
        ],
        [label('Tiba'), officeDateTime(input.arrivedAt, zone)],
        [label('Selesai'), input.finishedAt !== null ? officeDateTime(input.finishedAt, zone) : '—'],
      ],
    },
    layout: 'noBorders',
    margin: [0, 0, 0, mm(4)],
  }
  const header = ['No', 'Kegiatan', 'Mulai', 'Selesai', 'Waktu', 'Standar', 'Keterangan'].map((text) => ({
    text,
    bold: true,
    fillColor: '#eeeeee',
  }))
  const stepRows = input.steps.map((step) => {
    const spent =
      step.startedAt !== null && step.endedAt !== null ? spanInWords(step.endedAt - step.startedAt) : '—'
    const verdict = step.skipped
      ? 'Dilewati'
      : step.endedAt === null
        ? 'Belum selesai'
        : step.overdue
          ? `Melewati standar${step.reason ? `: ${step.reason}` : ''}`
          : 'Sesuai standar'
    return [
      String(step.no),
      step.activity,
      step.startedAt !== null ? officeClock(step.startedAt, zone) : '—',
      step.endedAt !== null ? officeClock(step.endedAt, zone) : '—',
      spent,
      step.standard ?? '—',
      { text: verdict, color: step.overdue ? '#b00020' : undefined },
    ]
  })
  const signature = (role: string, person: Signatory) =>
    ({
      stack: [
        { text: role, alignment: 'center' },
        // A line even without a title, so both names sign at one height.
        { text: person.title || ' ', alignment: 'center', fontSize: 9 },
        { text: ' ', margin: [0, mm(18), 0, 0] },
        { text: person.name, bold: true, decoration: 'underline', alignment: 'center' },
        ...(person.nip ? [{ text: `NIP ${person.nip}`, alignment: 'center' as const, fontSize: 9 }] : []),
      ],
      unbreakable: true,
    }) satisfies Content
  const content: Content[] = [
    ...letterhead(input.office, width),
    ...(input.copy ? [{ text: 'SALINAN', bold: true, fontSize: 12, alignment: 'right' as const }] : []),
    {
      text: 'CATATAN KONSULTASI PELAPOR',
      bold: true,
      fontSize: 13,
      alignment: 'center',
      margin: [0, 0, 0, mm(4)],
    },
    identity,
    ...(input.complaint ? complaintSection(input.complaint, zone) : []),
    { text: 'Langkah layanan', bold: true, margin: [0, 0, 0, mm(1.5)] },
    {
      table: {
        headerRows: 1,
        widths: [mm(7), '*', mm(12), mm(12), mm(25), mm(18), mm(36)],
        body: [header, ...stepRows],
      },
      fontSize: 9,
      margin: [0, 0, 0, mm(4)],
    },
    { text: 'Yang dijelaskan kepada pelapor', bold: true, margin: [0, 0, 0, mm(1.5)] },
    { text: input.explained, margin: [0, 0, 0, mm(4)] },
    { text: 'Langkah berikutnya', bold: true, margin: [0, 0, 0, mm(1.5)] },
    input.nextStep
      ? {
          stack: [
            input.nextStep.text,
            ...(input.nextStep.deadline !== null
              ? [{ text: `Batas waktu: ${officeDate(input.nextStep.deadline, zone)}`, bold: true }]
              : []),
          ],
          margin: [0, 0, 0, mm(8)],
        }
      : { text: 'Tidak ada: pengaduan ini selesai pada kunjungan ini.', margin: [0, 0, 0, mm(8)] },
    {
      // The head's "Mengetahui" joins the same row when the office names one: one page stays one.
      columns: [
        signature('Petugas,', input.officer),
        signature('Pelapor,', { name: input.visitorName, nip: '', title: '' }),
        ...(input.head ? [signature('Mengetahui,', input.head)] : []),
      ],
      columnGap: mm(input.head ? 8 : 20),
    },
  ]
  return {
    info: { title: `Catatan konsultasi pelapor ${input.visitNumber}`, subject: input.documentNumber },
    pageSize: 'A4',
    pageMargins: [mm(SIDE_MM), mm(15), mm(SIDE_MM), mm(28)],
    defaultStyle: { fontSize: 10 },
    content,
    footer: sheetFooter({
      documentNumber: input.documentNumber,
      printedAt: input.printedAt,
      zone,
      qr: input.visitNumber,
      sideMm: SIDE_MM,
      gapMm: 4,
    }),
  }
}
