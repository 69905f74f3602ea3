import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { id as indonesian } from 'date-fns/locale'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { StandardTime } from '../../common/calendar/working-time'
import { maskNik } from '../../common/identity/nik'
import { digitsOnly } from '../../common/identity/normalize'
import type { VisitChannel, VisitPurpose } from '../../common/procedures'
import type { OfficeTimeZone, Signatory } from '../../common/settings'
import type { StepStatus } from '../../common/visits'
import { spanInWords } from './consultation-note'
import type { Letterhead } from './letterhead'
import { letterhead } from './letterhead'
import { a4Sheet } from './sheet-footer'
import { mm, officeDateTime } from './units'
import { PURPOSE_WORDS } from './words'

/** One step of the consultation's procedure as it ran; times in ms UTC, null where it never started or ended. */
export interface ConsultationCopyStep {
  no: number
  /** The SOP's kegiatan, as the procedure words it. */
  activity: string
  /** Who carries it out (pelaksana): `Tim Sekretariat`, `Kepala Bagian Umum dan RT`. */
  actor: string
  startedAt: number | null
  endedAt: number | null
  /** The SOP's waktu; null when the step has none. */
  standard: StandardTime | null
  status: StepStatus
  /**
   * Past its standard, as the desk judged it with the office's working calendar (working days
   * without holidays and cuti bersama): the document never recomputes it.
   */
  overdue: boolean
  /** Why it overran, as the officer recorded it. */
  reason: string | null
}

/** Who asked (seed 000 step 1: nama lengkap, NIP/NIK, unit kerja, jabatan, nomor telepon). */
export interface ConsultationRequester {
  name: string
  /**
   * Masked as lists show it (`3201••••••••0098`, common/identity/nik.ts maskNik): a print never
   * carries the full NIK. A value that still shows more than half of a NIK's 16 digits is masked
   * again here rather than printed.
   */
  nikMasked: string | null
  /** 18 digits; a civil servant's NIP is printed whole, as on any official letter. */
  nip: string | null
  workUnit: string | null
  position: string | null
  /** As the desk shows it (E.164 `+62812…` or as typed). */
  phone: string | null
  email: string | null
}

/** What the salinan riwayat konsultasi shows; every time in ms UTC, printed in the office's zone. */
export interface ConsultationCopyInput {
  office: Letterhead & { timeZone: OfficeTimeZone }
  /** `KON-LK1-20261201-0001`: printed large and in the QR code on every page. */
  consultationNumber: string
  /** The case's visit number, which times its steps (`LK1-20261201-0007`). */
  visitNumber: string
  /** The SOP's name and number (`SOP 248/UMM.02/IV/2022`); a null number prints the name alone. */
  procedureName: string
  sopNumber: string | null
  request: {
    channel: VisitChannel
    receivedAt: number
    /** The letter's number or the e-mail's subject; null when the request came without one. */
    reference: string | null
    requester: ConsultationRequester
    /** Substansi permasalahan; paragraphs are separated by a blank line. */
    substance: string
  }
  /** Lampiran as received, in order; `pages` null when not counted (a file, a link). */
  attachments: { description: string; pages: number | null }[]
  /** Seed 000 step 3; null before the head of general affairs has assigned anyone. */
  disposition: { assignee: string; assignedBy: string; at: number; note: string | null } | null
  steps: ConsultationCopyStep[]
  /** Seed 000 step 5's result; null while the team member is still studying the request. */
  answer: { by: string; at: number; text: string } | null
  /** The visits that worked on this consultation, oldest first (`at`: when the visit began). */
  visits: { number: string; at: number; purpose: VisitPurpose }[]
  /** The staff member who prints the copy: name, title and NIP from settings (empty ones print none). */
  officer: Signatory
  documentNumber: string
  printedAt: number
  /** A reprint: stamped SALINAN at the top of every page, like every other document. */
  copy: boolean
}

/** How the request reached the office, as the copy words it. */
export const CHANNEL_WORDS: Record<VisitChannel, string> = {
  letter: 'Surat',
  email: 'E-mail',
  website: 'Situs web',
  whatsapp: 'WhatsApp',
  walk_in: 'Datang langsung',
}

