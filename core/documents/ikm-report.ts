import { format, parseISO } from 'date-fns'
import { id as indonesian } from 'date-fns/locale'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { periodRange } from '../../common/ikm/periods'
import type { IkmReport } from '../../common/ikm/report'
import type { OfficeTimeZone } from '../../common/settings'
import type { Letterhead } from './letterhead'
import { letterhead } from './letterhead'
import { a4Sheet } from './sheet-footer'
import { mm } from './units'

/** What the printed IKM report shows; every time in ms UTC, printed in the office's zone. */
export interface IkmReportInput {
  office: Letterhead & { timeZone: OfficeTimeZone }
  /** The report as the screen shows it (common/ikm/report.ts): both read the same figures. */
  report: IkmReport
  documentNumber: string
  printedAt: number
  /** A reprint: stamped SALINAN like every other document. */
  copy: boolean
}

const A4_WIDTH_MM = 210
const SIDE_MM = 20
const GREY = '#555555'
const HEAD_FILL = '#eeeeee'

/**
 * A number as Indonesian documents print it, a comma before the decimals (`88,31`); thousands are
 * grouped with a full stop (`1.250`), as PUEBI writes them.
 */
function decimal(value: number, digits: number): string {
  const [whole = '0', fraction] = value.toFixed(digits).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return fraction === undefined ? grouped : `${grouped},${fraction}`
}

/** The IKM (two decimals) printed from its hundredths, so the figure is the report's to the last digit. */
function ikmText(ikm: number): string {
  const cents = Math.round(ikm * 100)
  return `${decimal(Math.floor(cents / 100), 0)},${String(cents % 100).padStart(2, '0')}`
}

/** A date 'YYYY-MM-DD' spelled as a report prints it: `1 Januari 2026`. */
function spelled(day: string): string {
  return format(parseISO(day), 'd MMMM yyyy', { locale: indonesian })
}

const whole = (n: number) => decimal(n, 0)

/**
 * Takes the IKM report of a period (see IkmReport) with the office, the document number and the
 * printing time, and gives the pdfmake definition `DocumentEngine.render` draws: the Laporan
 * Indeks Kepuasan Masyarakat on A4 portrait (210 × 297 mm, 20 mm sides) after PermenPANRB No. 14
 * Tahun 2017: the letterhead, the title, the period with its dates, the service (or the whole
 * office), the regulation the questionnaire follows, the IKM with a decimal comma and its grade
 * (mutu pelayanan and kinerja unit pelayanan), the respondents against Krejcie–Morgan's least
 * sample for the visits served and whether it is met, one row an element (NRR and NRR tertimbang),
 * the weakest elements, the trend over the previous periods, answers under other questionnaire
 * versions counted apart, and on each page's foot the document number, printing time, page count
 * and a QR code of the document number. A period no one answered in says so and prints no IKM. A
 * reprint says SALINAN on every page. Throws nothing of its own; the report is taken as parsed.
 */
