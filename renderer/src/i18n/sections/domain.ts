/** Words of the domain both the front desk and the queue screens use. Indonesian first. */
export const domainId = {
  purposes: {
    complaint_progress: 'Menanyakan progres pengaduan',
    new_complaint: 'Pengaduan baru',
    consultation: 'Konsultasi',
    information: 'Permintaan informasi',
    other: 'Lainnya',
  },
  channels: {
    walk_in: 'Datang langsung',
    letter: 'Surat',
    email: 'E-mail',
    website: 'Website',
    whatsapp: 'WhatsApp',
  },
  visitStatus: {
    waiting: 'Menunggu',
    in_progress: 'Dilayani',
    overdue: 'Melewati standar',
    done: 'Selesai',
    cancelled: 'Batal',
  },
  stepStatus: { pending: 'Belum', running: 'Berjalan', done: 'Selesai', skipped: 'Dilewati' },
  standard: {
    minutes: '{{value}} menit',
    hours: '{{value}} jam',
    working_days: '{{value}} hari kerja',
    none: 'Tanpa standar per langkah',
  },
  holidayKinds: { national: 'Libur nasional', cuti_bersama: 'Cuti bersama', local: 'Libur kantor' },
  sex: { male: 'Laki-laki', female: 'Perempuan' },
  employment: { pns: 'PNS', pppk: 'PPPK' },
  enteredLate: 'Dimasukkan belakangan',
}

export const domainEn: typeof domainId = {
  purposes: {
    complaint_progress: 'Complaint progress inquiry',
    new_complaint: 'New complaint',
    consultation: 'Consultation',
    information: 'Information request',
    other: 'Other',
  },
  channels: {
    walk_in: 'Walk-in',
    letter: 'Letter',
    email: 'E-mail',
    website: 'Website',
    whatsapp: 'WhatsApp',
  },
  visitStatus: {
    waiting: 'Waiting',
    in_progress: 'In progress',
    overdue: 'Overdue',
    done: 'Done',
    cancelled: 'Cancelled',
  },
  stepStatus: { pending: 'Not yet', running: 'Running', done: 'Done', skipped: 'Skipped' },
  standard: {
    minutes: '{{value}} min',
    hours: '{{value}} h',
    working_days: '{{value}} working days',
    none: 'No standard per step',
  },
  holidayKinds: { national: 'National holiday', cuti_bersama: 'Collective leave', local: 'Office holiday' },
  sex: { male: 'Male', female: 'Female' },
  employment: { pns: 'Civil servant (PNS)', pppk: 'Contract civil servant (PPPK)' },
  enteredLate: 'Entered late',
}
