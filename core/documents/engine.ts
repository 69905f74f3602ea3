import { join, resolve, sep } from 'node:path'
import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'

/** The font every document is set in: embedded, so Indonesian text prints the same on any PC. */
export const DOCUMENT_FONT = 'Roboto'

let configuredFor: string | null = null

/**
 * Sets pdfmake up once for this process (it is a singleton: fonts and policies are global): the
 * Roboto files shipped in `resources/fonts`, no URL ever fetched (CVE-2026-26801, SSRF), and no
 * local file read but those fonts. A second call with another folder throws: two cores in one
 * process must share one `resources/` (they do: tests and the app both pass the repository's).
 */
function configure(fontsFolder: string): void {
  const folder = resolve(fontsFolder)
  if (configuredFor === folder) return
  if (configuredFor !== null) throw new Error(`pdfmake is already set up with fonts from ${configuredFor}`)
  pdfmake.setFonts({
    [DOCUMENT_FONT]: {
      normal: join(folder, 'Roboto-Regular.ttf'),
      bold: join(folder, 'Roboto-Medium.ttf'),
      italics: join(folder, 'Roboto-Regular.ttf'),
      bolditalics: join(folder, 'Roboto-Medium.ttf'),
    },
  })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(folder + sep))
  configuredFor = folder
}

/**
 * Draws documents as PDF bytes, in the core (never the renderer): the bytes drawn are the ones kept,
 * previewed and sent to the printer. Takes the folder of the shipped fonts (`resources/fonts`).
 */
export class DocumentEngine {
  constructor(private readonly fontsFolder: string) {}

  /** The PDF of `definition`, with its fonts embedded; throws what pdfmake throws on a bad definition. */
  async render(definition: TDocumentDefinitions): Promise<Uint8Array> {
    configure(this.fontsFolder)
    const pdf = pdfmake.createPdf({
      ...definition,
      defaultStyle: { font: DOCUMENT_FONT, ...definition.defaultStyle },
    })
    return new Uint8Array(await pdf.getBuffer())
  }
}