export function ikmReportDefinition(input: IkmReportInput): TDocumentDefinitions {
  const zone = input.office.timeZone
  const r = input.report
  const width = A4_WIDTH_MM - 2 * SIDE_MM
  const range = periodRange(r.period)
  const label = (text: string): TableCell => ({ text, color: GREY })
  const head = (text: string, alignment: 'left' | 'right' | 'center' = 'left'): TableCell => ({
    text,
    bold: true,
    fillColor: HEAD_FILL,
    alignment,
  })
  const sectionHead = (text: string): Content => ({
    table: { widths: ['*'], body: [[{ text, bold: true, fillColor: HEAD_FILL, margin: [mm(1), 1, 0, 1] }]] },
    layout: 'noBorders',
    margin: [0, mm(3), 0, mm(1.5)],
  })
  const answered = r.respondents > 0 && r.ikm !== null
  const identity: Content = {
    table: {
      widths: [mm(42), '*'],
      body: [
        [
          label('Periode'),
          {
            text: [
              { text: r.periodLabel.id, bold: true },
              ` (${spelled(range.first)} – ${spelled(range.last)})`,
            ],
          },
        ],
        [label('Layanan'), r.serviceName?.id ?? 'Seluruh layanan kantor'],
        [label('Dasar'), `Kuesioner menurut ${r.questionnaireLabel}`],
      ],
    },
    layout: { defaultBorder: false, paddingTop: () => 1, paddingBottom: () => 1, paddingLeft: () => 0 },
    margin: [0, mm(2), 0, mm(1)],
  }
  const result: Content = answered
    ? {
        table: {
          widths: ['*', '*', '*'],
          body: [
            [
              head('NILAI IKM', 'center'),
              head('MUTU PELAYANAN', 'center'),
              head('KINERJA UNIT PELAYANAN', 'center'),
            ],
            [
              { text: ikmText(r.ikm ?? 0), fontSize: 20, bold: true, alignment: 'center' },
              { text: r.category?.grade ?? '—', fontSize: 20, bold: true, alignment: 'center' },
              {
                text: r.category?.performance.id ?? '—',
                fontSize: 13,
                bold: true,
                alignment: 'center',
                margin: [0, mm(1.5), 0, 0],
              },
            ],
          ],
        },
        layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6 },
        margin: [0, mm(1), 0, 0],
      }
    : {
        text: 'Belum ada responden pada periode ini, sehingga IKM tidak dapat dihitung.',
        italics: true,
        margin: [0, mm(1), 0, 0],
      }
  const sample: Content = {
    table: {
      widths: [mm(72), '*'],
      body: [
        [label('Jumlah responden'), { text: `${whole(r.respondents)} orang`, bold: true }],
        [label('Populasi (kunjungan selesai dilayani)'), `${whole(r.population)} kunjungan`],
        [label('Sampel minimum (Krejcie & Morgan, 1970)'), `${whole(r.minimumSample)} orang`],
        [label('Kecukupan sampel'), { text: r.sampleMet ? 'Terpenuhi' : 'Belum terpenuhi', bold: true }],
      ],
    },
    layout: { defaultBorder: false, paddingTop: () => 1, paddingBottom: () => 1, paddingLeft: () => 0 },
    margin: [0, mm(2), 0, 0],
  }
  const dash = (value: number | null, digits: number): TableCell => ({
    text: value === null ? '—' : decimal(value, digits),
    alignment: 'right',
  })
  const elementRows: TableCell[][] = r.elements.map((element, i) => [
    { text: String(i + 1), alignment: 'right' },
    { text: [{ text: `${element.id} `, color: GREY }, element.name.id] },
    dash(element.nrrRounded, 2),
    dash(element.weighted, 3),
  ])
  const weightedTotal = r.elements.reduce((sum, e) => sum + (e.weighted ?? 0), 0)
  const elements: Content = {
    table: {
      headerRows: 1,
      widths: [mm(8), '*', mm(20), mm(28)],
      body: [
        [head('No', 'right'), head('Unsur pelayanan'), head('NRR', 'right'), head('NRR tertimbang', 'right')],
        ...elementRows,
        [
          { text: 'Jumlah NRR tertimbang', colSpan: 3, bold: true, alignment: 'right' },
          {},
          {},
          { text: answered ? decimal(weightedTotal, 3) : '—', bold: true, alignment: 'right' },
        ],
      ],
      dontBreakRows: true,
    },
    layout: 'lightHorizontalLines',
  }
  const byId = new Map(r.elements.map((e) => [e.id, e]))
  const weakest: Content = answered
    ? {
        // Numbered in the text, not as a list, so the number reads with its line when the PDF is copied.
        stack: r.weakest.map((id, i) => {
          const e = byId.get(id)
          const nrr = e?.nrrRounded == null ? '—' : decimal(e.nrrRounded, 2)
          return `${i + 1}. ${id} ${e?.name.id ?? ''} (NRR ${nrr})`
        }),
      }
    : { text: '—', color: GREY }
  const trend: Content = {
    table: {
      headerRows: 1,
      widths: ['*', mm(26), mm(22), mm(36)],
      body: [
        [head('Periode'), head('Responden', 'right'), head('IKM', 'right'), head('Mutu pelayanan', 'center')],
        ...r.trend.map((point, i): TableCell[] => {
          const current = i === r.trend.length - 1
          return [
            { text: point.periodLabel.id, bold: current },
            { text: whole(point.respondents), alignment: 'right', bold: current },
            { text: point.ikm === null ? '—' : ikmText(point.ikm), alignment: 'right', bold: current },
            { text: point.grade ?? '—', alignment: 'center', bold: current },
          ]
        }),
      ],
      dontBreakRows: true,
    },
    layout: 'lightHorizontalLines',
  }
  const content: Content[] = [
    ...letterhead(input.office, width),
    { text: 'LAPORAN INDEKS KEPUASAN MASYARAKAT (IKM)', bold: true, fontSize: 13, alignment: 'center' },
    identity,
    sectionHead('I. HASIL'),
    result,
    sample,
    sectionHead('II. NILAI PER UNSUR PELAYANAN'),
    elements,
    {
      text: 'NRR: nilai rata-rata unsur; NRR tertimbang: NRR × bobot. IKM = jumlah NRR tertimbang × nilai konversi, dihitung dengan bobot tepat (tanpa pembulatan) dan dibulatkan sekali di akhir.',
      fontSize: 7.5,
      color: GREY,
      margin: [0, mm(1), 0, 0],
    },
    sectionHead('III. UNSUR DENGAN NILAI TERENDAH'),
    weakest,
    sectionHead('IV. PERKEMBANGAN IKM'),
    trend,
    ...(r.otherVersions.length > 0
      ? [
          {
            text: [
              'Jawaban menurut kuesioner versi lain pada periode ini, dilaporkan terpisah dan tidak dihitung di atas: ',
              r.otherVersions
                .map((other) => `${other.version} (${whole(other.respondents)} responden)`)
                .join(', '),
              '.',
            ],
            fontSize: 8.5,
            margin: [0, mm(3), 0, 0] as [number, number, number, number],
          },
        ]
      : []),
  ]
  return a4Sheet({
    title: `Laporan IKM ${r.periodLabel.id}`,
    issue: input,
    zone,
    qr: input.documentNumber,
    content,
  })
}
