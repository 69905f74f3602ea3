import type { Localized } from './localized'
import { localize } from './localized'

/**
 * Error codes the contract can answer with. The catalog is the single place where their wording
 * lives, in Indonesian first and English second.
 */
export const errorCatalog = {
  validation_failed: {
    id: 'Beberapa isian belum benar. Periksa kolom yang ditandai.',
    en: 'Some fields are not valid. Check the highlighted fields.',
  },
  unauthenticated: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  forbidden: {
    id: 'Peran Anda tidak diizinkan melakukan tindakan ini.',
    en: 'Your role is not allowed to do this.',
  },
  invalid_credentials: { id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' },
  account_locked: {
    id: 'Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit.',
    en: 'The account is locked for a while after too many failed attempts. Try again in {minutes} minutes.',
  },
  account_disabled: {
    id: 'Akun ini dinonaktifkan. Hubungi administrator.',
    en: 'This account is disabled. Contact the administrator.',
  },
  setup_required: {
    id: 'Aplikasi belum disiapkan. Lakukan penyiapan awal terlebih dahulu.',
    en: 'The application is not set up yet. Complete the first-run setup first.',
  },
  setup_already_done: {
    id: 'Penyiapan awal sudah pernah dilakukan di komputer ini.',
    en: 'The first-run setup was already completed on this computer.',
  },
  enrolment_code_invalid: {
    id: 'Kode pendaftaran tidak dikenal, sudah dipakai, atau kedaluwarsa. Minta kode baru kepada administrator.',
    en: 'The enrolment code is unknown, already used or expired. Ask the administrator for a new one.',
  },
  server_unreachable: {
    id: 'Server pusat tidak dapat dihubungi. Periksa alamat server dan jaringan, lalu coba lagi.',
    en: 'The central server cannot be reached. Check the server address and the network, then try again.',
  },
  not_enrolled: {
    id: 'Loket ini belum terdaftar di server pusat.',
    en: 'This desk is not enrolled with a central server.',
  },
  unknown_channel: { id: 'Permintaan tidak dikenal.', en: 'Unknown request.' },
  internal_error: {
    id: 'Terjadi kesalahan pada aplikasi. Data yang sudah tersimpan tetap aman; coba lagi.',
    en: 'The application hit an error. Data already saved is safe; try again.',
  },
} satisfies Record<string, Localized>

export type ErrorCode = keyof typeof errorCatalog

/** What every failed call returns across the contract boundary (IPC or HTTP). */
export interface RpcError {
  code: ErrorCode
  message: Localized
  /** Per-field messages for validation failures, keyed by the dotted path of the field. */
  fields?: Record<string, Localized>
}

export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: RpcError }

/** Thrown inside the core; the dispatcher turns it into an RpcError. */
export class LoketError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields?: Record<string, Localized>,
  ) {
    super(code)
    this.name = 'LoketError'
  }

  toRpcError(): RpcError {
    const error: RpcError = { code: this.code, message: localize(errorCatalog[this.code], this.params) }
    if (this.fields) error.fields = this.fields
    return error
  }
}
