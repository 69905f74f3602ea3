import type { PrintMedia } from '../../common/printing'
import { RECEIPT_PAPERS } from '../documents/receipt'

const POINTS_PER_MM = 72 / 25.4

/**
 * The first page's height in mm, read from the PDF's MediaBox (pdfkit writes it uncompressed);
 * null when the bytes hold none.
 */
export function pageHeightMm(pdf: Uint8Array): number | null {
  const head = Buffer.from(pdf.buffer, pdf.byteOffset, Math.min(pdf.byteLength, 64 * 1024)).toString('latin1')
  const box = /\/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(head)
  return box ? Number(box[2]) / POINTS_PER_MM : null
}

/**
 * The media a document is printed on, from its paper (documents.paper): a thermal roll cut to the
 * page's own length, so the spooler neither rotates the ticket nor shrinks it onto a sheet
 * (RESEARCH.md §1), or a sheet. A4 landscape prints on A4; the page turns, not the paper.
 */
export function mediaOf(paper: string, pdf: Uint8Array): PrintMedia {
  if (paper === 'roll58' || paper === 'roll80') {
    const widthMm = RECEIPT_PAPERS[paper].widthMm
    return { kind: 'roll', widthMm, heightMm: pageHeightMm(pdf) ?? widthMm * 3 }
  }
  return { kind: 'sheet', size: paper === 'a5' ? 'A5' : 'A4' }
}
