import type {
  Column,
  ColumnProperties,
  Content,
  ContentCanvas,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces'
import type { OfficeTimeZone } from '../../common/settings'
import type { SkmChoiceField, SkmQuestionnaire } from '../../common/skm'
import type { Letterhead } from './letterhead'
import { letterhead } from './letterhead'
import { a4Sheet } from './sheet-footer'
import { mm, officeDate } from './units'

/** What the printed SKM form shows; every time in ms UTC, printed in the office's zone. */
export interface SkmFormInput {
  office: Letterhead & { timeZone: OfficeTimeZone }
  /** The questionnaire the answers will be entered under (`skmQuestionnaire()` for the current one). */
  questionnaire: SkmQuestionnaire
  /** The visit the form is handed out for; null for a blank form printed ahead for the counter. */
  visit: { number: string; startedAt: number } | null
  /** The SOP's name and number; null procedure leaves a line to write the service on. */
  procedureName: string | null
  sopNumber: string | null
  /**
   * Printed only when the visitor wants their name on it; null leaves the line blank, since the
   * survey may be anonymous. The form has no NIK at all, by design.
   */
  respondentName: string | null
  documentNumber: string
  printedAt: number
  /** A reprint: stamped SALINAN like every other document. */
  copy: boolean
}

const A4_WIDTH_MM = 210
const SIDE_MM = 20
const BOX_MM = 3.2
const GREY = '#555555'

/** An empty tick box; a new node each call, since pdfmake writes its layout into the nodes it gets. */
function box(): Column {
  return {
    canvas: [{ type: 'rect', x: 0, y: 0.5, w: mm(BOX_MM), h: mm(BOX_MM), lineWidth: 0.7 }],
    width: mm(BOX_MM + 1.5),
  }
}

/** A tick box with its label after it, as wide as both need. */
function choice(label: string): Column {
  return { columns: [box(), { text: label, width: 'auto' }], columnGap: 0, width: 'auto' }
}

/** A dotted line `widthMm` long to write on, where the form has nothing to print. */
function writeOn(widthMm: number): ContentCanvas & ColumnProperties {
  return {
    canvas: [
      {
        type: 'line',
        x1: 0,
        y1: mm(3.6),
        x2: mm(widthMm),
        y2: mm(3.6),
        lineWidth: 0.5,
        dash: { length: 1.5 },
      },
    ],
    width: mm(widthMm),
  }
}

/** A tick as the respondent draws it, since Roboto has no ✓ (U+2713). */
function tick(): Column {
  return {
    canvas: [
      {
        type: 'polyline',
        points: [
          { x: 0.5, y: mm(2) },
          { x: mm(1.1), y: mm(3.1) },
          { x: mm(2.8), y: mm(0.6) },
        ],
        lineWidth: 1,
      },
    ],
    width: mm(3.4),
  }
}

/**
 * Takes what the form shows and gives the pdfmake definition that `DocumentEngine.render` draws:
 * the formulir Survei Kepuasan Masyarakat on A4 portrait (210 × 297 mm, 20 mm sides), after the
 * sample questionnaire of `questionnaire`'s regulation (PermenPANRB No. 14 Tahun 2017 as
 * shipped). It holds the letterhead, the title and the regulation, the service (SOP name and
 * number), the visit number and date in the office's zone, a name line the visitor may leave
 * blank (never an NIK), the respondent's profile and every element's question with one tick box
 * an answer (worth scale.min … scale.max from left to right), a box for saran dan masukan, and on
 * each page's foot the document number, the printing time, the page count and a QR code of the
 * visit number (the document number for a blank form). A reprint says SALINAN on every page.
 * Laid out for one page; a longer questionnaire runs on, a question never split.
 */
export function skmFormDefinition(input: SkmFormInput): TDocumentDefinitions {
  const zone = input.office.timeZone
  const q = input.questionnaire
  const width = A4_WIDTH_MM - 2 * SIDE_MM
  const label = (text: string): TableCell => ({ text, color: GREY })
  const service: TableCell =
    input.procedureName === null
      ? { ...writeOn(120), colSpan: 3 }
      : {
          // An SOP number split over two lines reads as two numbers.
          text: input.sopNumber
            ? [input.procedureName, ' (', { text: input.sopNumber, noWrap: true }, ')']
            : input.procedureName,
          colSpan: 3,
        }
  const respondent: TableCell = input.respondentName
    ? { text: input.respondentName, colSpan: 3 }
    : {
        columns: [
          writeOn(70),
          { text: '(boleh tidak diisi)', color: GREY, fontSize: 8, margin: [mm(2), 0, 0, 0], width: '*' },
        ],
        colSpan: 3,
      }
  const identity: Content = {
    table: {
      widths: [mm(30), '*', mm(14), mm(48)],
      body: [
        [label('Layanan'), service, {}, {}],
        [
          label('Nomor kunjungan'),
          input.visit ? { text: input.visit.number, bold: true } : writeOn(60),
          label('Tanggal'),
          input.visit ? officeDate(input.visit.startedAt, zone) : writeOn(40),
        ],
        [label('Nama responden'), respondent, {}, {}],
      ],
    },
    layout: { defaultBorder: false, paddingTop: () => 1, paddingBottom: () => 1, paddingLeft: () => 0 },
    margin: [0, 0, 0, mm(2)],
  }
  const choices = (field: SkmChoiceField): Column[] =>
    field.options.map((option): Column =>
      option.specify
        ? { columns: [choice(`${option.label.id}:`), writeOn(28)], columnGap: mm(1), width: 'auto' }
        : choice(option.label.id),
    )
  const profileRow = (name: string, cells: Column[]): TableCell[] => [
    label(name),
    { columns: cells, columnGap: mm(4.5) },
  ]
  const { profile } = q
  const profileTable: Content = {
    table: {
      widths: [mm(24), '*'],
      body: [
        profileRow(profile.sex.label.id, [
          ...choices(profile.sex),
          { text: `${profile.age.label.id}:`, color: GREY, width: 'auto', margin: [mm(8), 0, 0, 0] },
          writeOn(12),
          { text: profile.age.unit.id, width: 'auto' },
        ]),
        profileRow(profile.education.label.id, choices(profile.education)),
        profileRow(profile.occupation.label.id, choices(profile.occupation)),
      ],
    },
    layout: { defaultBorder: false, paddingTop: () => 1, paddingBottom: () => 1, paddingLeft: () => 0 },
    margin: [0, 0, 0, mm(2)],
  }
  const sectionHead = (text: string): Content => ({
    table: { widths: ['*'], body: [[{ text, bold: true, fillColor: '#eeeeee', margin: [mm(1), 1, 0, 1] }]] },
    layout: 'noBorders',
    margin: [0, 0, 0, mm(1.5)],
  })
  const answerColumn = (answer: string, score: number): Column => ({
    columns: [box(), { text: [{ text: `${score} `, color: GREY, fontSize: 7 }, answer], width: '*' }],
    columnGap: 0,
    width: '*',
  })
  const questionRows: TableCell[][] = q.elements.map((element, i): TableCell[] => [
    { text: `${i + 1}.`, bold: true },
    {
      stack: [
        { text: element.question.id, margin: [0, 0, 0, mm(1.2)] },
        {
          columns: element.answers.map((answer, a) => answerColumn(answer.id, q.scale.min + a)),
          columnGap: mm(1.5),
          fontSize: 8.5,
        },
      ],
    },
  ])
  const content: Content[] = [
    ...letterhead(input.office, width),
    { text: 'SURVEI KEPUASAN MASYARAKAT (SKM)', bold: true, fontSize: 13, alignment: 'center' },
    {
      text: `Kuesioner menurut ${q.label}`,
      fontSize: 8,
      color: GREY,
      alignment: 'center',
      margin: [0, 0, 0, mm(2)],
    },
    identity,
    sectionHead('I. PROFIL RESPONDEN'),
    profileTable,
    sectionHead('II. PENDAPAT RESPONDEN TENTANG PELAYANAN'),
    {
      columns: [
        { text: 'Berilah tanda centang (', width: 'auto' },
        tick(),
        { text: ') pada satu kotak jawaban yang sesuai untuk setiap pertanyaan.', width: '*' },
      ],
      columnGap: mm(0.5),
      fontSize: 9,
      margin: [0, 0, 0, mm(1)],
    },
    {
      table: { widths: [mm(5), '*'], body: questionRows, dontBreakRows: true },
      layout: {
        hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.4),
        hLineColor: () => '#bbbbbb',
        vLineWidth: () => 0,
        paddingLeft: () => 0,
        paddingTop: () => mm(0.8),
        paddingBottom: () => mm(0.8),
      },
      margin: [0, 0, 0, mm(2)],
    },
    {
      unbreakable: true,
      stack: [
        sectionHead('III. SARAN DAN MASUKAN'),
        {
          table: { widths: ['*'], heights: [mm(24)], body: [['']] },
          layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6 },
        },
      ],
    },
  ]
  return a4Sheet({
    title: `Survei kepuasan masyarakat${input.visit ? ` ${input.visit.number}` : ''}`,
    issue: input,
    zone,
    qr: input.visit?.number ?? input.documentNumber,
    content,
  })
}
