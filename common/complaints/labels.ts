import type { Localized } from '../localized'
import type { ChainHolder, ComplaintEventKind, ComplaintStage } from './chain'
import type { ComplaintChannel, ComplaintClass } from './complaint'

/**
 * The words of the chain, in Indonesian and English, shared by the screens and the printed
 * documents so a visitor reads on paper what the officer read on screen. Holders after seed 004's
 * columns; the stages say what is awaited, from whom.
 */

export const HOLDER_WORDS: Record<ChainHolder, Localized> = {
  admin_nasional: { id: 'Admin Nasional SP4N-LAPOR!', en: 'SP4N-LAPOR! national administrator' },
  admin_instansi: { id: 'Admin Instansi', en: 'Agency administrator' },
  admin_eselon1: { id: 'Admin Eselon 1', en: 'Echelon-1 administrator' },
  admin_upt: { id: 'Admin UPT', en: 'Technical unit (UPT) administrator' },
}

export const STAGE_WORDS: Record<ComplaintStage, Localized> = {
  verifying: { id: 'Diverifikasi', en: 'Being verified' },
  forwarded: { id: 'Didisposisikan', en: 'Forwarded' },
  responded: { id: 'Direspons', en: 'First response given' },
  followed_up: { id: 'Ditindaklanjuti', en: 'Followed up' },
  completed: { id: 'Selesai', en: 'Completed' },
  closed: { id: 'Ditutup', en: 'Closed' },
}

/** What the visitor should expect next, by stage: `{holder}` is the holder's words. */
export const EXPECT_WORDS: Record<ComplaintStage, Localized> = {
  verifying: {
    id: '{holder} memverifikasi laporan dan menentukan tindak lanjutnya.',
    en: 'The {holder} verifies the report and decides where it goes.',
  },
  forwarded: {
    id: 'Laporan menunggu diterima oleh {holder}.',
    en: 'The report waits to be received by the {holder}.',
  },
  responded: {
    id: '{holder} telah memberi respons awal; tindak lanjut sedang disiapkan.',
    en: 'The {holder} gave a first response; the follow-up is being prepared.',
  },
  followed_up: {
    id: 'Laporan telah ditindaklanjuti; menunggu dinyatakan selesai.',
    en: 'The report has been followed up; it waits to be completed.',
  },
  completed: {
    id: 'Laporan selesai dan akan ditutup oleh sistem.',
    en: 'The report is completed and will be closed by the system.',
  },
  closed: { id: 'Laporan telah ditutup.', en: 'The report is closed.' },
}

export const EVENT_WORDS: Record<ComplaintEventKind, Localized> = {
  reported: { id: 'Laporan masuk', en: 'Report received' },
  forwarded: { id: 'Disposisi', en: 'Forwarded' },
  received: { id: 'Diterima', en: 'Received' },
  returned: { id: 'Dikembalikan (bukan kewenangan)', en: 'Returned (not its authority)' },
  responded: { id: 'Respons awal', en: 'First response' },
  followed_up: { id: 'Tindak lanjut', en: 'Follow-up' },
  completed: { id: 'Selesai', en: 'Completed' },
  closed: { id: 'Ditutup oleh sistem', en: 'Closed by the system' },
}

export const CHANNEL_WORDS: Record<ComplaintChannel, Localized> = {
  walk_in: { id: 'Datang langsung', en: 'At the counter' },
  whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
  email: { id: 'Surel', en: 'E-mail' },
  website: { id: 'Situs web', en: 'Website' },
  lapor: { id: 'SP4N-LAPOR!', en: 'SP4N-LAPOR!' },
  letter: { id: 'Surat', en: 'Letter' },
}

export const CLASS_WORDS: Record<ComplaintClass, Localized> = {
  aspirasi: { id: 'Aspirasi', en: 'Aspiration' },
  pengaduan: { id: 'Pengaduan', en: 'Complaint' },
  permintaan_informasi: { id: 'Permintaan informasi', en: 'Request for information' },
}
