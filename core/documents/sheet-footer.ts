import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { OfficeTimeZone } from '../../common/settings'
import { mm, officeDateTime } from './units'

/**
 * The foot of every page of a sheet document (A4, A5): its number, when it was printed in the
 * office's zone, "Halaman x dari y" at the left, and a QR code of `qr` (the visit number, else the
 * document's) at the right, `sideMm` in from the edges and `gapMm` below the content (issue 10:
 * every document carries its number, printing time and a QR code).
 */
export function sheetFooter(input: {
  documentNumber: string
  printedAt: number
  zone: OfficeTimeZone
  qr: string
  sideMm: number
  gapMm: number
}): DynamicContent {
  return (page, pages) => ({
    columns: [
      {
        stack: [
          `Dok. ${input.documentNumber}`,
          `Dicetak ${officeDateTime(input.printedAt, input.zone)}`,
          `Halaman ${page} dari ${pages}`,
        ],
        fontSize: 8,
        color: '#555555',
      },
      { qr: input.qr, fit: mm(18), alignment: 'right' },
    ],
    margin: [mm(input.sideMm), mm(input.gapMm), mm(input.sideMm), 0],
  })
}

/**
 * The SALINAN stamp of a sheet's reprint, in the top margin of every page (so a copy is marked on
 * each sheet, wherever the pages part, and costs the content no line), `sideMm` in from the edges
 * and `topMm` down; undefined for an original.
 */
export function copyStamp(copy: boolean, sideMm: number, topMm = 4): Content | undefined {
  return copy
    ? {
        text: 'SALINAN',
        bold: true,
        fontSize: 11,
        alignment: 'right',
        margin: [mm(sideMm), mm(topMm), mm(sideMm), 0],
      }
    : undefined
}

/**
 * The frame of an A4 portrait sheet (the SKM form, the IKM report, the consultation copy): its
 * title, margins in mm, the SALINAN stamp of a reprint, the base font size in pt, the content, and
 * the foot of every page (sheetFooter) with a QR code of `qr`. Margins default to the forms' own:
 * 20 mm at the sides, 11 mm above, 24 mm below (room for the foot's QR).
 */
export function a4Sheet(input: {
  title: string
  issue: { documentNumber: string; printedAt: number; copy: boolean }
  zone: OfficeTimeZone
  qr: string
  content: Content
  fontSize?: number
  margins?: { sideMm: number; topMm: number; bottomMm: number; copyTopMm: number; footGapMm: number }
  extra?: Pick<TDocumentDefinitions, 'pageBreakBefore'>
}): TDocumentDefinitions {
  const m = input.margins ?? { sideMm: 20, topMm: 11, bottomMm: 24, copyTopMm: 4, footGapMm: 2 }
  return {
    info: { title: input.title, subject: input.issue.documentNumber },
    pageSize: 'A4',
    pageMargins: [mm(m.sideMm), mm(m.topMm), mm(m.sideMm), mm(m.bottomMm)],
    header: copyStamp(input.issue.copy, m.sideMm, m.copyTopMm),
    defaultStyle: { fontSize: input.fontSize ?? 9.5 },
    content: input.content,
    ...input.extra,
    footer: sheetFooter({
      documentNumber: input.issue.documentNumber,
      printedAt: input.issue.printedAt,
      zone: input.zone,
      qr: input.qr,
      sideMm: m.sideMm,
      gapMm: m.footGapMm,
    }),
  }
}
