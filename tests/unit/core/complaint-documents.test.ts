import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, tempCore, visitorInput } from '../../helpers/temp-core'

/**
 * Issue 11, deliverables 4 and 6, through the core's documents pipeline: the catatan konsultasi
 * pelapor of an inquiry whose step 4 picked a complaint carries the complaint's number, its status
 * now and its history, and what the visitor should expect next; a complaint registered at the desk
 * prints a receipt whose QR code holds its local number. Read back with pdftotext and zbarimg.
 */
const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'loket-complaint-docs-'))
const MINUTE = 60_000
/** Monday 23 November 2026, 09:00 WIB. */
const MONDAY_9_WIB = Date.UTC(2026, 10, 23, 2)

let desk: TempCore
afterEach(() => desk?.dispose())

async function pdfOf(documentId: string, name: string): Promise<string> {
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, Buffer.from((await desk.call('documents.pdf', { documentId })).base64, 'base64'))
  return file
}
const textOf = async (file: string) =>
  (await run('pdftotext', ['-raw', file, '-'])).stdout.replace(/\s+/g, ' ')

describe('documents of a complaint', () => {
  it('fills the consultation note from the complaint picked at step 4, and prints the complaint’s receipt', async () => {
    desk = tempCore(undefined, { now: MONDAY_9_WIB })
    await desk.call('setup.run', SETUP)
    await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
    const visitor = await desk.call(
      'visitors.register',
      visitorInput({ fullName: 'Dewi Lestari', nik: '3201234567890098' }),
    )
    const registering = await desk.call('visits.start', { visitorId: visitor.id, purpose: 'new_complaint' })
    const complaint = await desk.call('complaints.register', {
      channel: 'walk_in',
      complainant: { visitorId: visitor.id },
      subject: 'Jalan rusak di depan SD Negeri 3 belum diperbaiki sejak Agustus',
      visitId: registering.id,
    })
    const receipt = await desk.call('documents.issue', { kind: 'complaint_receipt', visitId: registering.id })
    expect(receipt.number).toBe('TTP/LK1/20261123/0001')
    const receiptFile = await pdfOf(receipt.id, 'receipt')
    const receiptText = await textOf(receiptFile)
    for (const part of [
      'TANDA TERIMA PENGADUAN',
      'ADU-LK1-20261123-0001',
      'Dewi Lestari',
      'Jalan rusak di depan SD Negeri 3',
      'Admin Instansi memverifikasi laporan',
      'Paling lambat Kamis, 26 November 2026',
    ])
      expect(receiptText).toContain(part)
    expect(receiptText).not.toContain('3201234567890098')
    await run('pdftoppm', ['-r', '200', '-png', '-singlefile', receiptFile, join(dir, 'receipt')])
    expect((await run('zbarimg', ['-q', '--raw', join(dir, 'receipt.png')])).stdout.trim()).toBe(
      'ADU-LK1-20261123-0001',
    )
    await desk.call('visits.cancel', { visitId: registering.id, reason: 'Pengaduan sudah dicatat' })

    // Two days later the visitor asks how it stands (seed 001), at step 4 the officer picks it.
    desk.clock.now = MONDAY_9_WIB + 2 * 24 * 60 * MINUTE
    await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
    const inquiry = await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'complaint_progress',
      procedureId: 'pengaduan-progres-tatap-muka',
      notes: `Menanyakan ${complaint.number}`,
    })
    await desk.call('visits.callNext', {})
    await desk.call('visits.advance', { visitId: inquiry.id, stepNo: 2 })
    await desk.call('visits.advance', { visitId: inquiry.id, stepNo: 3 })
    const [suggested] = await desk.call('complaints.suggest', { visitId: inquiry.id })
    expect(suggested?.id).toBe(complaint.id)
    await desk.call('visits.setComplaint', { visitId: inquiry.id, complaintId: complaint.id })
    await desk.call('visits.advance', {
      visitId: inquiry.id,
      stepNo: 4,
      outcome: 'Laporan sedang diverifikasi Admin Instansi; pelapor diminta menunggu kabar.',
    })
    const note = await desk.call('documents.issue', { kind: 'consultation_note', visitId: inquiry.id })
    const said = await textOf(await pdfOf(note.id, 'note'))
    for (const part of [
      'CATATAN KONSULTASI PELAPOR',
      'Nomor pengaduan ADU-LK1-20261123-0001',
      'Jalan rusak di depan SD Negeri 3',
      'Status saat ini Diverifikasi — Admin Instansi',
      'Riwayat status',
      'Laporan masuk',
      'Laporan sedang diverifikasi Admin Instansi; pelapor diminta menunggu kabar.',
      // No follow-up typed: what the complaint waits for, and by when.
      'Admin Instansi memverifikasi laporan dan menentukan tindak lanjutnya.',
      'Batas waktu: Kamis, 26 November 2026',
    ])
      expect(said).toContain(part)
  })

  it('refuses a complaint receipt for a visit without a complaint', async () => {
    desk = tempCore(undefined, { now: MONDAY_9_WIB })
    await desk.call('setup.run', SETUP)
    await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
    const visitor = await desk.call('visitors.register', visitorInput({ fullName: 'Budi Santoso' }))
    const visit = await desk.call('visits.start', { visitorId: visitor.id, purpose: 'new_complaint' })
    expect((await desk.fail('documents.issue', { kind: 'complaint_receipt', visitId: visit.id })).code).toBe(
      'complaint_not_found',
    )
  })
})
