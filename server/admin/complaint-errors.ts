import type { ChainRefusal } from '../../common/complaints/chain'
import { errorCatalog } from '../../common/errors'
import type { Localized } from '../../common/localized'
import type { AdminErrorBody } from './errors'
import { ADMIN_ERROR_STATUS, AdminError, adminErrorBody } from './errors'

/**
 * Refusals of the complaint operations (issue 11) that say more than AdminError's five codes:
 * the chain's own refusal code (common/complaints/chain.ts, worded in common/errors.ts), and an
 * import's rows with their errors. Still an AdminError, so every caller that knows AdminError
 * treats it as a refusal, never as a bug; complaintErrorBody gives the fuller answer.
 */
export class ComplaintRefusal extends AdminError {
  constructor(
    code: AdminError['code'],
    /** The precise reason: a ChainRefusal, `complaint_event_out_of_order`, `import_bad_rows`… */
    readonly reason: string,
    readonly wording: Localized,
    /** Extra fields of the answer (an import's bad rows). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(code, `${wording.id} (${wording.en})`)
    this.name = 'ComplaintRefusal'
  }
}

/** A chain refusal (seed 004's order of steps) as an AdminError carrying its code, 409. */
export function chainRefusal(code: ChainRefusal): ComplaintRefusal {
  return new ComplaintRefusal('conflict', code, errorCatalog[code])
}

/**
 * Wording of the server's own complaint refusals that common/errors.ts does not hold (they are the
 * central administrator's, never a desk's).
 */
export const COMPLAINT_ADMIN_WORDING = {
  complaint_event_out_of_order: {
    id: 'Langkah ini bertanggal sebelum langkah yang sudah tercatat dan akan membuat langkah-langkah sesudahnya tidak runtut. Periksa tanggalnya.',
    en: 'This step is dated before steps already recorded and would put the later steps out of order. Check its date.',
  },
  complaint_not_found: {
    id: 'Pengaduan dengan nomor "{ref}" tidak ditemukan. Cari dengan nama atau NIK pelapor.',
    en: 'No complaint with number "{ref}". Search by the complainant’s name or NIK.',
  },
  lapor_id_taken: {
    id: 'Nomor pelacakan LAPOR! {trackingId} sudah dipakai pengaduan {number}.',
    en: 'LAPOR! tracking ID {trackingId} is already used by complaint {number}.',
  },
  lapor_id_linked: {
    id: 'Pengaduan ini sudah terhubung dengan nomor pelacakan LAPOR! {trackingId}.',
    en: 'This complaint is already linked to LAPOR! tracking ID {trackingId}.',
  },
  deadlines_version: {
    id: 'Versi tabel tenggat harus lebih besar dari versi yang berlaku ({current}).',
    en: 'The deadline table’s version must be greater than the current one ({current}).',
  },
  import_bad_rows: {
    id: 'Berkas berisi {count} baris yang salah; tidak ada yang diimpor. Perbaiki baris tersebut atau lewati dengan sengaja (skipLines).',
    en: 'The file holds {count} bad rows; nothing was imported. Fix those rows or skip them on purpose (skipLines).',
  },
  import_skip_unknown: {
    id: 'Baris yang diminta dilewati tidak ada di berkas: {lines}.',
    en: 'Lines asked to be skipped are not in the file: {lines}.',
  },
  import_too_large: {
    id: 'Berkas terlalu besar: maksimal {max}.',
    en: 'The file is too large: at most {max}.',
  },
  import_too_many_rows: {
    id: 'Berkas berisi lebih dari {max} baris data; bagi menjadi beberapa berkas.',
    en: 'The file holds more than {max} data rows; split it into several files.',
  },
  import_unreadable: {
    id: 'Berkas tidak dapat dibaca sebagai {format}: {detail}',
    en: 'The file cannot be read as {format}: {detail}',
  },
  import_format_unknown: {
    id: 'Jenis berkas tidak dikenali; gunakan CSV atau XLSX.',
    en: 'Unknown file type; use CSV or XLSX.',
  },
  import_mapping: {
    id: 'Pemetaan kolom belum lengkap: {problems}. Kolom di berkas: {headers}.',
    en: 'The column mapping is incomplete: {problems}. Columns in the file: {headers}.',
  },
} satisfies Record<string, Localized>

/**
 * What the admin CLI prints and the admin API answers for a refused complaint operation, with its
 * HTTP status: a ComplaintRefusal's precise reason as `error` (with `code`, the AdminError class of
 * it), anything else as adminErrorBody does; null for a bug.
 */
export function complaintErrorBody(
  error: unknown,
): { status: number; body: AdminErrorBody & Record<string, unknown> } | null {
  if (error instanceof ComplaintRefusal) {
    return {
      status: ADMIN_ERROR_STATUS[error.code],
      body: {
        ...error.details,
        error: error.reason,
        code: error.code,
        message: error.message,
        messages: error.wording,
      },
    }
  }
  const body = adminErrorBody(error)
  if (!body) return null
  return { status: error instanceof AdminError ? ADMIN_ERROR_STATUS[error.code] : 400, body: { ...body } }
}
