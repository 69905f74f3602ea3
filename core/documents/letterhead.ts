import type { Content } from 'pdfmake/interfaces'
import type { OfficeSettings } from '../../common/settings'
import { mm } from './units'

/** What a sheet's letterhead is made of (settings: name, address, logo). */
export type Letterhead = Pick<OfficeSettings, 'officeName' | 'officeAddress' | 'letterheadLogo'>

/**
 * The office's letterhead for a sheet (A4, A5) `widthMm` wide inside its margins: the logo at the
 * left when there is one, the name and address centred, a double rule under them, as Indonesian
 * government letterheads (kop surat) are laid out.
 */
export function letterhead(office: Letterhead, widthMm: number): Content[] {
  const words: Content = {
    stack: [
      { text: office.officeName.toUpperCase(), bold: true, fontSize: 14, alignment: 'center' },
      ...(office.officeAddress
        ? [{ text: office.officeAddress, fontSize: 9, alignment: 'center' as const }]
        : []),
    ],
  }
  const width = mm(widthMm)
  return [
    office.letterheadLogo
      ? {
          columns: [
            { image: office.letterheadLogo, fit: [mm(20), mm(20)], width: mm(22) },
            { ...words, width: '*' },
            { text: '', width: mm(22) },
          ],
          columnGap: mm(2),
        }
      : words,
    {
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 1.5 },
        { type: 'line', x1: 0, y1: 2.5, x2: width, y2: 2.5, lineWidth: 0.5 },
      ],
      margin: [0, mm(2), 0, mm(4)],
    },
  ]
}
