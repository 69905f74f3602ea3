import { v5 as uuidv5, v7 as uuidv7 } from 'uuid'
import { z } from 'zod'
import type { ChainEvent, ChainState, ComplaintEventKind, ChainHolder } from '../../common/complaints/chain'
import { foldChain, holderBelow, nextState } from '../../common/complaints/chain'
import type { ComplaintChannel, ComplaintClass } from '../../common/complaints/complaint'
import { LaporTrackingId, isComplaintNumber } from '../../common/complaints/complaint'
import { officeInstant } from '../../common/calendar/office-day'
import { MAX_CLOCK_AHEAD_MS } from '../../common/hlc'
import { withoutInvisible } from '../../common/identity/normalize'
import type { Localized } from '../../common/localized'
import { localize } from '../../common/localized'
import { SYNC_ROWS } from '../../common/sync-rows'
import { SafeString } from '../../common/text'
import { issueMessage } from '../../common/validation'
import type { ServerDb } from '../database'
import type { Tx } from '../database'
import { applyChanges, lockOfficeLog } from '../sync/push'
import { CENTRAL, requireOffice } from './central-rows'
import { COMPLAINT_ADMIN_WORDING, ComplaintRefusal } from './complaint-errors'
import type { StoredComplaint, StoredEvent } from './complaint-rows'
import {
  COMPLAINTS_TABLE,
  COMPLAINT_EVENTS_TABLE,
  centralChange,
  centralStamp,
  complaintsByKeys,
  eventData,
  eventsOf,
  officeTimeZone,
} from './complaint-rows'
import type { Cell, Sheet, SheetRow } from './complaint-sheet'
import { SHEET_FORMATS, readSheet, sheetFormat } from './complaint-sheet'
import { Nik, Phone, RequiredText, defaultReporter } from './complaints'

/**
 * The import of complaints exported from SP4N-LAPOR! or kept in a spreadsheet (issue 11
 * deliverable 7, "Bad input"): a column mapping (detected from LAPOR!'s and common Indonesian and
 * English headers, or given), a preview with every row's outcome or its errors on the file's line
 * numbers, and a commit that writes all rows in one transaction or none. Ids come from the rows'
 * keys, so a re-import of the same file writes nothing, and a later export of the same complaints
 * adds only the steps they took since.
 */

