import { parse as parseCsv } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { z } from 'zod'
import type { Localized } from '../../common/localized'
import { localize } from '../../common/localized'
import { COMPLAINT_ADMIN_WORDING, ComplaintRefusal } from './complaint-errors'

/**
 * A spreadsheet of complaints as the import reads it (issue 11 deliverable 7): CSV (LAPOR!'s export,
 * a spreadsheet saved as CSV) or XLSX, as header cells and data rows with the line number a person
 * sees in their spreadsheet (the header is line 1). One broken record is reported on its line and
 * never stops the rest from being read.
 */

/** A cell's value: text, a number, a real date (XLSX), a boolean, or nothing. */
export type Cell = string | number | boolean | Date | null

export interface SheetRow {
  /** The line in the file (CSV) or the row number (XLSX) where the record starts; the header is 1. */
  line: number
  cells: Cell[]
}

/** A record that could not be read at all, with why. */
export interface BrokenLine {
  line: number
  message: Localized
}

export interface Sheet {
  headers: string[]
  rows: SheetRow[]
  broken: BrokenLine[]
}

export const SHEET_FORMATS = ['csv', 'xlsx'] as const
export type SheetFormat = (typeof SHEET_FORMATS)[number]

/** Limits (issue 11 brief): the file's bytes, its data rows, and what an XLSX may inflate to. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024
export const MAX_IMPORT_ROWS = 20_000
/** Far above a 20,000-row sheet's XML, far below what would exhaust the server's memory (a ZIP bomb). */
export const MAX_XLSX_INFLATED_BYTES = 200 * 1024 * 1024

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/**
 * The file's format: from its name's extension when it has a known one, else sniffed (an XLSX is a
 * ZIP, `PK\x03\x04`; anything else is read as CSV text). Null for an `.xls` or other known binary
 * format the import cannot read.
 */
export function sheetFormat(bytes: Uint8Array, fileName?: string): SheetFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase()
  if (extension === 'xlsx') return 'xlsx'
  if (extension === 'csv' || extension === 'txt') return 'csv'
  if (ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) return 'xlsx'
  // The old binary Excel format (OLE2): say so rather than read garbage as CSV.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return null
  if (extension === 'xls' || extension === 'ods') return null
  return 'csv'
}

const wording = {
  broken_quote: {
    id: 'Baris {line}: tanda kutip (") tidak berpasangan sehingga baris ini tidak dapat dibaca. Periksa isinya di lembar kerja lalu simpan ulang sebagai CSV.',
    en: 'Line {line}: an unpaired quote (") makes this line unreadable. Check it in the spreadsheet and save it as CSV again.',
  },
  broken_record: {
    id: 'Baris {line}: baris ini tidak dapat dibaca sebagai CSV ({detail}).',
    en: 'Line {line}: this line cannot be read as CSV ({detail}).',
  },
  not_utf8: {
    id: 'Baris {line}: berisi karakter yang rusak (berkas bukan UTF-8?). Simpan ulang sebagai "CSV UTF-8".',
    en: 'Line {line}: holds broken characters (the file is not UTF-8?). Save it again as "CSV UTF-8".',
  },
} satisfies Record<string, Localized>

function refuse(reason: keyof typeof COMPLAINT_ADMIN_WORDING, params: Record<string, string | number> = {}) {
  return new ComplaintRefusal('bad_input', reason, localize(COMPLAINT_ADMIN_WORDING[reason], params))
}

/**
 * Reads a spreadsheet's bytes as header and rows. Throws ComplaintRefusal bad_input for a file
 * over MAX_IMPORT_BYTES, over MAX_IMPORT_ROWS data rows, of an unknown format, or unreadable as a
 * whole (a damaged XLSX); a broken CSV record is a BrokenLine, and the records after it are read.
 */
export async function readSheet(bytes: Uint8Array, format: SheetFormat): Promise<Sheet> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw refuse('import_too_large', { max: '10 MB' })
  const sheet = format === 'csv' ? readCsv(bytes) : await readXlsx(bytes)
  if (sheet.rows.length + sheet.broken.length > MAX_IMPORT_ROWS) {
    throw refuse('import_too_many_rows', { max: MAX_IMPORT_ROWS.toLocaleString('id-ID') })
  }
  return sheet
}

