import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { ConsultationCopyInput, ConsultationCopyStep } from '../../../core/documents/consultation-copy'
import { consultationCopyDefinition, standardText } from '../../../core/documents/consultation-copy'
import { DocumentEngine } from '../../../core/documents/engine'
import { CONSULTATION_COPY } from '../../helpers/consultation-copy-fixture'

/**
 * Issue 12 item 3: the salinan riwayat konsultasi that seed 000 step 6 sends the user with the
 * satisfaction form, drawn in the core on A4: the request (NIK masked), lampiran, disposisi, the
 * steps against their waktu baku with the reason for an overrun, the answer, the linked visits and
 * the printing officer's signature; as many pages as it needs, each footed with the document
 * number, the page count and a QR of the consultation number.
 */
const run = promisify(execFile)
const engine = new DocumentEngine(join(process.cwd(), 'resources', 'fonts'))
const dir = mkdtempSync(join(tmpdir(), 'loket-copy-'))
const FULL_NIK = '1306014509880098'

async function draw(name: string, input: ConsultationCopyInput): Promise<string> {
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, await engine.render(consultationCopyDefinition(input)))
  return file
}

const flat = (text: string) => text.replace(/\s+/g, ' ')

async function pageCount(file: string): Promise<number> {
  return Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [file])).stdout)?.[1])
}

/** The text of one page (1-based), or of the whole file without `page`. */
async function text(file: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  return (await run('pdftotext', ['-raw', ...range, file, '-'])).stdout
}

/** What the QR code on a page says, read from a 150 dpi raster as a counter's scanner would. */
async function qrOn(file: string, page: number): Promise<string> {
  const prefix = join(dir, `qr-${page}-${Date.now()}`)
  await run('pdftoppm', [
    '-r',
    '150',
    '-png',
    '-singlefile',
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    prefix,
  ])
  return (await run('zbarimg', ['-q', '--raw', `${prefix}.png`])).stdout.trim()
}

