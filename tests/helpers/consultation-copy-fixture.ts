import type { ConsultationCopyInput } from '../../core/documents/consultation-copy'

const minute = 60_000
/** Tuesday 1 December 2026, 09:05 WIB: the letter is logged. */
const RECEIVED = Date.UTC(2026, 11, 1, 2, 5)
/** Monday 7 December 2026, 14:00 WIB: the team member hands the answer in, a working day late. */
const ANSWERED = Date.UTC(2026, 11, 7, 7, 0)

/**
 * A consultation by letter (seed 000) at a counter in Kabupaten Solok, its copy printed at step 6
 * on Monday 7 December 2026, 14:30 WIB: steps 1–5 done (step 5, the review, over its 3 working days
 * with a reason), step 6 running, 7 and 8 to come. The NIK arrives masked, as the desk gives it.
 */
export const CONSULTATION_COPY: ConsultationCopyInput = {
  office: {
    officeName: 'Dinas Pemberdayaan Masyarakat dan Nagari',
    officeAddress: 'Jl. Prof. M. Yamin No. 5, Arosuka, Kabupaten Solok',
    letterheadLogo: null,
    timeZone: 'Asia/Jakarta',
  },
  consultationNumber: 'KON-LK1-20261201-0001',
  visitNumber: 'LK1-20261201-0007',
  procedureName: 'Pelayanan konsultasi kesekretariatan',
  sopNumber: 'SOP 248/UMM.02/IV/2022',
  request: {
    channel: 'letter',
    receivedAt: RECEIVED,
    reference: '800/412/BKPSDM-2026',
    requester: {
      name: "Siti Nur'aini Rahmawati",
      nikMasked: '1306••••••••0098',
      nip: null,
      workUnit: 'Kantor Wali Nagari Koto Baru',
      position: 'Sekretaris Nagari',
      phone: '+6281277340098',
      email: 'siti.nuraini@kotobaru.desa.id',
    },
    substance:
      'Kami mohon penjelasan mengenai tata cara pengajuan cuti besar bagi perangkat nagari yang telah ' +
      'bekerja lebih dari enam tahun, termasuk dokumen yang harus dilampirkan.\n\n' +
      'Selain itu, kami menanyakan apakah pengajuan dapat disampaikan melalui surat elektronik atau ' +
      'harus diantar langsung ke kantor dinas.',
  },
  attachments: [
    { description: 'Surat permohonan konsultasi Wali Nagari Koto Baru', pages: 2 },
    { description: 'Salinan SK pengangkatan perangkat nagari', pages: 1 },
    { description: 'Tangkapan layar korespondensi sebelumnya', pages: null },
  ],
  disposition: {
    assignee: 'Yuliana Putri, S.H.',
    assignedBy: 'Drs. Hendri Yusman, M.Si.',
    at: RECEIVED + 25 * minute,
    note: 'Mohon ditelaah berdasarkan peraturan bupati tentang perangkat nagari dan dijawab tertulis.',
  },
  steps: [
    {
      no: 1,
      activity: 'Menyampaikan pengajuan konsultasi ke tim Sekretariat melalui email atau surat',
      actor: 'Pengguna Jasa',
      startedAt: RECEIVED,
      endedAt: RECEIVED + 8 * minute,
      standard: { value: 10, unit: 'minutes' },
      status: 'done',
      overdue: false,
      reason: null,
    },
    {
      no: 2,
      activity: 'Menerima dan mencatat pengajuan ke dalam riwayat konsultasi',
      actor: 'Tim Sekretariat',
      startedAt: RECEIVED + 8 * minute,
      endedAt: RECEIVED + 15 * minute,
      standard: { value: 10, unit: 'minutes' },
      status: 'done',
      overdue: false,
      reason: null,
    },
    {
      no: 3,
      activity: 'Menugaskan Anggota Tim Pelaksana untuk menjawab pengajuan pengguna layanan',
      actor: 'Kepala Bagian Umum dan RT',
      startedAt: RECEIVED + 15 * minute,
      endedAt: RECEIVED + 25 * minute,
      standard: { value: 10, unit: 'minutes' },
      status: 'done',
      overdue: false,
      reason: null,
    },
    {
      no: 4,
      activity: 'Menyampaikan penugasan dan riwayat konsultasi kepada anggota tim pelaksana',
      actor: 'Tim Sekretariat',
      startedAt: RECEIVED + 25 * minute,
      endedAt: RECEIVED + 55 * minute,
      standard: { value: 10, unit: 'minutes' },
      status: 'done',
      overdue: true,
      reason: 'Anggota tim sedang rapat koordinasi',
    },
    {
      no: 5,
      activity: 'Melaksanakan penelaahan dan menuangkan hasilnya ke dalam riwayat konsultasi',
      actor: 'Anggota Tim Pelaksana',
      startedAt: RECEIVED + 55 * minute,
      endedAt: ANSWERED,
      standard: { value: 3, unit: 'working_days' },
      status: 'done',
      overdue: true,
      reason: 'Menunggu data kepegawaian dari BKPSDM',
    },
    {
      no: 6,
      activity: 'Menyampaikan salinan riwayat konsultasi dan formulir kepuasan kepada pengguna layanan',
      actor: 'Tim Sekretariat',
      startedAt: ANSWERED + 20 * minute,
      endedAt: null,
      standard: { value: 10, unit: 'minutes' },
      status: 'running',
      overdue: false,
      reason: null,
    },
    {
      no: 7,
      activity: 'Mengisi dan menyampaikan formulir kepuasan pengguna layanan konsultasi',
      actor: 'Pengguna Jasa',
      startedAt: null,
      endedAt: null,
      standard: { value: 10, unit: 'minutes' },
      status: 'pending',
      overdue: false,
      reason: null,
    },
    {
      no: 8,
      activity: 'Mendokumentasikan riwayat konsultasi dan formulir kepuasan',
      actor: 'Tim Sekretariat',
      startedAt: null,
      endedAt: null,
      standard: { value: 10, unit: 'minutes' },
      status: 'pending',
      overdue: false,
      reason: null,
    },
  ],
  answer: {
    by: 'Yuliana Putri, S.H.',
    at: ANSWERED,
    text:
      'Cuti besar bagi perangkat nagari diajukan oleh yang bersangkutan kepada Wali Nagari dengan ' +
      'melampirkan surat permohonan, salinan SK pengangkatan dan rekapitulasi masa kerja.\n\n' +
      'Pengajuan dapat disampaikan melalui surat elektronik resmi nagari; berkas asli diserahkan ' +
      'paling lambat lima hari kerja sesudahnya.',
  },
  visits: [
    { number: 'LK1-20261201-0007', at: RECEIVED, purpose: 'consultation' },
    { number: 'LK1-20261207-0003', at: ANSWERED - 90 * minute, purpose: 'information' },
  ],
  officer: { name: 'Rina Marlina, S.Sos.', nip: '198703152010012003', title: 'Anggota Tim Sekretariat' },
  documentNumber: 'SRK/LK1/20261207/0001',
  printedAt: ANSWERED + 30 * minute,
  copy: false,
}
