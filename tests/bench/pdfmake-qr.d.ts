/** pdfmake's internal QR encoder (no types of its own), used by the documents bench only. */
declare module 'pdfmake/js/qrEnc.js' {
  /** Module rectangles in pt, from the top left of the code; `_width` is the code's side in pt. */
  const qrEncoder: {
    measure(node: { qr: string; fit?: number }): {
      _canvas: { x: number; y: number; w: number; h: number }[]
      _width: number
    }
  }
  export default qrEncoder
}
