import type { StandardTime } from '../../common/calendar/working-time'
import type { VisitPurpose } from '../../common/procedures'
import type { VisitStatus } from '../../common/visits'

/*
 * The Indonesian words documents print. A document is an office's paper and is printed in
 * Indonesian whatever language the officer's screen speaks, so these are not UI translations.
 */

/** A visit's purpose as a document names it when no SOP covers the visit. */
export const PURPOSE_WORDS: Record<VisitPurpose, string> = {
  complaint_progress: 'Menanyakan progres pengaduan',
  new_complaint: 'Pengaduan baru',
  consultation: 'Konsultasi',
  information: 'Permintaan informasi',
  other: 'Lainnya',
}

export const STATUS_WORDS: Record<VisitStatus, string> = {
  waiting: 'Menunggu',
  in_progress: 'Dilayani',
  done: 'Selesai',
  cancelled: 'Dibatalkan',
}

/** An SOP's `waktu` in words: `5 menit`, `2 jam`, `0,5 hari kerja`; null without one. */
export function standardWords(standard: StandardTime | null): string | null {
  if (!standard) return null
  const value = standard.value.toLocaleString('id-ID')
  const unit = { minutes: 'menit', hours: 'jam', working_days: 'hari kerja' }[standard.unit]
  return `${value} ${unit}`
}
