import type { z } from 'zod'
import type { Localized } from './localized'
import { localize } from './localized'

/**
 * Wording of field-level validation messages. Schemas name a key of this catalog as their
 * error message (`z.string().min(1, 'required')`), so the core and the UI show the same sentence
 * in either locale; issues without a key fall back by their zod code.
 */
export const validationCatalog = {
  required: { id: 'Wajib diisi.', en: 'This field is required.' },
  too_short: { id: 'Minimal {minimum} karakter.', en: 'At least {minimum} characters.' },
  too_long: { id: 'Maksimal {maximum} karakter.', en: 'At most {maximum} characters.' },
  invalid: { id: 'Isian tidak valid.', en: 'This value is not valid.' },
  invalid_choice: { id: 'Pilih salah satu pilihan yang tersedia.', en: 'Choose one of the options.' },
  text_unsafe: {
    id: 'Isian ini berisi karakter yang tidak sah (karakter kontrol atau karakter rusak, biasanya dari hasil salin-tempel). Hapus lalu ketik ulang.',
    en: 'This field holds characters that are not allowed (control or broken characters, usually from a paste). Delete them and type it again.',
  },
  too_deep: {
    id: 'Data ini terlalu bertingkat untuk diproses.',
    en: 'This data is nested too deeply to be processed.',
  },
  username_format: {
    id: 'Gunakan 3–32 huruf kecil, angka, titik, garis bawah atau tanda hubung.',
    en: 'Use 3–32 lower-case letters, digits, dots, underscores or hyphens.',
  },
  password_too_short: {
    id: 'Kata sandi minimal {minimum} karakter.',
    en: 'The password needs at least {minimum} characters.',
  },
  password_mismatch: { id: 'Kedua kata sandi tidak sama.', en: 'The two passwords do not match.' },
  tracking_id_format: {
    id: 'Nomor pelacakan LAPOR! ditulis tanpa spasi, persis seperti pada aplikasi LAPOR!.',
    en: 'A LAPOR! tracking ID has no spaces; type it exactly as the LAPOR! application shows it.',
  },
  desk_code_format: {
    id: 'Kode loket 2–6 huruf kapital atau angka, diawali huruf (contoh: LK1).',
    en: 'Desk code: 2–6 capital letters or digits, starting with a letter (e.g. LK1).',
  },
  desk_code_reserved: {
    id: 'Kode PUSAT dipakai server pusat untuk nomor pengaduan; pilih kode loket lain.',
    en: 'The code PUSAT numbers the central server’s complaints; choose another desk code.',
  },
  server_url_format: {
    id: 'Alamat server harus diawali http:// atau https:// (contoh: https://loket.kantor.go.id).',
    en: 'The server address must start with http:// or https:// (e.g. https://loket.office.go.id).',
  },
  server_url_insecure: {
    id: 'Alamat server harus https:// agar kode, token dan kata sandi terenkripsi. Untuk jaringan kantor tanpa TLS, centang pilihan "Jaringan kantor tanpa TLS" (tidak disarankan).',
    en: 'The server address must be https:// so codes, tokens and passwords are encrypted. For an office network without TLS, tick "Office network without TLS" (not recommended).',
  },
  logo_format: {
    id: 'Logo harus berupa gambar PNG atau JPEG.',
    en: 'The logo must be a PNG or JPEG image.',
  },
  logo_unreadable: {
    id: 'Berkas logo ini rusak atau tidak lengkap sehingga tidak dapat dicetak pada kop surat. Simpan ulang gambarnya sebagai PNG atau JPEG (misalnya dari aplikasi pengolah gambar), lalu unggah lagi.',
    en: 'This logo file is damaged or incomplete, so it cannot be printed on the letterhead. Save the picture again as PNG or JPEG (from an image editor, for example) and upload it again.',
  },
  logo_too_large: {
    id: 'Ukuran logo maksimal {maxKb} KB.',
    en: 'The logo may be at most {maxKb} KB.',
  },
  date_format: {
    id: 'Tanggal tidak valid (format TTTT-BB-HH).',
    en: 'Not a valid date (format YYYY-MM-DD).',
  },
  time_format: {
    id: 'Jam tidak valid (format JJ:MM, contoh 07:30).',
    en: 'Not a valid time (format HH:mm, e.g. 07:30).',
  },
  hours_order: { id: 'Jam tutup harus sesudah jam buka.', en: 'Closing time must be after opening time.' },
  range_order: {
    id: 'Tanggal akhir tidak boleh sebelum tanggal awal.',
    en: 'The end date cannot be before the start date.',
  },
  too_many: { id: 'Terlalu banyak isian.', en: 'Too many entries.' },
  nik_format: {
    id: 'NIK harus 16 digit angka (spasi, titik dan tanda hubung boleh).',
    en: 'An NIK has 16 digits (spaces, dots and hyphens are allowed).',
  },
  nip_format: {
    id: 'NIP harus 18 digit angka (spasi, titik dan tanda hubung boleh).',
    en: 'An NIP has 18 digits (spaces, dots and hyphens are allowed).',
  },
  name_chars: {
    id: 'Nama hanya berisi huruf, spasi, tanda petik, tanda hubung, titik dan koma (gelar); {char} tidak boleh.',
    en: 'A name holds letters, spaces, apostrophes, hyphens, and the dots and commas of titles only; {char} is not allowed.',
  },
  nik_char: {
    id: 'NIK harus 16 digit angka; {char} bukan angka. Hapus lalu ketik ulang.',
    en: 'An NIK has 16 digits; {char} is not a digit. Delete it and type again.',
  },
  nip_char: {
    id: 'NIP harus 18 digit angka; {char} bukan angka. Hapus lalu ketik ulang.',
    en: 'An NIP has 18 digits; {char} is not a digit. Delete it and type again.',
  },
  phone_char: {
    id: 'Nomor telepon hanya berisi angka, spasi, tanda hubung, kurung dan + di depan: {char} tidak boleh.',
    en: 'A phone number holds digits, spaces, hyphens, brackets and a leading + only: {char} is not allowed.',
  },
  phone_invalid: {
    id: 'Nomor telepon tidak valid. Contoh: 0812-3456-7890 atau +62 812 3456 7890.',
    en: 'Not a valid phone number. Example: 0812-3456-7890 or +62 812 3456 7890.',
  },
  email_invalid: {
    id: 'Alamat e-mail tidak valid. Contoh: nama@contoh.go.id.',
    en: 'Not a valid e-mail address. Example: name@example.go.id.',
  },
  consent_required: {
    id: 'Pengunjung harus menyetujui pemrosesan data pribadinya (UU 27/2022) sebelum datanya disimpan.',
    en: 'The visitor must consent to the processing of their personal data (Law 27/2022) before it is saved.',
  },
  nik_already_registered: {
    id: 'NIK ini sudah terdaftar atas nama {name}.',
    en: 'This NIK is already registered to {name}.',
  },
  nip_already_registered: {
    id: 'NIP ini sudah terdaftar atas nama {name}.',
    en: 'This NIP is already registered to {name}.',
  },
  late_in_future: {
    id: 'Waktu ini masih di masa depan.',
    en: 'This time lies in the future.',
  },
  late_too_old: {
    id: 'Kunjungan lebih dari 31 hari yang lalu tidak dapat dimasukkan. Periksa tanggalnya.',
    en: 'A visit more than 31 days ago cannot be entered. Check the date.',
  },
  late_before_arrival: {
    id: 'Waktu selesai tidak boleh sebelum waktu kedatangan.',
    en: 'The end cannot be before the arrival.',
  },
  late_step_order: {
    id: 'Waktu langkah harus runtut: mulai setelah langkah sebelumnya selesai, selesai setelah mulai.',
    en: 'Step times must be in order: each starts after the one before ended and ends after it starts.',
  },
  late_steps_incomplete: {
    id: 'Isi setiap langkah prosedur, berurutan.',
    en: 'Fill in every step of the procedure, in order.',
  },
  late_step_not_skippable: {
    id: 'Hanya langkah eskalasi yang boleh dilewati.',
    en: 'Only escalation steps may be skipped.',
  },
  late_steps_without_procedure: {
    id: 'Kunjungan tanpa prosedur tidak memiliki langkah.',
    en: 'A visit without a procedure has no steps.',
  },
} satisfies Record<string, Localized>