/** What csv-parse gives with `info: true`, checked rather than trusted (zod at every boundary). */
const CsvRecords = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) }))

/** The delimiter of the header line: Indonesian Excel saves CSV with `;` (the decimal comma), others `,`. */
function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'))
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ','
}

function readCsv(bytes: Uint8Array): Sheet {
  // CR LF and lone CR become LF first: csv-parse counts a CR LF inside a quoted cell as two lines.
  const text = new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n')
  const broken: BrokenLine[] = []
  const raw: unknown = parseCsv(text, {
    delimiter: sniffDelimiter(text),
    info: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const line = z.number().int().catch(0).parse(error?.lines)
      // csv-parse reports each stray quote of a record: one message per line is enough.
      if (broken.some((known) => known.line === line)) return undefined
      const quote = /quote/i.test(error?.message ?? '')
      broken.push({
        line,
        message: quote
          ? localize(wording.broken_quote, { line })
          : localize(wording.broken_record, { line, detail: z.string().catch('CSV').parse(error?.code) }),
      })
      return undefined
    },
  })
  const records = CsvRecords.parse(raw).map(({ record, info }) => ({
    // info.lines is where the record ends; a quoted cell may span lines.
    line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0),
    cells: record.map((cell): Cell => (cell.trim() === '' ? null : cell)),
  }))
  const [header, ...rows] = records
  for (const row of rows) {
    if (row.cells.some((cell) => typeof cell === 'string' && cell.includes('\uFFFD'))) {
      broken.push({ line: row.line, message: localize(wording.not_utf8, { line: row.line }) })
    }
  }
  return {
    headers: (header?.cells ?? []).map((cell) => (typeof cell === 'string' ? cell.trim() : '')),
    rows: rows.filter(
      (row) => !row.cells.some((cell) => typeof cell === 'string' && cell.includes('\uFFFD')),
    ),
    broken: broken.sort((a, b) => a.line - b.line),
  }
}

/**
 * The sum of the uncompressed sizes a ZIP's central directory declares, or null when it cannot be
 * read (a damaged file; exceljs then says why). ZIP64 sizes count as too large.
 */
export function zipInflatedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record: 22 bytes, after a comment of at most 65,535.
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 65_535); at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue
    const entries = view.getUint16(at + 10, true)
    let offset = view.getUint32(at + 16, true)
    let total = 0
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== 0x02014b50) return null
      const size = view.getUint32(offset + 24, true)
      total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size
      offset +=
        46 +
        view.getUint16(offset + 28, true) +
        view.getUint16(offset + 30, true) +
        view.getUint16(offset + 32, true)
    }
    return total
  }
  return null
}

/** One exceljs cell value as a Cell: formulas by their result, rich text and links by their text. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value
  if ('richText' in value) return cellOf(value.richText.map((part) => part.text).join(''))
  if ('hyperlink' in value) return cellOf(value.text)
  if ('error' in value) return null
  if ('result' in value) return value.result === undefined ? null : cellOf(value.result)
  return null
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const inflated = zipInflatedSize(bytes)
  if (inflated !== null && inflated > MAX_XLSX_INFLATED_BYTES) {
    throw refuse('import_too_large', {
      max: `${MAX_XLSX_INFLATED_BYTES / 1024 / 1024} MB (XLSX, tanpa kompresi / uncompressed)`,
    })
  }
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs types its input as its own Buffer (an ArrayBuffer); at run time it takes a Node Buffer.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
  } catch (error) {
    throw refuse('import_unreadable', {
      format: 'XLSX',
      detail: error instanceof Error ? error.message.slice(0, 200) : 'unknown',
    })
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return { headers: [], rows: [], broken: [] }
  let headers: string[] = []
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based and sparse.
    const values = Array.isArray(row.values) ? row.values.slice(1) : []
    const cells = Array.from(values, (value: ExcelJS.CellValue) => cellOf(value))
    if (rowNumber === 1) headers = cells.map((cell) => (cell === null ? '' : String(cell).trim()))
    else if (cells.some((cell) => cell !== null)) rows.push({ line: rowNumber, cells })
  })
  return { headers, rows, broken: [] }
}