/** The fields a column can fill. */
export const IMPORT_FIELDS = [
  'laporTrackingId',
  'number',
  'subject',
  'complainantName',
  'complainantNik',
  'complainantPhone',
  'category',
  'classification',
  'reportedAt',
  'status',
  'statusAt',
  'channel',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** A header as compared: case, punctuation and spacing aside ("No. HP" is "no hp"). */
export const headerKey = (header: string): string =>
  withoutInvisible(header)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * The headers each field is recognised by, best first (compared by headerKey): LAPOR!'s export
 * ("Tracking ID", "ID Laporan", "Judul", "Isi Laporan", "Status"), and what an office's own
 * spreadsheet calls them in Indonesian or English.
 */
export const HEADER_ALIASES: Record<ImportField, readonly string[]> = {
  laporTrackingId: [
    'tracking id',
    'trackingid',
    'id laporan',
    'no tiket',
    'nomor tiket',
    'no tracking',
    'nomor pelacakan',
    'id lapor',
    'lapor id',
  ],
  number: ['nomor pengaduan', 'no pengaduan', 'nomor lokal', 'complaint number', 'local number'],
  subject: ['judul', 'judul laporan', 'isi laporan', 'subject', 'perihal', 'isi', 'uraian'],
  complainantName: ['nama pelapor', 'nama', 'pelapor', 'complainant', 'complainant name', 'name'],
  complainantNik: ['nik', 'nik pelapor'],
  complainantPhone: [
    'no hp',
    'nomor hp',
    'telepon',
    'no telepon',
    'no telp',
    'telp',
    'hp',
    'phone',
    'nomor telepon',
  ],
  category: ['kategori', 'category', 'topik'],
  classification: ['klasifikasi', 'jenis laporan', 'classification', 'jenis'],
  reportedAt: [
    'tanggal laporan',
    'tanggal',
    'tgl laporan',
    'tanggal masuk',
    'waktu laporan',
    'reported at',
    'date',
  ],
  status: ['status', 'status laporan', 'status terakhir'],
  statusAt: ['tanggal status', 'tanggal update', 'terakhir diperbarui', 'status date', 'updated at'],
  channel: ['kanal', 'sumber', 'channel', 'source', 'media'],
}

const FIELD_LABELS: Record<ImportField, Localized> = {
  laporTrackingId: { id: 'nomor pelacakan LAPOR!', en: 'LAPOR! tracking ID' },
  number: { id: 'nomor pengaduan', en: 'complaint number' },
  subject: { id: 'judul/isi laporan', en: 'subject' },
  complainantName: { id: 'nama pelapor', en: 'complainant’s name' },
  complainantNik: { id: 'NIK', en: 'NIK' },
  complainantPhone: { id: 'nomor HP', en: 'phone' },
  category: { id: 'kategori', en: 'category' },
  classification: { id: 'klasifikasi', en: 'classification' },
  reportedAt: { id: 'tanggal laporan', en: 'report date' },
  status: { id: 'status', en: 'status' },
  statusAt: { id: 'tanggal status', en: 'status date' },
  channel: { id: 'kanal', en: 'channel' },
}

/**
 * How far along seed 004's chain a status puts a complaint; each step adds events to the one
 * before (chainFor). `in_process`: the agency took it and passed it to echelon 1, who took it.
 */
export const IMPORT_MILESTONES = [
  'reported',
  'forwarded',
  'in_process',
  'followed_up',
  'completed',
  'closed',
] as const
export type ImportMilestone = (typeof IMPORT_MILESTONES)[number]

/**
 * LAPOR!'s statuses, and the words spreadsheets use for them, to the chain's milestones (compared
 * by headerKey; an empty cell is "Belum Diverifikasi"). For a LAPOR! report (in to the national
 * admin) the events synthesized are:
 *
 * | status                                    | events                                                        |
 * |-------------------------------------------|---------------------------------------------------------------|
 * | Belum Diverifikasi, Menunggu Verifikasi, Baru | reported (admin_nasional)                                 |
 * | Terverifikasi, Didisposisikan, Diteruskan | + forwarded admin_nasional → admin_instansi                    |
 * | Diproses, Dalam Proses                    | + received (instansi), forwarded → admin_eselon1, received (eselon 1) |
 * | Ditindaklanjuti, Tindak Lanjut, Dijawab   | + followed_up (admin_eselon1)                                  |
 * | Selesai                                   | + completed                                                    |
 * | Ditutup, Diarsipkan, Arsip                | + closed                                                       |
 *
 * A report straight to the agency (walk-in, letter, e-mail…) starts at admin_instansi, so its
 * first disposition is to echelon 1 (seed 004 step 3: "atau langsung dari masyarakat").
 */
export const STATUS_WORDS: Record<ImportMilestone, readonly string[]> = {
  reported: ['belum diverifikasi', 'menunggu verifikasi', 'baru', 'laporan masuk', 'reported'],
  forwarded: ['terverifikasi', 'diverifikasi', 'didisposisikan', 'disposisi', 'diteruskan', 'forwarded'],
  in_process: ['diproses', 'dalam proses', 'proses', 'in process'],
  followed_up: ['ditindaklanjuti', 'tindak lanjut', 'dijawab', 'followed up'],
  completed: ['selesai', 'completed'],
  closed: ['ditutup', 'tutup', 'diarsipkan', 'arsip', 'closed'],
}

const CHANNEL_WORDS: Record<ComplaintChannel, readonly string[]> = {
  lapor: ['lapor', 'sp4n lapor', 'sp4n', 'lapor go id'],
  walk_in: ['walk in', 'datang langsung', 'langsung', 'tatap muka', 'loket'],
  whatsapp: ['whatsapp', 'wa'],
  email: ['email', 'e mail', 'surel'],
  website: ['website', 'situs', 'web', 'laman'],
  letter: ['surat', 'letter'],
}

const CLASS_WORDS: Record<ComplaintClass, readonly string[]> = {
  aspirasi: ['aspirasi'],
  pengaduan: ['pengaduan', 'keluhan'],
  permintaan_informasi: ['permintaan informasi', 'informasi', 'permohonan informasi'],
}

const lookup = <T extends string>(table: Record<T, readonly string[]>, word: string): T | undefined =>
  (Object.keys(table) as T[]).find((key) => table[key].includes(headerKey(word)))

const IMPORT_WORDING = {
  row_error: { id: 'Baris {line} ({column}): {message}', en: 'Line {line} ({column}): {message}' },
  row_problem: { id: 'Baris {line}: {message}', en: 'Line {line}: {message}' },
  key_required: {
    id: 'isi nomor pelacakan LAPOR! atau nomor pengaduan.',
    en: 'give the LAPOR! tracking ID or the complaint number.',
  },
  duplicate: {
    id: 'pengaduan yang sama sudah ada di baris {other}.',
    en: 'the same complaint is already on line {other}.',
  },
  number_format: {
    id: 'bukan nomor pengaduan Loket (contoh: ADU-LK1-20261201-0001).',
    en: 'not a Loket complaint number (e.g. ADU-LK1-20261201-0001).',
  },
  nik_excel_number: {
    id: 'NIK tersimpan sebagai angka sehingga digitnya bisa berubah; format kolom NIK sebagai Teks lalu ketik ulang.',
    en: 'the NIK is stored as a number, which can change its digits; format the NIK column as Text and type it again.',
  },
  date_format: {
    id: 'tanggal "{value}" tidak dikenali; gunakan TTTT-BB-HH, HH/BB/TTTT atau HH-BB-TTTT, boleh dengan jam JJ:MM.',
    en: 'date "{value}" not recognised; use YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY, optionally with HH:mm.',
  },
  date_future: { id: 'tanggal ini masih di masa depan.', en: 'this date lies in the future.' },
  status_before_report: {
    id: 'tanggal status sebelum tanggal laporan.',
    en: 'the status date is before the report date.',
  },
  unknown_word: {
    id: '"{value}" tidak dikenali; gunakan salah satu: {choices}.',
    en: '"{value}" not recognised; use one of: {choices}.',
  },
  mapping_missing: { id: 'kolom {field} tidak ditemukan', en: 'no column for {field}' },
  mapping_unknown: {
    id: 'kolom "{header}" untuk {field} tidak ada di berkas',
    en: 'column "{header}" for {field} is not in the file',
  },
  mapping_key: {
    id: 'kolom nomor pelacakan LAPOR! atau nomor pengaduan tidak ditemukan',
    en: 'no column for the LAPOR! tracking ID or the complaint number',
  },
  behind: {
    id: 'Baris {line}: status di berkas ({status}) lebih awal dari yang sudah tercatat ({current}); baris ini tidak diterapkan.',
    en: 'Line {line}: the file’s status ({status}) is behind what is recorded ({current}); this row is not applied.',
  },
  conflict: {
    id: 'Baris {line}: riwayat pengaduan yang tercatat tidak sesuai dengan status di berkas ({status}); baris ini tidak diterapkan, catat langkahnya satu per satu.',
    en: 'Line {line}: the recorded history does not match the file’s status ({status}); this row is not applied, record its steps one by one.',
  },
  unknown_number: {
    id: 'nomor pengaduan {number} belum ada di server pusat. Sinkronkan dulu loket yang mencatatnya, atau kosongkan nomor ini dan pakai nomor LAPOR!',
    en: 'complaint number {number} is not on the central server yet. Sync the desk that registered it first, or leave the number out and use the LAPOR! ID',
  },
  conflict_keys: {
    id: 'Baris {line}: nomor pelacakan LAPOR! dan nomor pengaduan di berkas menunjuk pengaduan yang berbeda; baris ini tidak diterapkan.',
    en: 'Line {line}: the tracking ID and the complaint number point to different complaints; this row is not applied.',
  },
} satisfies Record<string, Localized>

export const ImportComplaintsInput = z.object({
  officeId: z.string({ error: 'required' }).trim().min(1, 'required').max(64, 'too_long'),
  /** The file's name, for its format by extension; sniffed when it has none. */
  fileName: z.string().max(255).optional(),
  format: z.enum(SHEET_FORMATS).optional(),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'invalid'),
  /** Field → header, for columns the detection misses or gets wrong. */
  mapping: z
    .partialRecord(z.enum(IMPORT_FIELDS, { error: 'invalid_choice' }), z.string().trim().min(1).max(200))
    .default({}),
  commit: z.boolean().default(false),
  /** Lines (as the preview numbers them) left out on purpose. */
  skipLines: z.array(z.number().int().min(2).max(10_000_000)).max(100_000).default([]),
})
export type ImportComplaintsInput = z.input<typeof ImportComplaintsInput>

