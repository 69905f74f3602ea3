import type { Localized } from '../common/localized'
import { localize } from '../common/localized'

export type DatabaseOpenErrorCode =
  | 'database_newer_than_app'
  | 'migration_skipped'
  | 'foreign_key_violation'
  | 'migration_failed'
  | 'not_a_database'

const messages: Record<DatabaseOpenErrorCode, Localized> = {
  database_newer_than_app: {
    id: 'Basis data di komputer ini dibuat oleh versi Loket yang lebih baru. Perbarui aplikasi Loket; data tidak diubah.',
    en: 'The database on this computer was written by a newer version of Loket. Update Loket; the data was not changed.',
  },
  migration_skipped: {
    id: 'Pembaruan basis data tidak lengkap: ada langkah pembaruan yang terlewat. Hubungi administrator; data tidak diubah.',
    en: 'The database update is incomplete: an update step was skipped. Contact the administrator; the data was not changed.',
  },
  foreign_key_violation: {
    id: 'Pembaruan basis data menemukan data yang tidak konsisten dan dibatalkan. Cadangan tersimpan di {backup}.',
    en: 'The database update found inconsistent data and was cancelled. A backup is kept at {backup}.',
  },
  migration_failed: {
    id: 'Pembaruan basis data gagal dan dibatalkan. Cadangan tersimpan di {backup}.',
    en: 'The database update failed and was cancelled. A backup is kept at {backup}.',
  },
  not_a_database: {
    id: 'Berkas data Loket rusak atau bukan basis data ({file}). Berkas tidak diubah; hubungi administrator untuk memulihkan dari cadangan.',
    en: 'The Loket data file is damaged or not a database ({file}). The file was not changed; ask the administrator to restore a backup.',
  },
}

/** Why the desk's database must not be used; the app refuses to start and shows `userMessage`. */
export class DatabaseOpenError extends Error {
  readonly userMessage: Localized

  constructor(
    readonly code: DatabaseOpenErrorCode,
    detail: string,
    params: Record<string, string> = {},
  ) {
    super(`${code}: ${detail}`)
    this.name = 'DatabaseOpenError'
    this.userMessage = localize(messages[code], params)
  }
}
