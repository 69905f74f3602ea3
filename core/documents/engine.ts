import { createHash } from 'node:crypto'
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
  /** Images already tried, by their data URL's SHA-256: whether pdfkit could read them. */
  private readonly images = new Map<string, boolean>()

  constructor(private readonly fontsFolder: string) {}

  /**
   * Whether pdfmake can draw this image (a PNG or JPEG data URL): a file can fit the settings'
   * schema (format, size) and show in a browser, yet be one pdfkit's reader refuses ("Incomplete or
   * corrupt PNG file"); drawn into a document, it would make every document fail. Tried once on a
   * one-image page and remembered (a few ms the first time).
   */
  async canDraw(image: string): Promise<boolean> {
    const key = createHash('sha256').update(image).digest('hex')
    const known = this.images.get(key)
    if (known !== undefined) return known
    let readable: boolean
    try {
      await this.render({ content: [{ image, width: 10 }] })
      readable = true
    } catch {
      readable = false
    }
    if (this.images.size > 32) this.images.clear()
    this.images.set(key, readable)
    return readable
  }

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