/** A problem of one cell or row, worded in Indonesian and English with its line. */
export interface RowError {
  line: number
  field: ImportField | null
  column: string | null
  message: Localized
}

export type ImportOutcome = 'new' | 'unchanged' | 'update' | 'behind' | 'conflict' | 'bad' | 'skipped'

export interface ImportRowResult {
  line: number
  outcome: ImportOutcome
  complaintId?: string
  laporTrackingId?: string | null
  number?: string | null
  complainantName?: string
  status?: ImportMilestone
  /** The complaint's state once the row is applied (as it stands, for a row not applied). */
  state?: ChainState | null
  /** The events the row adds, in order. */
  adds?: ComplaintEventKind[]
  recordChanged?: boolean
  errors?: RowError[]
  /** Why a row is not applied (behind, conflict). */
  message?: Localized
}

export interface ImportResult {
  committed: boolean
  format: 'csv' | 'xlsx'
  headers: string[]
  /** Field → header as used. */
  mapping: Partial<Record<ImportField, string>>
  problems: Localized[]
  counts: Record<ImportOutcome, number> & { rows: number; eventsAdded: number }
  rows: ImportRowResult[]
}

/** A data row read and checked: the complaint it describes, or its errors. */
interface ParsedRow {
  line: number
  errors: RowError[]
  value?: {
    laporTrackingId: string | null
    number: string | null
    subject: string
    complainantName: string
    complainantNik: string | null
    complainantPhone: string | null
    category: string
    classification: ComplaintClass
    reportedAt: number
    statusAt: number | null
    milestone: ImportMilestone
    channel: ComplaintChannel
  }
}

/**
 * Detects the columns: the given mapping first (field → header, any case), then each other field by
 * its aliases. Problems: a given header missing from the file, a required field without a column.
 */