const longText = (paragraph: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${i + 1}. ${paragraph}`).join('\n\n')

describe('the salinan riwayat konsultasi', () => {
  it('is A4 and says the request, lampiran, disposisi, steps, answer, visits and who printed it', async () => {
    const file = await draw('copy', CONSULTATION_COPY)
    const info = (await run('pdfinfo', [file])).stdout
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/)
    const pages = await pageCount(file)
    const said = flat(await text(file))
    for (const part of [
      'DINAS PEMBERDAYAAN MASYARAKAT DAN NAGARI',
      'SALINAN RIWAYAT KONSULTASI',
      'Nomor konsultasi KON-LK1-20261201-0001',
      'Nomor kunjungan LK1-20261201-0007',
      // The request (seed 000 step 1's fields).
      'A. PENGAJUAN KONSULTASI',
      'Saluran Surat',
      'Diterima Selasa, 1 Desember 2026 09.05 WIB',
      'Nomor surat 800/412/BKPSDM-2026',
      "Nama lengkap Siti Nur'aini Rahmawati",
      'NIK 1306••••••••0098',
      'Unit kerja Kantor Wali Nagari Koto Baru',
      'Jabatan Sekretaris Nagari',
      'Nomor telepon +6281277340098',
      'E-mail siti.nuraini@kotobaru.desa.id',
      'Substansi permasalahan',
      'tata cara pengajuan cuti besar',
      'harus diantar langsung ke kantor dinas.',
      'B. LAMPIRAN',
      // Disposisi (step 3).
      'C. DISPOSISI',
      'Ditugaskan kepada Yuliana Putri, S.H.',
      'Oleh Drs. Hendri Yusman, M.Si.',
      'Waktu Selasa, 1 Desember 2026 09.30 WIB',
      'Mohon ditelaah berdasarkan peraturan bupati',
      // The steps against their waktu baku.
      'D. LANGKAH LAYANAN',
      'Pelayanan konsultasi kesekretariatan (SOP 248/UMM.02/IV/2022)',
      'Kepala Bagian Umum dan RT',
      '10 menit',
      '3 hari kerja',
      'Sesuai standar',
      'Melebihi standar: Anggota tim sedang rapat koordinasi',
      'Melebihi standar: Menunggu data kepegawaian dari BKPSDM',
      '6 hari 4 jam',
      'Berjalan',
      'Belum',
      'Durasi: waktu kalender dari Mulai sampai Selesai',
      // The answer (step 5).
      'E. JAWABAN',
      'Dijawab oleh Yuliana Putri, S.H.',
      'Senin, 7 Desember 2026 14.00 WIB',
      'Cuti besar bagi perangkat nagari diajukan',
      // Linked visits, their purpose in words.
      'F. KUNJUNGAN TERKAIT',
      'LK1-20261207-0003',
      'Permintaan informasi',
      // Who printed it, and the foot.
      'Petugas yang mencetak,',
      'Rina Marlina, S.Sos.',
      'NIP 198703152010012003',
      'Dokumen ini dicetak dari Loket',
      'Dok. SRK/LK1/20261207/0001',
      'Dicetak Senin, 7 Desember 2026 14.30 WIB',
      `Halaman ${pages} dari ${pages}`,
    ]) {
      expect(said).toContain(part)
    }
    // Lampiran numbered, with their page counts where known; pdfmake draws a list's numbers after
    // its items, so they are read in page order rather than drawing order.
    const read = (await run('pdftotext', [file, '-'])).stdout
    expect(read).toContain('1. Surat permohonan konsultasi Wali Nagari Koto Baru (2 halaman)')
    expect(read).toContain('3. Tangkapan layar korespondensi sebelumnya')
    // The title says "salinan"; a first print carries no SALINAN stamp of its own.
    expect(await text(file)).not.toMatch(/^SALINAN$/m)
    expect(await qrOn(file, 1)).toBe('KON-LK1-20261201-0001')
  })

  it('never prints a full NIK, even one handed over unmasked', async () => {
    const requester = { ...CONSULTATION_COPY.request.requester, nikMasked: FULL_NIK }
    const file = await draw('unmasked', {
      ...CONSULTATION_COPY,
      request: { ...CONSULTATION_COPY.request, requester },
    })
    const said = await text(file)
    expect(said).not.toContain(FULL_NIK)
    expect(said.replace(/\D/g, '')).not.toContain(FULL_NIK)
    expect(flat(said)).toContain('NIK 1306••••••••0098')
  })

  it('says what is not there yet: no lampiran, no disposisi, no answer, no visits; a NIP instead of a NIK', async () => {
    const file = await draw('empty', {
      ...CONSULTATION_COPY,
      request: {
        ...CONSULTATION_COPY.request,
        channel: 'email',
        reference: null,
        requester: {
          ...CONSULTATION_COPY.request.requester,
          nikMasked: null,
          nip: '198703152010012003',
          email: null,
        },
      },
      attachments: [],
      disposition: null,
      answer: null,
      visits: [],
      officer: { name: 'Rina Marlina, S.Sos.', nip: '', title: '' },
    })
    const said = flat(await text(file))
    for (const part of [
      'Saluran E-mail',
      'Perihal e-mail —',
      'NIP 198703152010012003',
      'E-mail —',
      'Tidak ada lampiran',
      'Belum ditugaskan',
      'Belum dijawab',
      'Tidak ada kunjungan terkait',
    ]) {
      expect(said).toContain(part)
    }
    expect(said).not.toMatch(/\bNIK\b/)
  })

  it('words every channel and every state of a step', async () => {
    const base = CONSULTATION_COPY.steps[0] as ConsultationCopyStep
    const steps: ConsultationCopyStep[] = [
      { ...base, no: 1, status: 'skipped', startedAt: null, endedAt: null },
      { ...base, no: 2, status: 'running', endedAt: null, overdue: true, reason: null },
      { ...base, no: 3, standard: { value: 0.5, unit: 'working_days' } },
      { ...base, no: 4, standard: { value: 2, unit: 'hours' } },
    ]
    for (const [channel, words] of [
      ['website', 'Situs web'],
      ['whatsapp', 'WhatsApp'],
      ['walk_in', 'Datang langsung'],
    ] as const) {
      const file = await draw(`channel-${channel}`, {
        ...CONSULTATION_COPY,
        request: { ...CONSULTATION_COPY.request, channel },
        steps,
      })
      const said = flat(await text(file))
      expect(said).toContain(`Saluran ${words}`)
      for (const part of [
        'Dilewati',
        'Berjalan, melebihi standar (alasan belum dicatat)',
        '½ hari kerja',
        '2 jam',
      ]) {
        expect(said).toContain(part)
      }
    }
  })

  it('runs a long answer onto more pages, every page footed with its count and the QR, a reprint stamped on each', async () => {
    const answer = {
      ...(CONSULTATION_COPY.answer as NonNullable<ConsultationCopyInput['answer']>),
      text: longText(
        'Berdasarkan peraturan bupati tentang perangkat nagari, cuti besar diberikan kepada perangkat ' +
          'nagari yang telah bekerja paling singkat enam tahun secara terus-menerus, dengan persetujuan ' +
          'Wali Nagari dan tembusan kepada camat.',
        40,
      ),
    }
    const file = await draw('long', { ...CONSULTATION_COPY, answer, copy: true })
    const pages = await pageCount(file)
    expect(pages).toBeGreaterThanOrEqual(3)
    for (let page = 1; page <= pages; page++) {
      const said = await text(file, page)
      expect(said).toMatch(/^SALINAN$/m)
      expect(flat(said)).toContain(`Halaman ${page} dari ${pages}`)
    }
    const all = flat(await text(file))
    expect(all).toContain('40. Berdasarkan peraturan bupati')
    expect(all).toContain('Dokumen ini dicetak dari Loket')
    expect(await qrOn(file, pages)).toBe('KON-LK1-20261201-0001')
  })

  it('repeats the steps header on the next page when the table runs over', async () => {
    const base = CONSULTATION_COPY.steps[1] as ConsultationCopyStep
    const steps = Array.from({ length: 30 }, (_, i) => ({ ...base, no: i + 1 }))
    const file = await draw('many-steps', { ...CONSULTATION_COPY, steps })
    expect(await pageCount(file)).toBeGreaterThanOrEqual(2)
    const second = flat(await text(file, 2))
    expect(second).toContain('No Kegiatan Pelaksana Mulai Selesai Waktu baku Durasi Keterangan')
  })

  it('writes a waktu baku as the SOPs do', () => {
    expect(standardText({ value: 10, unit: 'minutes' })).toBe('10 menit')
    expect(standardText({ value: 2, unit: 'hours' })).toBe('2 jam')
    expect(standardText({ value: 3, unit: 'working_days' })).toBe('3 hari kerja')
    expect(standardText({ value: 0.5, unit: 'working_days' })).toBe('½ hari kerja')
    expect(standardText({ value: 1.5, unit: 'working_days' })).toBe('1½ hari kerja')
    expect(standardText({ value: 0.25, unit: 'hours' })).toBe('0,25 jam')
  })
})