export type ValidationKey = keyof typeof validationCatalog

function isValidationKey(message: string): message is ValidationKey {
  return Object.prototype.hasOwnProperty.call(validationCatalog, message)
}

function paramsOf(issue: z.core.$ZodIssue): Record<string, string | number> {
  const params: Record<string, string | number> = {}
  if (issue.code === 'too_small') params.minimum = Number(issue.minimum)
  if (issue.code === 'too_big') params.maximum = Number(issue.maximum)
  if (issue.code === 'custom' && issue.params) {
    for (const [k, v] of Object.entries(issue.params)) {
      if (typeof v === 'string' || typeof v === 'number') params[k] = v
    }
  }
  return params
}

export function issueMessage(issue: z.core.$ZodIssue): Localized {
  const params = paramsOf(issue)
  if (isValidationKey(issue.message)) return localize(validationCatalog[issue.message], params)
  switch (issue.code) {
    case 'invalid_type':
      return localize(validationCatalog.required)
    case 'too_small':
      return localize(validationCatalog.too_short, params)
    case 'too_big':
      return localize(validationCatalog.too_long, params)
    case 'invalid_value':
      return localize(validationCatalog.invalid_choice)
    default:
      return localize(validationCatalog.invalid)
  }
}

/** One message per field (the first issue wins), keyed by the dotted path of the field. */
export function fieldErrors(error: z.ZodError): Record<string, Localized> {
  const fields: Record<string, Localized> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issueMessage(issue)
  }
  return fields
}
