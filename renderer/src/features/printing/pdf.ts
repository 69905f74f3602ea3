// Vite copies the worker into the build and gives its address: same origin, so the CSP's
// script-src 'self' (worker-src falls back to it) lets it run without a blob: or an eval.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

/** CSS pixels per PDF point: a point is 1/72 inch, a CSS pixel 1/96 inch. */
export const CSS_PX_PER_POINT = 96 / 72

/** A document's bytes from the contract's base64 (documents.pdf). */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** A rendered page: its canvas and its true size in CSS pixels. */
export interface RenderedPage {
  canvas: HTMLCanvasElement
  widthPx: number
  heightPx: number
}

/**
 * Draws every page of a PDF into its own canvas at true size (1 pt = 96/72 CSS px), with as many
 * device pixels as the screen has so text stays sharp. pdf.js is loaded on first use only: most
 * screens never preview anything. Stops early (and frees the document) when `signal` aborts.
 */
export async function renderPdf(bytes: Uint8Array, signal: AbortSignal): Promise<RenderedPage[]> {
  const pdfjs = await import('pdfjs-dist')
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl
  // No eval: the renderer's CSP refuses it, and pdf.js would otherwise try it for fonts.
  const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false })
  const pdf = await task.promise
  try {
    const pages: RenderedPage[] = []
    const scale = window.devicePixelRatio || 1
    for (let no = 1; no <= pdf.numPages && !signal.aborted; no += 1) {
      const page = await pdf.getPage(no)
      const css = page.getViewport({ scale: CSS_PX_PER_POINT })
      const device = page.getViewport({ scale: CSS_PX_PER_POINT * scale })
      const canvas = document.createElement('canvas')
      canvas.width = Math.ceil(device.width)
      canvas.height = Math.ceil(device.height)
      canvas.style.width = `${css.width}px`
      canvas.style.height = `${css.height}px`
      await page.render({ canvas, viewport: device }).promise
      pages.push({ canvas, widthPx: css.width, heightPx: css.height })
    }
    return pages
  } finally {
    await task.destroy()
  }
}