export function detectMapping(
  headers: readonly string[],
  given: Partial<Record<ImportField, string>>,
): { columns: Partial<Record<ImportField, number>>; problems: Localized[] } {
  const keys = headers.map(headerKey)
  const columns: Partial<Record<ImportField, number>> = {}
  const problems: Localized[] = []
  const used = new Set<number>()
  for (const field of IMPORT_FIELDS) {
    const header = given[field]
    if (header === undefined) continue
    const index = keys.indexOf(headerKey(header))
    if (index === -1) {
      problems.push(localize(IMPORT_WORDING.mapping_unknown, { header, field: FIELD_LABELS[field].id }))
      continue
    }
    columns[field] = index
    used.add(index)
  }
  for (const field of IMPORT_FIELDS) {
    if (columns[field] !== undefined || given[field] !== undefined) continue
    for (const alias of HEADER_ALIASES[field]) {
      const index = keys.findIndex((key, i) => key === alias && !used.has(i))
      if (index !== -1) {
        columns[field] = index
        used.add(index)
        break
      }
    }
  }
  for (const field of ['subject', 'complainantName', 'reportedAt'] as const) {
    if (columns[field] === undefined && given[field] === undefined) {
      problems.push(localize(IMPORT_WORDING.mapping_missing, { field: FIELD_LABELS[field].id }))
    }
  }
  if (columns.laporTrackingId === undefined && columns.number === undefined) {
    problems.push(localize(IMPORT_WORDING.mapping_key))
  }
  return { columns, problems }
}

/** A cell as text, as a person reads it in the sheet: whole numbers without exponent. */
function cellText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell)
  if (cell instanceof Date) return cell.toISOString()
  const text = String(cell).trim()
  return text === '' ? null : text
}

/** Excel's serial day 0 (1899-12-30), in ms UTC: serials count days from it. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A date cell as ms UTC, its wall time read in the office's time zone: a real Excel date (its
 * wall time, which exceljs hands over as UTC), an Excel serial number, or text `YYYY-MM-DD`,
 * `DD/MM/YYYY` or `DD-MM-YYYY`, with an optional `HH:mm` (or `HH.mm`, seconds ignored). Midnight
 * without a time. Null when unreadable or no such date.
 */
