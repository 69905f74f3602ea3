import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { ConsultationNoteInput } from '../../../core/documents/consultation-note'
import { consultationNoteDefinition, spanInWords } from '../../../core/documents/consultation-note'
import { DocumentEngine } from '../../../core/documents/engine'

/**
 * Issue 10: the catatan konsultasi pelapor (seed 001, the output of step 4) drawn in the core on A4:
 * the steps against their standards, what was explained, the next step and its deadline, both
 * signature blocks, the NIK masked; as many pages as it needs, each footed with the document
 * number, the page count and a QR of the visit number.
 */
const run = promisify(execFile)
const engine = new DocumentEngine(join(process.cwd(), 'resources', 'fonts'))
const dir = mkdtempSync(join(tmpdir(), 'loket-note-'))
const minute = 60_000
/** Tuesday 1 December 2026, 09:05 WIB. */
const ARRIVED = Date.UTC(2026, 11, 1, 2, 5)

const NOTE: ConsultationNoteInput = {
  office: {
    officeName: 'Dinas Pemberdayaan Masyarakat dan Nagari',
    officeAddress: 'Jl. Prof. M. Yamin No. 5, Arosuka, Kabupaten Solok',
    letterheadLogo: null,
    timeZone: 'Asia/Jakarta',
  },
  visitNumber: 'LK1-20261201-0007',
  procedureName: 'Pelayanan pengaduan masyarakat: menanyakan progres pengaduan',
  sopNumber: 'SOP OT.01.02-054-055.De.6',
  visitorName: "Siti Nur'aini Rahmawati",
  nikMasked: '3201••••••••0098',
  arrivedAt: ARRIVED,
  finishedAt: ARRIVED + 24 * minute,
  steps: [
    {
      no: 1,
      activity: 'Mendatangi ruang tunggu untuk menanyakan progres pengaduan',
      startedAt: ARRIVED,
      endedAt: ARRIVED + 2 * minute,
      standard: '2 menit',
      overdue: false,
      reason: null,
      skipped: false,
    },
    {
      no: 2,
      activity: 'Menerima pengadu, mencatat identitas pengadu, dan menanyakan tujuan kedatangan',
      startedAt: ARRIVED + 2 * minute,
      endedAt: ARRIVED + 6 * minute,
      standard: '5 menit',
      overdue: false,
      reason: null,
      skipped: false,
    },
    {
      no: 3,
      activity: 'Memberikan informasi pribadi dan data dukung pengaduan',
      startedAt: ARRIVED + 6 * minute,
      endedAt: ARRIVED + 11 * minute + 10_000,
      standard: '3 menit',
      overdue: true,
      reason: 'Data dukung dicari di arsip',
      skipped: false,
    },
    {
      no: 4,
      activity: 'Memberikan informasi progres pengaduan',
      startedAt: ARRIVED + 11 * minute,
      endedAt: ARRIVED + 24 * minute,
      standard: '10 menit',
      overdue: true,
      reason: 'Menunggu arahan kepala bidang',
      skipped: false,
    },
  ],
  complaint: null,
  explained:
    'Pengaduan tentang jalan nagari sedang ditelaah Bidang Pemerintahan Nagari; tim akan meninjau lokasi.',
  nextStep: {
    text: 'Peninjauan lokasi oleh Bidang Pemerintahan Nagari.',
    deadline: Date.UTC(2026, 11, 4, 2),
  },
  officer: { name: 'Rina Marlina, S.Sos.', nip: '198703152010012003', title: 'Anggota Sekretariat UPP' },
  head: { name: 'Drs. Hendri Yusman, M.Si.', nip: '197005121995031002', title: 'Kepala Bidang Pengaduan' },
  documentNumber: 'CKP/LK1/20261201/0003',
  printedAt: ARRIVED + 25 * minute,
  copy: false,
}

async function draw(name: string, input: ConsultationNoteInput): Promise<string> {
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, await engine.render(consultationNoteDefinition(input)))
  return file
}

const flat = (text: string) => text.replace(/\s+/g, ' ')

describe('the catatan konsultasi pelapor', () => {
  it('is an A4 page that says the visit, its steps against their standards, and what comes next', async () => {
    const file = await draw('note', NOTE)
    const info = (await run('pdfinfo', [file])).stdout
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/)
    expect(info).toMatch(/Pages:\s+1\n/)
    const said = flat((await run('pdftotext', ['-raw', file, '-'])).stdout)
    for (const part of [
      'DINAS PEMBERDAYAAN MASYARAKAT DAN NAGARI',
      'CATATAN KONSULTASI PELAPOR',
      'LK1-20261201-0007',
      '3201••••••••0098',
      'SOP OT.01.02-054-055.De.6',
      'Tiba Selasa, 1 Desember 2026 09.05 WIB',
      '5 menit 10 detik',
      'Melewati standar: Data dukung dicari di arsip',
      'Sesuai standar',
      'Pengaduan tentang jalan nagari sedang ditelaah',
      'Batas waktu: Jumat, 4 Desember 2026',
      'Rina Marlina, S.Sos.',
      'NIP 198703152010012003',
      'Pelapor,',
      'Dok. CKP/LK1/20261201/0003',
      'Halaman 1 dari 1',
    ]) {
      expect(said).toContain(part)
    }
    expect(said).not.toContain('SALINAN')
  })

  it('runs onto more pages when what was explained is long, each footed with its page and the QR', async () => {
    const explained = Array.from({ length: 60 }, (_, i) => `${i + 1}. ${NOTE.explained}`).join('\n')
    const file = await draw('long', { ...NOTE, explained, copy: true })
    const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [file])).stdout)?.[1])
    expect(pages).toBeGreaterThan(1)
    const said = flat((await run('pdftotext', ['-raw', file, '-'])).stdout)
    expect(said).toContain(`Halaman ${pages} dari ${pages}`)
    expect(said).toContain('SALINAN')
    const prefix = join(dir, 'long-last')
    await run('pdftoppm', ['-r', '150', '-png', '-singlefile', '-f', String(pages), file, prefix])
    expect((await run('zbarimg', ['-q', '--raw', `${prefix}.png`])).stdout.trim()).toBe('LK1-20261201-0007')
  })

  it('words a span as the note prints it', () => {
    expect(spanInWords(5 * minute + 10_000)).toBe('5 menit 10 detik')
    expect(spanInWords(2 * minute)).toBe('2 menit')
    expect(spanInWords(40_000)).toBe('40 detik')
    expect(spanInWords(125 * minute)).toBe('2 jam 5 menit')
    expect(spanInWords(3 * 86_400_000 + 2 * 3_600_000)).toBe('3 hari 2 jam')
  })
})
