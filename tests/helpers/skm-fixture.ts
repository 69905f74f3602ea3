import { skmQuestionnaire } from '../../common/skm'
import type { SkmFormInput } from '../../core/documents/skm-form'

/**
 * The SKM form handed to a visitor after a consultation at a counter in Kabupaten Solok: Tuesday
 * 1 December 2026, the visit started 09:05 and the form printed 09:30 WIB, the visitor anonymous.
 */
export const SKM_FORM: SkmFormInput = {
  office: {
    officeName: 'Dinas Pemberdayaan Masyarakat dan Nagari',
    officeAddress: 'Jl. Prof. M. Yamin No. 5, Arosuka, Kabupaten Solok',
    letterheadLogo: null,
    timeZone: 'Asia/Jakarta',
  },
  questionnaire: skmQuestionnaire(),
  visit: { number: 'LK1-20261201-0007', startedAt: Date.UTC(2026, 11, 1, 2, 5) },
  procedureName: 'Pelayanan pengaduan masyarakat: menanyakan progres pengaduan',
  sopNumber: 'SOP OT.01.02-054-055.De.6',
  respondentName: null,
  documentNumber: 'SKM/LK1/20261201/0007',
  printedAt: Date.UTC(2026, 11, 1, 2, 30),
  copy: false,
}