export function parseImportDate(cell: Cell, timeZone: string): number | null {
  let parts: [number, number, number, number, number] | null = null
  if (cell instanceof Date || (typeof cell === 'number' && cell > 0 && cell < 2_958_466)) {
    const date = cell instanceof Date ? cell : new Date(EXCEL_EPOCH + Math.round(cell * 86_400_000))
    if (Number.isNaN(date.getTime())) return null
    parts = [
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      date.getUTCHours(),
      date.getUTCMinutes(),
    ]
  } else if (typeof cell === 'string') {
    const text = cell.trim()
    const time = '(?:[ T]+(\\d{1,2})[:.](\\d{2})(?:[:.]\\d{2})?)?'
    const iso = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${time}$`).exec(text)
    const local = new RegExp(`^(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})${time}$`).exec(text)
    if (iso)
      parts = [Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0)]
    else if (local)
      parts = [
        Number(local[4]),
        Number(local[3]),
        Number(local[1]),
        Number(local[5] ?? 0),
        Number(local[6] ?? 0),
      ]
  }
  if (!parts) return null
  const [year, month, day, hour, minute] = parts
  try {
    return officeInstant(
      `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`,
      `${pad(hour)}:${pad(minute)}`,
      timeZone,
    )
  } catch {
    return null
  }
}

/** Reads one data row against the mapping; every problem of it is collected, none stops the others. */
function parseRow(
  row: SheetRow,
  columns: Partial<Record<ImportField, number>>,
  headers: readonly string[],
  timeZone: string,
  now: number,
): ParsedRow {
  const errors: RowError[] = []
  const cellOf = (field: ImportField): Cell => {
    const index = columns[field]
    return index === undefined ? null : (row.cells[index] ?? null)
  }
  const fail = (field: ImportField, message: Localized) => {
    const index = columns[field]
    const column = index === undefined ? FIELD_LABELS[field].id : headers[index] || FIELD_LABELS[field].id
    errors.push({
      line: row.line,
      field,
      column,
      message: {
        id: localize(IMPORT_WORDING.row_error, { line: row.line, column, message: message.id }).id,
        en: localize(IMPORT_WORDING.row_error, { line: row.line, column, message: message.en }).en,
      },
    })
  }
  const check = <T>(field: ImportField, schema: z.ZodType<T>, value: unknown): T | undefined => {
    const parsed = schema.safeParse(value)
    if (parsed.success) return parsed.data
    const issue = parsed.error.issues[0]
    if (issue) fail(field, issueMessage(issue))
    return undefined
  }
  const text = (field: ImportField) => cellText(cellOf(field))

  const trackingText = text('laporTrackingId')
  const laporTrackingId =
    trackingText === null ? null : (check('laporTrackingId', LaporTrackingId, trackingText) ?? null)
  const numberText = text('number')
  let number: string | null = null
  if (numberText !== null) {
    if (isComplaintNumber(numberText)) number = withoutInvisible(numberText).trim().toUpperCase()
    else fail('number', IMPORT_WORDING.number_format)
  }
  const subject = check('subject', RequiredText(2000), text('subject') ?? '')
  const complainantName = check('complainantName', RequiredText(200), text('complainantName') ?? '')
  const nikCell = cellOf('complainantNik')
  let complainantNik: string | null = null
  if (typeof nikCell === 'number' && !(Number.isSafeInteger(nikCell) && String(nikCell).length === 16)) {
    fail('complainantNik', IMPORT_WORDING.nik_excel_number)
  } else if (nikCell !== null) {
    complainantNik = check('complainantNik', Nik, cellText(nikCell)) ?? null
  }
  const phoneText = text('complainantPhone')
  // A number cell lost its leading 0 in Excel; LAPOR! numbers are Indonesian.
  const phoneTyped = typeof cellOf('complainantPhone') === 'number' && phoneText ? `0${phoneText}` : phoneText
  const complainantPhone = phoneTyped === null ? null : (check('complainantPhone', Phone, phoneTyped) ?? null)
  const category = check(
    'category',
    z.string().trim().max(120, 'too_long').pipe(SafeString),
    text('category') ?? '',
  )

  const word = <T extends string>(field: ImportField, table: Record<T, readonly string[]>, fallback: T) => {
    const value = text(field)
    if (value === null) return fallback
    const found = lookup(table, value)
    if (found === undefined) {
      const choices = Object.values<readonly string[]>(table)
        .map((words) => words[0])
        .join(', ')
      fail(field, localize(IMPORT_WORDING.unknown_word, { value: value.slice(0, 60), choices }))
    }
    return found ?? fallback
  }
  const classification = word('classification', CLASS_WORDS, 'pengaduan')
  const channel = word('channel', CHANNEL_WORDS, 'lapor')
  const milestone = word('status', STATUS_WORDS, 'reported')

  const when = (field: 'reportedAt' | 'statusAt'): number | null => {
    const cell = cellOf(field)
    if (cell === null) {
      if (field === 'reportedAt')
        fail(field, issueMessage({ code: 'custom', message: 'required', path: [], input: '' }))
      return null
    }
    const at = parseImportDate(cell, timeZone)
    if (at === null) {
      fail(field, localize(IMPORT_WORDING.date_format, { value: (cellText(cell) ?? '').slice(0, 40) }))
      return null
    }
    if (at > now + MAX_CLOCK_AHEAD_MS) {
      fail(field, IMPORT_WORDING.date_future)
      return null
    }
    return at
  }
  const reportedAt = when('reportedAt')
  const statusAt = when('statusAt')
  if (reportedAt !== null && statusAt !== null && statusAt < reportedAt)
    fail('statusAt', IMPORT_WORDING.status_before_report)

  if (trackingText === null && numberText === null) {
    errors.push({
      line: row.line,
      field: null,
      column: null,
      message: {
        id: localize(IMPORT_WORDING.row_problem, { line: row.line, message: IMPORT_WORDING.key_required.id })
          .id,
        en: localize(IMPORT_WORDING.row_problem, { line: row.line, message: IMPORT_WORDING.key_required.en })
          .en,
      },
    })
  }
  if (errors.length > 0 || subject === undefined || complainantName === undefined || reportedAt === null) {
    return { line: row.line, errors }
  }
  return {
    line: row.line,
    errors,
    value: {
      laporTrackingId,
      number,
      subject,
      complainantName,
      complainantNik,
      complainantPhone,
      category: category ?? '',
      classification,
      reportedAt,
      statusAt,
      milestone,
      channel,
    },
  }
}

type Step = Pick<ChainEvent, 'kind' | 'by' | 'to'>

/**
 * The events a status stands for, from the holder the report came in to (the table above). Valid
 * along seed 004's chain by construction, which nextState confirms step by step.
 */
export function chainFor(milestone: ImportMilestone, reporter: ChainHolder): Step[] {
  const reached = IMPORT_MILESTONES.indexOf(milestone)
  const at = (m: ImportMilestone) => reached >= IMPORT_MILESTONES.indexOf(m)
  const steps: Step[] = [{ kind: 'reported', by: reporter, to: null }]
  let holder: ChainHolder = reporter
  if (at('forwarded')) {
    const below = holderBelow(holder)
    if (below) steps.push({ kind: 'forwarded', by: holder, to: below })
    holder = below ?? holder
  }
  if (at('in_process')) {
    steps.push({ kind: 'received', by: holder, to: null })
    while (holder !== 'admin_eselon1' && holder !== 'admin_upt') {
      const below = holderBelow(holder)
      if (!below) break
      steps.push({ kind: 'forwarded', by: holder, to: below }, { kind: 'received', by: below, to: null })
      holder = below
    }
  }
  if (at('followed_up')) steps.push({ kind: 'followed_up', by: holder, to: null })
  if (at('completed')) steps.push({ kind: 'completed', by: holder, to: null })
  if (at('closed')) steps.push({ kind: 'closed', by: holder, to: null })
  let state: ChainState | null = null
  for (const [index, step] of steps.entries()) {
    const next = nextState(state, { id: String(index), at: index, ...step })
    if (typeof next === 'string')
      throw new Error(`chainFor(${milestone}, ${reporter}): ${step.kind} refused: ${next}`)
    state = next
  }
  return steps
}

const sameStep = (a: Step, b: Step) => a.kind === b.kind && a.by === b.by && (a.to ?? null) === (b.to ?? null)

/** The events to add to a complaint's stored history for a row, or why the row cannot be applied. */
function eventsToAdd(
  complaintId: string,
  stored: readonly StoredEvent[],
  milestone: ImportMilestone,
  channel: ComplaintChannel,
  reportedAt: number,
  statusAt: number | null,
): { add: ChainEvent[]; state: ChainState | null } | 'behind' | 'conflict' {
  const applied = foldChain(stored).history.filter((event) => event.refused === null)
  const reporter = applied[0]?.by ?? defaultReporter(channel)
  if (reporter !== 'admin_nasional' && reporter !== 'admin_instansi') return 'conflict'
  const steps = chainFor(milestone, reporter)
  const common = Math.min(applied.length, steps.length)
  for (let i = 0; i < common; i++) {
    const step = steps[i]
    const event = applied[i]
    if (!step || !event || !sameStep(step, event)) return 'conflict'
  }
  if (applied.length > steps.length) return 'behind'
  const add: ChainEvent[] = []
  // Strictly later than what is recorded, a millisecond apart: the fold keeps them in chain order.
  let last = applied.at(-1)?.at ?? Number.NEGATIVE_INFINITY
  for (let index = applied.length; index < steps.length; index++) {
    const step = steps[index]
    if (!step) continue
    const wanted = index === 0 ? reportedAt : Math.max(statusAt ?? reportedAt, reportedAt)
    const at = Math.max(wanted, last + 1)
    last = at
    add.push({ id: uuidv5(`${step.kind}:${index}`, complaintId), at, ...step })
  }
  const before = new Set(applied.map((event) => event.id))
  const folded = foldChain([...stored, ...add])
  // A stored step refused before (a desk's clock ahead) never blocks; one unseated would.
  const fits = folded.history.every(
    (event) => event.refused === null || !(before.has(event.id) || add.some((a) => a.id === event.id)),
  )
  if (!fits) return 'conflict'
  return { add, state: folded.state }
}

/** The complaint's record as the row gives it, for a new complaint or to compare with the stored one. */
function recordOf(value: NonNullable<ParsedRow['value']>, existing: StoredComplaint | undefined) {
  const base = existing?.record
  // A desk's own complaint keeps its record as the desk registered it; the import links its LAPOR! ID.
  if (base && base.deskId !== CENTRAL) {
    return { ...base, laporTrackingId: base.laporTrackingId ?? value.laporTrackingId }
  }
  return {
    ...base,
    number: base?.number ?? value.number,
    laporTrackingId: base?.laporTrackingId ?? value.laporTrackingId,
    channel: value.channel,
    classification: value.classification,
    category: value.category,
    subject: value.subject,
    visitorId: base?.visitorId ?? null,
    complainantName: value.complainantName,
    complainantNik: value.complainantNik,
    complainantPhone: value.complainantPhone,
    reportedAt: value.reportedAt,
    deskId: base?.deskId ?? CENTRAL,
    visitId: base?.visitId ?? null,
    createdBy: base?.createdBy ?? null,
  }
}

const RECORD_FIELDS = [
  'number',
  'laporTrackingId',
  'channel',
  'classification',
  'category',
  'subject',
  'complainantName',
  'complainantNik',
  'complainantPhone',
  'reportedAt',
] as const

/** Rows and changes a plan would write. */
interface Plan {
  results: ImportRowResult[]
  writes: {
    complaintId: string
    existing: StoredComplaint | undefined
    record: Record<string, unknown> | null
    add: ChainEvent[]
  }[]
}

/** Decides every row's outcome against the office's stored complaints (read through `db`). */
async function plan(
  db: ServerDb,
  officeId: string,
  parsed: ParsedRow[],
  skip: ReadonlySet<number>,
): Promise<Plan> {
  const valid = parsed.filter((row) => row.value && !skip.has(row.line))
  const stored = await complaintsByKeys(
    db,
    officeId,
    valid.flatMap((row) => (row.value?.laporTrackingId ? [row.value.laporTrackingId] : [])),
    valid.flatMap((row) => (row.value?.number ? [row.value.number] : [])),
  )
  const byLapor = new Map(
    stored.flatMap((c) => (c.record.laporTrackingId ? [[c.record.laporTrackingId, c] as const] : [])),
  )
  const byNumber = new Map(stored.flatMap((c) => (c.record.number ? [[c.record.number, c] as const] : [])))
  const events = await eventsOf(
    db,
    officeId,
    stored.map((c) => c.complaintId),
  )
  const results: ImportRowResult[] = []
  const writes: Plan['writes'] = []
  const seen = new Map<string, number>()
  for (const row of parsed) {
    if (skip.has(row.line)) {
      results.push({ line: row.line, outcome: 'skipped' })
      continue
    }
    const value = row.value
    if (!value) {
      results.push({ line: row.line, outcome: 'bad', errors: row.errors })
      continue
    }
    const keys = [
      value.laporTrackingId && `lapor:${value.laporTrackingId}`,
      value.number && `number:${value.number}`,
    ].filter((key): key is string => Boolean(key))
    const earlier = keys.map((key) => seen.get(key)).find((line) => line !== undefined)
    if (earlier !== undefined) {
      const message = {
        id: localize(IMPORT_WORDING.row_problem, {
          line: row.line,
          message: localize(IMPORT_WORDING.duplicate, { other: earlier }).id,
        }).id,
        en: localize(IMPORT_WORDING.row_problem, {
          line: row.line,
          message: localize(IMPORT_WORDING.duplicate, { other: earlier }).en,
        }).en,
      }
      results.push({
        line: row.line,
        outcome: 'bad',
        errors: [{ line: row.line, field: null, column: null, message }],
      })
      continue
    }
    for (const key of keys) seen.set(key, row.line)
    const fromLapor = value.laporTrackingId ? byLapor.get(value.laporTrackingId) : undefined
    const fromNumber = value.number ? byNumber.get(value.number) : undefined
    const summary = {
      line: row.line,
      laporTrackingId: value.laporTrackingId,
      number: value.number,
      complainantName: value.complainantName,
      status: value.milestone,
    }
    const existing = fromLapor ?? fromNumber
    if (value.number && !fromNumber) {
      // A local number is given where the complaint is registered (a desk, or the centre's own
      // serials): one the server has not received would become a second complaint under the same
      // number once its desk syncs, which no desk could store.
      const unknown = localize(IMPORT_WORDING.unknown_number, { number: value.number })
      const message = {
        id: localize(IMPORT_WORDING.row_problem, { line: row.line, message: unknown.id }).id,
        en: localize(IMPORT_WORDING.row_problem, { line: row.line, message: unknown.en }).en,
      }
      results.push({
        line: row.line,
        outcome: 'bad',
        errors: [{ line: row.line, field: 'number', column: null, message }],
      })
      continue
    }
    if (
      (fromLapor && fromNumber && fromLapor.complaintId !== fromNumber.complaintId) ||
      (existing &&
        value.laporTrackingId &&
        existing.record.laporTrackingId &&
        existing.record.laporTrackingId !== value.laporTrackingId) ||
      (existing && value.number && existing.record.number && existing.record.number !== value.number)
    ) {
      results.push({
        ...summary,
        outcome: 'conflict',
        message: localize(IMPORT_WORDING.conflict_keys, { line: row.line }),
      })
      continue
    }
    const complaintId =
      existing?.complaintId ??
      uuidv5(
        value.laporTrackingId ? `lapor:${value.laporTrackingId}` : `number:${value.number ?? ''}`,
        officeId,
      )
    const history = existing ? (events.get(complaintId) ?? []) : []
    const chain = eventsToAdd(
      complaintId,
      history,
      value.milestone,
      existing?.record.channel ?? value.channel,
      value.reportedAt,
      value.statusAt,
    )
    if (chain === 'behind' || chain === 'conflict') {
      const current = foldChain(history).state
      results.push({
        ...summary,
        complaintId,
        outcome: chain,
        state: current,
        message: localize(IMPORT_WORDING[chain], {
          line: row.line,
          status: value.milestone,
          current: current ? `${current.stage} @ ${current.holder}` : '-',
        }),
      })
      continue
    }
    const wanted = recordOf(value, existing)
    const recordChanged =
      !existing || RECORD_FIELDS.some((field) => (existing.record[field] ?? null) !== (wanted[field] ?? null))
    const outcome: ImportOutcome = !existing
      ? 'new'
      : recordChanged || chain.add.length > 0
        ? 'update'
        : 'unchanged'
    results.push({
      ...summary,
      complaintId,
      outcome,
      state: chain.state,
      adds: chain.add.map((event) => event.kind),
      recordChanged,
    })
    if (outcome !== 'unchanged') {
      writes.push({ complaintId, existing, record: recordChanged ? wanted : null, add: chain.add })
    }
  }
  return { results, writes }
}

/** How many changes one applyChanges statement carries: one JSON parameter, bounded. */
const WRITE_CHUNK = 1000

async function write(tx: Tx, officeId: string, writes: Plan['writes'], now: number): Promise<number> {
  const batch = []
  let eventsAdded = 0
  for (const { complaintId, existing, record, add } of writes) {
    if (record) {
      const stamp = centralStamp(existing?.hlc, now)
      const data = SYNC_ROWS.complaints.parse({
        ...record,
        id: complaintId,
        ...stamp,
        deletedAt: null,
        originDesk: CENTRAL,
      })
      batch.push(centralChange(uuidv7(), COMPLAINTS_TABLE, complaintId, stamp.hlc, data))
    }
    for (const event of add) {
      const { hlc } = centralStamp(undefined, now)
      batch.push(
        centralChange(uuidv7(), COMPLAINT_EVENTS_TABLE, event.id, hlc, eventData(event, complaintId, hlc)),
      )
      eventsAdded += 1
    }
  }
  for (let start = 0; start < batch.length; start += WRITE_CHUNK) {
    await applyChanges(tx, { id: CENTRAL, officeId }, batch.slice(start, start + WRITE_CHUNK), now)
  }
  return eventsAdded
}

function countsOf(results: readonly ImportRowResult[], eventsAdded: number): ImportResult['counts'] {
  const counts = { new: 0, unchanged: 0, update: 0, behind: 0, conflict: 0, bad: 0, skipped: 0 }
  for (const row of results) counts[row.outcome] += 1
  return { ...counts, rows: results.length, eventsAdded }
}

/**
 * `complaints import`: reads a CSV or XLSX of complaints (ImportComplaintsInput: the file's bytes,
 * its name or format, an optional mapping field → header, `commit`, `skipLines`) and, without
 * `commit`, previews it: the mapping used, the headers, each row's outcome (new, unchanged,
 * update, behind, conflict, bad with its errors on the file's lines, skipped) and the counts. With
 * `commit`, writes it in one transaction under the office's log lock: complaints and the chain
 * events their status stands for (STATUS_WORDS), with ids from their keys (uuidv5 of
 * `lapor:<tracking ID>` or `number:<number>` in the office; events of the complaint id, kind and
 * place), so a re-import writes nothing and a later status adds only the missing events; a row
 * whose status is behind what is recorded, or contradicts it, is reported and not applied. Dates
 * are read in the office's time zone; times given are ms UTC.
 * Throws ZodError for bad input; AdminError not_found for an unknown office; ComplaintRefusal
 * bad_input for a file too large, of too many rows or unreadable, for an incomplete mapping
 * (`import_mapping`, on commit), for skip lines not in the file, and on commit for bad rows not
 * skipped (`import_bad_rows`, with the rows and their errors): nothing is then written.
 */
export async function importComplaints(
  db: ServerDb,
  input: ImportComplaintsInput,
  now: number,
): Promise<ImportResult> {
  const given = ImportComplaintsInput.parse(input)
  await requireOffice(db, given.officeId)
  const format = given.format ?? sheetFormat(given.bytes, given.fileName)
  if (!format) {
    throw new ComplaintRefusal(
      'bad_input',
      'import_format_unknown',
      COMPLAINT_ADMIN_WORDING.import_format_unknown,
    )
  }
  const sheet: Sheet = await readSheet(given.bytes, format)
  const timeZone = await officeTimeZone(db, given.officeId)
  const { columns, problems } = detectMapping(sheet.headers, given.mapping)
  const mapping = Object.fromEntries(
    Object.entries(columns).map(([field, index]) => [field, sheet.headers[index] ?? '']),
  ) as Partial<Record<ImportField, string>>
  const base = { format, headers: sheet.headers, mapping, problems }
  if (problems.length > 0) {
    if (given.commit) {
      throw new ComplaintRefusal(
        'bad_input',
        'import_mapping',
        localize(COMPLAINT_ADMIN_WORDING.import_mapping, {
          problems: problems.map((p) => p.id).join('; '),
          headers: sheet.headers.join(', '),
        }),
        base,
      )
    }
    return { committed: false, ...base, counts: countsOf([], 0), rows: [] }
  }
  const parsed: ParsedRow[] = [
    ...sheet.rows.map((row) => parseRow(row, columns, sheet.headers, timeZone, now)),
    ...sheet.broken.map((broken) => ({
      line: broken.line,
      errors: [{ line: broken.line, field: null, column: null, message: broken.message }],
    })),
  ].sort((a, b) => a.line - b.line)
  const skip = new Set(given.skipLines)
  const unknown = given.skipLines.filter((line) => !parsed.some((row) => row.line === line))
  if (unknown.length > 0) {
    throw new ComplaintRefusal(
      'bad_input',
      'import_skip_unknown',
      localize(COMPLAINT_ADMIN_WORDING.import_skip_unknown, { lines: unknown.slice(0, 20).join(', ') }),
    )
  }
  if (!given.commit) {
    const { results, writes } = await plan(db, given.officeId, parsed, skip)
    return {
      committed: false,
      ...base,
      counts: countsOf(
        results,
        writes.reduce((n, w) => n + w.add.length, 0),
      ),
      rows: results,
    }
  }
  const bad = parsed.filter((row) => !row.value && !skip.has(row.line))
  if (bad.length > 0) {
    throw new ComplaintRefusal(
      'bad_input',
      'import_bad_rows',
      localize(COMPLAINT_ADMIN_WORDING.import_bad_rows, { count: bad.length }),
      { lines: bad.map((row) => row.line), rows: bad.map((row) => ({ line: row.line, errors: row.errors })) },
    )
  }
  return db.transaction(async (tx) => {
    await lockOfficeLog(tx, given.officeId)
    // Planned again under the lock: what another write changed since the preview counts.
    const { results, writes } = await plan(tx, given.officeId, parsed, skip)
    const duplicates = results.filter((row) => row.outcome === 'bad')
    if (duplicates.length > 0) {
      throw new ComplaintRefusal(
        'bad_input',
        'import_bad_rows',
        localize(COMPLAINT_ADMIN_WORDING.import_bad_rows, { count: duplicates.length }),
        {
          lines: duplicates.map((row) => row.line),
          rows: duplicates.map((row) => ({ line: row.line, errors: row.errors ?? [] })),
        },
      )
    }
    const eventsAdded = await write(tx, given.officeId, writes, now)
    return { committed: true, ...base, counts: countsOf(results, eventsAdded), rows: results }
  })
}