/** What the request's reference is, by the channel it came through. */
const REFERENCE_LABEL: Record<VisitChannel, string> = {
  letter: 'Nomor surat',
  email: 'Perihal e-mail',
  website: 'Nomor formulir',
  whatsapp: 'Rujukan',
  walk_in: 'Rujukan',
}

/**
 * An SOP's waktu as the table prints it: `10 menit`, `2 jam`, `3 hari kerja`, `½ hari kerja`,
 * `1½ hari kerja`; other fractions in Indonesian decimals (`0,25 jam`). The website SOP (seed 002)
 * writes ½ hari, and the sheet should read as the SOP does.
 */
export function standardText(standard: StandardTime): string {
  const unit = { minutes: 'menit', hours: 'jam', working_days: 'hari kerja' }[standard.unit]
  const whole = Math.floor(standard.value)
  const value =
    standard.value - whole === 0.5
      ? `${whole > 0 ? whole : ''}½`
      : standard.value.toLocaleString('id-ID', { maximumFractionDigits: 2 })
  return `${value} ${unit}`
}

/** A step's date and clock time, short enough for a table column: `1 Des 2026` over `09.05`. */
function shortDateTime(at: number, zone: OfficeTimeZone): string {
  const local = new TZDate(at, zone)
  return `${format(local, 'd MMM yyyy', { locale: indonesian })}\n${format(local, "HH'.'mm")}`
}

/** What the Keterangan column says of a step, and whether to print it as an overrun. */
function verdict(step: ConsultationCopyStep): { text: string; overrun: boolean } {
  const why = step.reason ? `: ${step.reason}` : ' (alasan belum dicatat)'
  switch (step.status) {
    case 'skipped':
      return { text: 'Dilewati', overrun: false }
    case 'pending':
      return { text: 'Belum', overrun: false }
    case 'running':
      return step.overdue
        ? { text: `Berjalan, melebihi standar${why}`, overrun: true }
        : { text: 'Berjalan', overrun: false }
    case 'done':
      if (step.overdue) return { text: `Melebihi standar${why}`, overrun: true }
      // A step without a waktu has nothing to be measured against.
      return { text: step.standard ? 'Sesuai standar' : 'Selesai', overrun: false }
  }
}

/** A NIK as it may be printed: the masked one, masked again if more than half of a NIK still shows. */
function printableNik(nikMasked: string): string {
  return digitsOnly(nikMasked).length > 8 ? maskNik(nikMasked) : nikMasked
}

/** Long text typed at a desk as paragraphs: a blank line separates them, a single break stays a break. */
function paragraphs(text: string): Content[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => ({ text: part, margin: [0, 0, 0, mm(1.5)] as [number, number, number, number] }))
}

const A4_WIDTH_MM = 210
const SIDE_MM = 20
const GREY = '#555555'
const RED = '#b00020'
/** A section head this far down the page starts the next one instead, so it never ends a page. */
const HEAD_LOW_ON_PAGE = 0.85

/**
 * Takes what the copy shows and gives the pdfmake definition `DocumentEngine.render` draws: the
 * salinan riwayat konsultasi that seed 000 step 6 sends the user together with the satisfaction
 * form, on A4 portrait (210 × 297 mm, 20 mm sides). It holds the letterhead; the consultation and
 * visit numbers; the request (channel in words, when received, the letter's number or e-mail's
 * subject, the requester's name, NIK masked or NIP, unit kerja, jabatan, phone, e-mail and the
 * substance); the lampiran; the disposisi (seed 000 step 3) or "Belum ditugaskan"; each step of the
 * procedure with its pelaksana, start and end, waktu baku, duration and verdict, an overrun with
 * its recorded reason; the answer (step 5) or "Belum dijawab"; the linked visits; and the printing
 * officer's signature block. Every page's foot carries the document number, the printing time, the
 * page count and a QR code of the consultation number; a reprint says SALINAN on every page.
 *
 * Durasi is the calendar time from Mulai to Selesai as printed beside it, so a reader can check it
 * against those two columns; whether a step met a waktu in hari kerja is the desk's verdict from
 * the office's working calendar (`overdue`), which the document does not have. A note under the
 * table says so. Long text runs over as many pages as it needs, the steps' header row repeated.
 */
