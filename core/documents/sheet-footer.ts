import type { Content, DynamicContent } from 'pdfmake/interfaces'
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
