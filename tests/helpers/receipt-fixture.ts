import type { ReceiptInput } from '../../core/documents/receipt'

/**
 * A walk-in's receipt as a counter in Kabupaten Solok would print it: Tuesday 1 December 2026,
 * arrived 09:05 and printed 09:06 WIB. Shared by the receipt tests and the documents bench.
 */
export const RECEIPT: ReceiptInput = {
  office: {
    officeName: 'Dinas Pemberdayaan Masyarakat dan Nagari',
    officeAddress: 'Jl. Prof. M. Yamin No. 5, Arosuka, Kabupaten Solok',
    letterheadLogo: null,
    timeZone: 'Asia/Jakarta',
  },
  queueNumber: 'A-012',
  visitNumber: 'LK1-20261201-0007',
  serviceName: 'Pelayanan pengaduan masyarakat: menanyakan progres pengaduan',
  expectedTime: '20 menit',
  visitorName: "Siti Nur'aini Rahmawati",
  arrivedAt: Date.UTC(2026, 11, 1, 2, 5),
  documentNumber: 'TT/LK1/20261201/0007',
  printedAt: Date.UTC(2026, 11, 1, 2, 6),
  footer: 'Simpan tiket ini sampai layanan selesai.',
  copy: false,
}