export function consultationCopyDefinition(input: ConsultationCopyInput): TDocumentDefinitions {
  const zone = input.office.timeZone
  const width = A4_WIDTH_MM - 2 * SIDE_MM
  const label = (text: string): TableCell => ({ text, color: GREY })
  const fields = (rows: TableCell[][], bottomMm = 3): Content => ({
    table: { widths: [mm(38), '*'], body: rows },
    layout: { defaultBorder: false, paddingTop: () => 1, paddingBottom: () => 1, paddingLeft: () => 0 },
    margin: [0, 0, 0, mm(bottomMm)],
  })
  const sectionHead = (text: string): Content => ({
    table: { widths: ['*'], body: [[{ text, bold: true, fillColor: '#eeeeee', margin: [mm(1), 1, 0, 1] }]] },
    layout: 'noBorders',
    margin: [0, mm(1), 0, mm(1.5)],
    headlineLevel: 1,
  })
  const none = (text: string): Content => ({ text, italics: true, color: GREY, margin: [0, 0, 0, mm(3)] })
  const headerRow = (titles: string[]): TableCell[] =>
    titles.map((text) => ({ text, bold: true, fillColor: '#eeeeee' }))

  const { request } = input
  const { requester } = request
  const identity: TableCell[][] = [
    ...(requester.nikMasked ? [[label('NIK'), printableNik(requester.nikMasked)]] : []),
    ...(requester.nip ? [[label('NIP'), requester.nip]] : []),
    ...(!requester.nikMasked && !requester.nip ? [[label('NIK/NIP'), '—']] : []),
  ]
  const requestSection: Content[] = [
    sectionHead('A. PENGAJUAN KONSULTASI'),
    fields(
      [
        [label('Saluran'), CHANNEL_WORDS[request.channel]],
        [label('Diterima'), officeDateTime(request.receivedAt, zone)],
        [label(REFERENCE_LABEL[request.channel]), request.reference ?? '—'],
        [label('Nama lengkap'), { text: requester.name, bold: true }],
        ...identity,
        [label('Unit kerja'), requester.workUnit ?? '—'],
        [label('Jabatan'), requester.position ?? '—'],
        [label('Nomor telepon'), requester.phone ?? '—'],
        [label('E-mail'), requester.email ?? '—'],
      ],
      2,
    ),
    { text: 'Substansi permasalahan', color: GREY, margin: [0, 0, 0, mm(1)] },
    { stack: paragraphs(request.substance), margin: [0, 0, 0, mm(2)] },
  ]

  const attachmentSection: Content[] = [
    sectionHead('B. LAMPIRAN'),
    input.attachments.length === 0
      ? none('Tidak ada lampiran')
      : {
          ol: input.attachments.map((item) =>
            item.pages === null ? item.description : `${item.description} (${item.pages} halaman)`,
          ),
          margin: [0, 0, 0, mm(3)],
        },
  ]

  const { disposition } = input
  const dispositionSection: Content[] = [
    sectionHead('C. DISPOSISI'),
    disposition
      ? fields([
          [label('Ditugaskan kepada'), { text: disposition.assignee, bold: true }],
          [label('Oleh'), disposition.assignedBy],
          [label('Waktu'), officeDateTime(disposition.at, zone)],
          [label('Catatan disposisi'), disposition.note ?? '—'],
        ])
      : none('Belum ditugaskan'),
  ]

  const stepRows = input.steps.map((step): TableCell[] => {
    const said = verdict(step)
    return [
      String(step.no),
      step.activity,
      step.actor,
      step.startedAt !== null ? shortDateTime(step.startedAt, zone) : '—',
      step.endedAt !== null ? shortDateTime(step.endedAt, zone) : '—',
      step.standard ? standardText(step.standard) : '—',
      step.startedAt !== null && step.endedAt !== null ? spanInWords(step.endedAt - step.startedAt) : '—',
      { text: said.text, color: said.overrun ? RED : undefined },
    ]
  })
  const stepSection: Content[] = [
    sectionHead('D. LANGKAH LAYANAN'),
    {
      text: input.sopNumber ? `${input.procedureName} (${input.sopNumber})` : input.procedureName,
      margin: [0, 0, 0, mm(1.5)],
    },
    {
      table: {
        headerRows: 1,
        // A step's row stays whole: its verdict read on another page than its activity means nothing.
        dontBreakRows: true,
        widths: [mm(5), '*', mm(22), mm(15), mm(15), mm(14), mm(14), mm(28)],
        body: [
          headerRow([
            'No',
            'Kegiatan',
            'Pelaksana',
            'Mulai',
            'Selesai',
            'Waktu baku',
            'Durasi',
            'Keterangan',
          ]),
          ...stepRows,
        ],
      },
      // Narrower cell padding than pdfmake's 4 pt: eight columns would leave Kegiatan a sliver.
      layout: { paddingLeft: () => 3, paddingRight: () => 3 },
      fontSize: 8,
      margin: [0, 0, 0, mm(1)],
    },
    {
      text:
        'Durasi: waktu kalender dari Mulai sampai Selesai. Kesesuaian dengan waktu baku dalam hari kerja ' +
        'dinilai menurut hari dan jam kerja kantor, tanpa hari libur dan cuti bersama.',
      fontSize: 7.5,
      color: GREY,
      margin: [0, 0, 0, mm(3)],
    },
  ]

  const { answer } = input
  const answerSection: Content[] = [
    sectionHead('E. JAWABAN'),
    ...(answer
      ? ([
          fields(
            [
              [label('Dijawab oleh'), { text: answer.by, bold: true }],
              [label('Waktu'), officeDateTime(answer.at, zone)],
            ],
            2,
          ),
          { stack: paragraphs(answer.text), margin: [0, 0, 0, mm(2)] },
        ] satisfies Content[])
      : [none('Belum dijawab')]),
  ]

  const visitSection: Content[] = [
    sectionHead('F. KUNJUNGAN TERKAIT'),
    input.visits.length === 0
      ? none('Tidak ada kunjungan terkait')
      : {
          table: {
            headerRows: 1,
            widths: [mm(8), mm(42), mm(60), '*'],
            body: [
              headerRow(['No', 'Nomor kunjungan', 'Tanggal', 'Keperluan']),
              ...input.visits.map((visit, i): TableCell[] => [
                String(i + 1),
                visit.number,
                officeDateTime(visit.at, zone),
                PURPOSE_WORDS[visit.purpose],
              ]),
            ],
          },
          fontSize: 9,
          margin: [0, 0, 0, mm(6)],
        },
  ]

  const { officer } = input
  const signature: Content = {
    columns: [
      { text: '', width: '*' },
      {
        width: mm(70),
        stack: [
          { text: 'Petugas yang mencetak,', alignment: 'center' },
          ...(officer.title ? [{ text: officer.title, alignment: 'center' as const, fontSize: 9 }] : []),
          { text: ' ', margin: [0, mm(16), 0, 0] },
          { text: officer.name, bold: true, decoration: 'underline', alignment: 'center' },
          ...(officer.nip ? [{ text: `NIP ${officer.nip}`, alignment: 'center' as const, fontSize: 9 }] : []),
        ],
      },
    ],
    unbreakable: true,
    margin: [0, mm(4), 0, mm(4)],
  }

  const content: Content[] = [
    ...letterhead(input.office, width),
    {
      text: 'SALINAN RIWAYAT KONSULTASI',
      bold: true,
      fontSize: 13,
      alignment: 'center',
      margin: [0, 0, 0, mm(3)],
    },
    fields([
      [label('Nomor konsultasi'), { text: input.consultationNumber, bold: true, fontSize: 11 }],
      [label('Nomor kunjungan'), input.visitNumber],
    ]),
    ...requestSection,
    ...attachmentSection,
    ...dispositionSection,
    ...stepSection,
    ...answerSection,
    ...visitSection,
    {
      // The signature and the line under it end the document together, never split by a page.
      stack: [
        signature,
        {
          text: 'Dokumen ini dicetak dari Loket.',
          italics: true,
          fontSize: 8,
          color: GREY,
          alignment: 'center',
        },
      ],
      unbreakable: true,
    },
  ]

  return a4Sheet({
    title: `Salinan riwayat konsultasi ${input.consultationNumber}`,
    issue: input,
    zone,
    qr: input.consultationNumber,
    content,
    fontSize: 10,
    margins: { sideMm: SIDE_MM, topMm: 15, bottomMm: 28, copyTopMm: 6, footGapMm: 4 },
    extra: {
      pageBreakBefore: (node) =>
        node.headlineLevel === 1 && node.startPosition.verticalRatio > HEAD_LOW_ON_PAGE,
    },
  })
}
