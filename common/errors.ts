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
  // The web host's page token (tests/web-host): signing in cannot help, the address must be the full one.
  host_token_missing: {
    id: 'Alamat halaman ini tidak membawa token web host. Buka alamat lengkap yang ditampilkan saat web host dimulai (berakhiran #token=…).',
    en: 'This page address carries no web host token. Open the full address shown when the web host started (ending in #token=…).',
  },
  host_token_wrong: {
    id: 'Token web host pada alamat halaman ini salah atau sudah tidak berlaku (web host dimulai ulang?). Buka alamat lengkap yang ditampilkan saat web host dimulai.',
    en: 'The web host token in this page address is wrong or no longer valid (was the web host restarted?). Open the full address shown when the web host started.',
  },
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
  desk_code_taken: {
    id: 'Kode loket ini sudah dipakai loket lain di kantor ini. Pilih kode lain.',
    en: 'Another desk of this office already uses this desk code. Choose another one.',
  },
  central_confirm_required: {
    id: 'Perubahan ini disimpan di server pusat atas nama Anda. Konfirmasikan dengan kata sandi Anda.',
    en: 'This change is saved on the central server in your name. Confirm it with your password.',
  },
  central_unreachable: {
    id: 'Server pusat tidak dapat dihubungi. Pengaturan kantor, kode loket dan hari libur hanya dapat diubah saat terhubung; isian Anda tidak hilang, coba lagi nanti.',
    en: 'The central server cannot be reached. Office settings, desk codes and days off can only be changed while connected; what you typed is kept, try again later.',
  },
  central_refused: {
    id: 'Server pusat menolak perubahan ini ({reason}). Hubungi administrator server.',
    en: 'The central server refused this change ({reason}). Contact the server administrator.',
  },
  nik_already_registered: {
    id: 'NIK ini sudah terdaftar atas nama {name}. Buka data pengunjung tersebut.',
    en: 'This NIK is already registered to {name}. Open that visitor instead.',
  },
  nip_already_registered: {
    id: 'NIP ini sudah terdaftar atas nama {name}. Buka data pengunjung tersebut.',
    en: 'This NIP is already registered to {name}. Open that visitor instead.',
  },
  visitor_not_found: {
    id: 'Data pengunjung tidak ditemukan. Mungkin sudah dihapus; cari kembali.',
    en: 'The visitor was not found. It may have been removed; search again.',
  },
  visit_not_found: {
    id: 'Kunjungan tidak ditemukan. Periksa nomor kunjungan.',
    en: 'The visit was not found. Check the visit number.',
  },
  procedure_not_found: {
    id: 'Prosedur layanan tidak dikenal. Pilih salah satu prosedur yang tersedia.',
    en: 'Unknown service procedure. Choose one of the procedures offered.',
  },
  visit_already_open: {
    id: '{name} sudah memegang nomor antrean {number} hari ini. Berikan nomor kedua hanya untuk keperluan lain.',
    en: '{name} already holds queue number {number} today. Give a second number only for another matter.',
  },
  document_not_found: {
    id: 'Dokumen tidak ditemukan di loket ini.',
    en: 'The document is not on this desk.',
  },
  visit_not_finished: {
    id: 'Catatan konsultasi dicetak setelah kunjungan selesai. Selesaikan langkah terakhir terlebih dahulu.',
    en: 'The consultation note is printed once the visit has ended. Finish its last step first.',
  },
  printer_not_set: {
    id: 'Printer untuk dokumen ini belum dipilih. Pilih printer tiket dan printer dokumen di Pengaturan › Printer.',
    en: 'No printer is chosen for this document. Choose the receipt and document printers in Settings › Printers.',
  },
  print_job_not_found: {
    id: 'Pekerjaan cetak ini tidak ditemukan.',
    en: 'This print job was not found.',
  },
  print_job_busy: {
    id: 'Pekerjaan cetak ini sudah di tangan printer dan tidak dapat diubah dari sini.',
    en: 'This print job is already with the printer and cannot be changed from here.',
  },
  // The SP4N-LAPOR! chain's refusals (common/complaints/chain.ts nextState, seed 004).
  complaint_already_reported: {
    id: 'Pengaduan ini sudah tercatat masuk; laporan masuk hanya dicatat sekali.',
    en: 'This complaint has already been recorded as received; a report comes in only once.',
  },
  complaint_not_reported: {
    id: 'Pengaduan ini belum tercatat masuk. Catat laporan masuknya terlebih dahulu.',
    en: 'This complaint has not been recorded as received yet. Record the report first.',
  },
  complaint_closed: {
    id: 'Pengaduan ini sudah ditutup; tidak ada langkah lagi yang dapat dicatat.',
    en: 'This complaint is closed; no further step can be recorded.',
  },
  complaint_not_holder: {
    id: 'Laporan tidak sedang dipegang oleh admin tersebut, jadi langkah ini tidak dapat dicatat atas namanya.',
    en: 'The report is not in that administrator’s hands, so this step cannot be recorded in their name.',
  },
  complaint_wrong_level: {
    id: 'Langkah ini tidak sesuai jenjang SP4N-LAPOR!: disposisi turun satu jenjang, pengembalian naik satu jenjang; respons awal oleh Admin Eselon 1, tindak lanjut oleh Admin Eselon 1 atau Admin UPT.',
    en: 'This step does not fit the SP4N-LAPOR! levels: a disposition goes one level down, a return one level up; the first response is the echelon-1 administrator’s, a follow-up the echelon-1 or UPT administrator’s.',
  },
  complaint_not_forwarded_to: {
    id: 'Laporan belum didisposisikan kepada admin tersebut, jadi belum dapat diterima olehnya.',
    en: 'The report has not been forwarded to that administrator, so they cannot receive it yet.',
  },
  complaint_not_answered: {
    id: 'Laporan belum ditindaklanjuti, jadi belum dapat dinyatakan selesai.',
    en: 'The report has not been followed up yet, so it cannot be completed.',
  },
  complaint_not_completed: {
    id: 'Laporan belum selesai, jadi belum dapat ditutup.',
    en: 'The report is not completed yet, so it cannot be closed.',
  },
  complaint_not_found: {
    id: 'Pengaduan tidak ditemukan. Cari dengan nomor pengaduan, nomor LAPOR!, nama atau NIK pelapor.',
    en: 'The complaint was not found. Search by complaint number, LAPOR! ID, or the complainant’s name or NIK.',
  },
  complaint_not_own_desk: {
    id: 'Pengaduan ini dicatat di {where}; hanya di sana (atau oleh administrator pusat) datanya dapat diubah.',
    en: 'This complaint was registered at {where}; only there (or by the central administrator) can it be changed.',
  },
  lapor_id_taken: {
    id: 'Nomor LAPOR! {trackingId} sudah tertaut pada pengaduan {number}.',
    en: 'LAPOR! ID {trackingId} is already linked to complaint {number}.',
  },
  visit_not_open_for_complaint: {
    id: 'Pengaduan hanya dapat dikaitkan pada kunjungan yang masih berjalan.',
    en: 'A complaint can only be linked to a visit that is still running.',
  },
  visit_closed: {
    id: 'Kunjungan ini sudah selesai atau dibatalkan.',
    en: 'This visit is already finished or cancelled.',
  },
  step_not_running: {
    id: 'Langkah {step} tidak sedang berjalan; tampilan mungkin sudah usang. Muat ulang kunjungan.',
    en: 'Step {step} is not running; the screen may be out of date. Reload the visit.',
  },
  reason_required: {
    id: 'Langkah ini melewati standar waktu. Catat alasannya sebelum melanjutkan.',
    en: 'This step overran its standard time. Record the reason before going on.',
  },
  outcome_required: {
    id: 'Ini langkah terakhir. Catat hasil layanan untuk menyelesaikan kunjungan.',
    en: 'This is the last step. Record the outcome to finish the visit.',
  },
  choose_escalation: {
    id: 'Pilih: selesai di tingkat ini, atau eskalasi ke langkah berikutnya.',
    en: 'Choose: resolved at this level, or escalate to the next step.',
  },
  no_escalation: {
    id: 'Langkah berikutnya bukan eskalasi.',
    en: 'The next step is not an escalation.',
  },
  queue_empty: {
    id: 'Tidak ada pengunjung yang menunggu.',
    en: 'No visitor is waiting.',
  },
  not_yet_called: {
    id: 'Pengunjung ini belum dipanggil. Panggil dulu dari antrean.',
    en: 'This visitor has not been called yet. Call them from the queue first.',
  },
  holiday_not_found: {
    id: 'Tanggal itu tidak ada di daftar hari libur.',
    en: 'That date is not in the list of days off.',
  },
  // Issue 12: consultations.
  consultation_not_found: {
    id: 'Konsultasi tidak ditemukan.',
    en: 'The consultation was not found.',
  },
  consultation_closed: {
    id: 'Konsultasi ini sudah selesai atau dibatalkan.',
    en: 'This consultation is already finished or cancelled.',
  },
  consultation_not_own_desk: {
    id: 'Konsultasi ini dicatat di loket {where}; hanya di sana datanya dapat diubah.',
    en: 'This consultation was registered at desk {where}; only there can its record be changed.',
  },
  consultation_visit_taken: {
    id: 'Kunjungan ini sudah tercatat sebagai konsultasi {number}.',
    en: 'This visit is already recorded as consultation {number}.',
  },
  consultation_visit_unfit: {
    id: 'Hanya kunjungan konsultasi yang masih berjalan yang dapat dicatat sebagai konsultasi.',
    en: 'Only a consultation visit that is still running can be recorded as a consultation.',
  },
  received_in_future: {
    id: 'Waktu diterima tidak boleh di masa depan.',
    en: 'The time received cannot be in the future.',
  },
  assignee_not_eligible: {
    id: 'Pengguna itu tidak dapat ditugaskan (tidak aktif, atau perannya bukan petugas, staf atau kepala).',
    en: 'That user cannot be assigned (inactive, or not an officer, staff member or head).',
  },
  not_assignee: {
    id: 'Konsultasi ini ditugaskan kepada {name}; hanya dia (atau kepala) yang dapat mencatat jawabannya.',
    en: 'This consultation is assigned to {name}; only they (or a head) can record its answer.',
  },
  not_yet_assigned: {
    id: 'Konsultasi ini belum ditugaskan kepada anggota tim.',
    en: 'This consultation has not been assigned to a team member yet.',
  },
  step_for_head: {
    id: 'Langkah ini dikerjakan oleh kepala bagian; peran Anda tidak dapat menyelesaikannya.',
    en: 'This step is done by the head of division; your role cannot complete it.',
  },
  step_needs_assignment: {
    id: 'Langkah ini selesai dengan menugaskan anggota tim (disposisi), bukan dengan tombol Lanjut.',
    en: 'This step ends by assigning a team member (disposition), not with the Next button.',
  },
  step_needs_answer: {
    id: 'Langkah ini selesai dengan mencatat jawaban konsultasi, bukan dengan tombol Lanjut.',
    en: 'This step ends by recording the consultation’s answer, not with the Next button.',
  },
  // Issue 12: the satisfaction survey.
  skm_element_missing: {
    id: 'Unsur {element} belum dijawab. Semua sembilan unsur wajib diisi.',
    en: 'Element {element} has no answer. Every element must be answered.',
  },
  skm_element_invalid: {
    id: 'Jawaban unsur {element} di luar skala penilaian.',
    en: 'The answer to element {element} is outside the rating scale.',
  },
  skm_already_answered: {
    id: 'Survei untuk kunjungan {number} sudah diisi pada {at}. Satu kunjungan hanya satu survei.',
    en: 'The survey for visit {number} was already answered on {at}. A visit has one survey.',
  },
  skm_visit_not_finished: {
    id: 'Survei diisi setelah layanan selesai.',
    en: 'The survey is answered once the service has ended.',
  },
  kiosk_not_open: {
    id: 'Kios survei belum dibuka di loket ini.',
    en: 'The survey kiosk is not open at this desk.',
  },
  kiosk_pin_wrong: {
    id: 'PIN salah.',
    en: 'Wrong PIN.',
  },
  kiosk_pin_locked: {
    id: 'Terlalu banyak PIN salah. Coba lagi dalam {minutes} menit.',
    en: 'Too many wrong PINs. Try again in {minutes} minutes.',
  },
  kiosk_already_open: {
    id: 'Kios survei sudah dibuka di loket ini. Tutup dahulu dengan PIN-nya (atau mulai ulang aplikasi bila PIN terlupa).',
    en: 'The survey kiosk is already open at this desk. Close it with its PIN first (or restart the application if the PIN is forgotten).',
  },
  kiosk_locked: {
    id: 'Layar ini sedang menjadi kios survei. Masukkan PIN untuk keluar.',
    en: 'This screen is a survey kiosk now. Enter the PIN to leave it.',
  },
  unknown_channel: { id: 'Permintaan tidak dikenal.', en: 'Unknown request.' },
  bad_request: {
    id: 'Permintaan tidak dapat dibaca. Muat ulang halaman lalu coba lagi.',
    en: 'The request could not be read. Reload the page and try again.',
  },
  payload_too_large: {
    id: 'Data yang dikirim terlalu besar.',
    en: 'The data sent is too large.',
  },
  unsupported_media_type: {
    id: 'Jenis data yang dikirim tidak didukung.',
    en: 'The kind of data sent is not supported.',
  },
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
