import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { eq, sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { v5 as uuidv5 } from 'uuid'
import { describe, expect, it } from 'vitest'
import {
  IMPORT_MILESTONES,
  chainFor,
  importComplaints,
  parseImportDate,
} from '../../../server/admin/complaint-import'
import { ComplaintRefusal } from '../../../server/admin/complaint-errors'
import { createComplaint, showComplaint } from '../../../server/admin/complaints'
import { changes } from '../../../server/schema'
import { SERVER_BACKENDS } from '../../helpers/server-db'
import { serverHarness } from './harness'

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/complaints')
const LAPOR_CSV = readFileSync(join(FIXTURES, 'lapor-export.csv'))
const BAD_LINES = [4, 5, 8]

async function refusalOf(promise: Promise<unknown>): Promise<ComplaintRefusal> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ComplaintRefusal) return error
    throw error
  }
  throw new Error('expected a refusal')
}

/** An XLSX made the way an office's spreadsheet is: real dates, a number column, its own headers. */
async function officeWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Pengaduan')
  sheet.addRow(['ID Laporan', 'Tanggal', 'Nama', 'Uraian Singkat', 'NIK', 'Telepon', 'Status', 'Sumber'])
  // exceljs keeps a Date's UTC fields as the cell's wall time: 09:15 on the sheet.
  sheet.addRow([
    'X-1',
    new Date(Date.UTC(2026, 10, 3, 9, 15)),
    'Siti',
    'Pelayanan lambat',
    '3201014108850001',
    81234567890,
    'Selesai',
    'WhatsApp',
  ])
  sheet.addRow([
    'X-2',
    new Date(Date.UTC(2026, 10, 4)),
    'Agus',
    'Berkas hilang',
    // Typed into a number cell: past 2^53 Excel's float no longer holds all 16 digits.
    Number('9201014108850001'),
    null,
    'Terverifikasi',
    'LAPOR!',
  ])
  sheet.addRow([])
  sheet.addRow(['X-3', 46_000, 'Dewi', 'Informasi tarif', null, 'nomor saya', 'Diproses', null])
  sheet.addRow([
    'X-4',
    '2026-11-06 08:00',
    'Rina',
    { richText: [{ text: 'Ruang ' }, { text: 'tunggu panas' }] },
    null,
    null,
    null,
    null,
  ])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('the import status table', () => {
  it('synthesizes chain-valid events for every status and either reporter', () => {
    for (const milestone of IMPORT_MILESTONES) {
      for (const reporter of ['admin_nasional', 'admin_instansi'] as const) {
        expect(() => chainFor(milestone, reporter)).not.toThrow()
      }
    }
    expect(chainFor('in_process', 'admin_nasional').map((s) => `${s.kind}:${s.by}`)).toEqual([
      'reported:admin_nasional',
      'forwarded:admin_nasional',
      'received:admin_instansi',
      'forwarded:admin_instansi',
      'received:admin_eselon1',
    ])
  })

  it('reads dates as people type them and as Excel stores them, in the office time zone', () => {
    const wib = (h: number, m = 0) => Date.UTC(2026, 10, 3, h - 7, m)
    expect(parseImportDate('2026-11-03', 'Asia/Jakarta')).toBe(wib(0))
    expect(parseImportDate('03/11/2026 09:15', 'Asia/Jakarta')).toBe(wib(9, 15))
    expect(parseImportDate('3-11-2026 9.15', 'Asia/Jakarta')).toBe(wib(9, 15))
    expect(parseImportDate(new Date(Date.UTC(2026, 10, 3, 9, 15)), 'Asia/Jakarta')).toBe(wib(9, 15))
    expect(parseImportDate(46_329, 'Asia/Jakarta')).toBe(wib(0))
    expect(parseImportDate('03/11/2026 09:15', 'Asia/Jayapura')).toBe(wib(9, 15) - 2 * 60 * 60 * 1000)
    for (const bad of ['31/02/2026', '2026/11/03', '11-3-26', 'kemarin', '03/13/2026']) {
      expect(parseImportDate(bad, 'Asia/Jakarta')).toBeNull()
    }
  })
})

describe.each(SERVER_BACKENDS)('complaint import on %s', (backend) => {
  const server = serverHarness(backend)
  const db = () => server.database.db
  const logCount = async (officeId: string) =>
    (
      await db()
        .select({ n: sql<number>`count(*)::int` })
        .from(changes)
        .where(eq(changes.officeId, officeId))
    )[0]?.n ?? 0
  const run = (officeId: string, bytes: Uint8Array, extra: Record<string, unknown> = {}) =>
    importComplaints(db(), { officeId, bytes, fileName: 'lapor.csv', ...extra }, server.now())

  it('previews a LAPOR! CSV with its bad rows on their lines, imports nothing while they remain, then commits with them skipped', async () => {
    const officeId = await server.office()
    const desk = await server.enroll(officeId)
    const cursor = await server.cursorOf(desk)
    const before = await logCount(officeId)

    const preview = await run(officeId, LAPOR_CSV)
    expect(preview).toMatchObject({
      committed: false,
      format: 'csv',
      mapping: {
        laporTrackingId: 'Tracking ID',
        reportedAt: 'Tanggal Laporan',
        complainantName: 'Nama Pelapor',
        complainantNik: 'NIK',
        complainantPhone: 'No. HP',
        subject: 'Judul',
        category: 'Kategori',
        classification: 'Klasifikasi',
        status: 'Status',
        channel: 'Kanal',
      },
      problems: [],
      counts: { new: 3, bad: 3, unchanged: 0, update: 0, rows: 6, eventsAdded: 6 },
    })
    expect(preview.rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'new'],
      [3, 'new'],
      [4, 'bad'],
      [5, 'bad'],
      [6, 'new'],
      [8, 'bad'],
    ])
    const messages = preview.rows.flatMap((r) => r.errors ?? []).map((e) => e.message)
    expect(messages.map((m) => m.id)).toEqual([
      'Baris 4 (NIK): NIK harus 16 digit angka (spasi, titik dan tanda hubung boleh).',
      expect.stringMatching(/^Baris 5 \(Tanggal Laporan\): tanggal "31\/02\/2026" tidak dikenali/),
      expect.stringMatching(
        /^Baris 8 \(Klasifikasi\): "Keluhan berat" tidak dikenali; gunakan salah satu: aspirasi/,
      ),
    ])
    expect(messages[0]?.en).toBe('Line 4 (NIK): An NIK has 16 digits (spaces, dots and hyphens are allowed).')
    expect(preview.rows.find((r) => r.line === 6)).toMatchObject({
      laporTrackingId: 'LPR-1005',
      adds: ['reported', 'forwarded', 'received'],
      state: { stage: 'verifying', holder: 'admin_eselon1' },
    })
    expect(await logCount(officeId)).toBe(before)

    const refused = await refusalOf(run(officeId, LAPOR_CSV, { commit: true }))
    expect(refused).toMatchObject({
      code: 'bad_input',
      reason: 'import_bad_rows',
      details: { lines: BAD_LINES },
    })
    // Skipping only some of them is not enough.
    expect(
      (await refusalOf(run(officeId, LAPOR_CSV, { commit: true, skipLines: [4, 5] }))).details,
    ).toMatchObject({
      lines: [8],
    })
    expect(
      (await refusalOf(run(officeId, LAPOR_CSV, { commit: true, skipLines: [4, 5, 8, 99] }))).reason,
    ).toBe('import_skip_unknown')
    expect(await logCount(officeId)).toBe(before)

    const committed = await run(officeId, LAPOR_CSV, { commit: true, skipLines: BAD_LINES })
    expect(committed).toMatchObject({ committed: true, counts: { new: 3, skipped: 3, eventsAdded: 6 } })
    expect(await logCount(officeId)).toBe(before + 3 + 6)
    const siti = await showComplaint(db(), { officeId, complaint: 'LPR-1001' })
    expect(siti).toMatchObject({
      complaintId: uuidv5('lapor:LPR-1001', officeId),
      number: null,
      channel: 'lapor',
      classification: 'pengaduan',
      complainantNik: '3201014108850001',
      complainantPhone: '+6281234567890',
      // 09:15 WIB.
      reportedAt: Date.UTC(2026, 10, 3, 2, 15),
      deskId: 'central',
      state: { stage: 'verifying', holder: 'admin_nasional' },
    })
    const rina = await showComplaint(db(), { officeId, complaint: 'LPR-1005' })
    expect(rina.subject).toBe('Petugas loket\ntidak ramah')
    expect(rina.history.map((e) => `${e.kind}:${e.by}`)).toEqual([
      'reported:admin_instansi',
      'forwarded:admin_instansi',
      'received:admin_eselon1',
    ])
    const pulled = (await server.pullAll(desk, cursor)).filter((c) => c.table.startsWith('complaint'))
    expect(pulled).toHaveLength(9)

    // The same file again: nothing written, every row unchanged.
    server.clock += 60_000
    const again = await run(officeId, LAPOR_CSV, { commit: true, skipLines: BAD_LINES })
    expect(again.counts).toMatchObject({ new: 0, unchanged: 3, update: 0, eventsAdded: 0 })
    expect(await logCount(officeId)).toBe(before + 9)
  })

  it('adds only the missing events for a later status, and reports a status that went back without applying it', async () => {
    const officeId = await server.office()
    await run(officeId, LAPOR_CSV, { commit: true, skipLines: BAD_LINES })
    const before = await logCount(officeId)
    const later = Buffer.from(
      LAPOR_CSV.toString('utf8')
        .replace('Belum Diverifikasi;LAPOR!', 'Selesai;LAPOR!')
        .replace('Diproses;Surat', 'Terverifikasi;Surat')
        .replace('Jalan rusak di depan kantor kecamatan', 'Jalan rusak di depan kantor camat'),
    )
    server.clock += 60_000
    const preview = await run(officeId, later, { skipLines: BAD_LINES })
    expect(preview.rows.filter((r) => r.outcome !== 'skipped').map((r) => [r.line, r.outcome])).toEqual([
      [2, 'update'],
      [3, 'update'],
      [6, 'behind'],
    ])
    expect(preview.rows[0]).toMatchObject({
      adds: ['forwarded', 'received', 'forwarded', 'received', 'followed_up', 'completed'],
      recordChanged: false,
      state: { stage: 'completed', holder: 'admin_eselon1' },
    })
    expect(preview.rows[1]).toMatchObject({ adds: [], recordChanged: true })
    expect(preview.rows.find((r) => r.line === 6)?.message?.id).toMatch(/^Baris 6: status di berkas/)
    expect(await logCount(officeId)).toBe(before)

    const committed = await run(officeId, later, { commit: true, skipLines: BAD_LINES })
    expect(committed.counts).toMatchObject({ update: 2, behind: 1, eventsAdded: 6 })
    expect(await logCount(officeId)).toBe(before + 6 + 1)
    expect((await showComplaint(db(), { officeId, complaint: 'LPR-1001' })).state).toEqual({
      stage: 'completed',
      holder: 'admin_eselon1',
    })
    expect((await showComplaint(db(), { officeId, complaint: 'LPR-1005' })).history).toHaveLength(3)
    expect((await run(officeId, later, { commit: true, skipLines: BAD_LINES })).counts).toMatchObject({
      unchanged: 2,
      behind: 1,
      eventsAdded: 0,
    })
    expect(await logCount(officeId)).toBe(before + 7)
  })

  it('links a LAPOR! ID to a complaint by its local number, and refuses a local number the server has not received', async () => {
    const officeId = await server.office()
    const known = await createComplaint(
      db(),
      { officeId, channel: 'letter', subject: 'Surat pengaduan', complainantName: 'Ahmad Fauzi' },
      server.now(),
    )
    const csv = (number: string) =>
      Buffer.from(
        `Nomor Pengaduan;Tracking ID;Tanggal Laporan;Nama Pelapor;Judul\n${number};LPR-9001;2026-11-03;Ahmad Fauzi;Surat pengaduan\n`,
      )
    const unknown = await run(officeId, csv('ADU-LK7-20261103-0001'))
    expect(unknown.rows.map((r) => [r.line, r.outcome])).toEqual([[2, 'bad']])
    expect(unknown.rows[0]?.errors?.[0]?.message.id).toMatch(
      /^Baris 2: nomor pengaduan ADU-LK7-20261103-0001 belum ada di server pusat/,
    )
    await expect(run(officeId, csv('ADU-LK7-20261103-0001'), { commit: true })).rejects.toThrow(
      ComplaintRefusal,
    )

    const linked = await run(officeId, csv(known.number), { commit: true })
    expect(linked.rows.map((r) => [r.line, r.outcome])).toEqual([[2, 'update']])
    expect((await showComplaint(db(), { officeId, complaint: 'LPR-9001' })).complaintId).toBe(
      known.complaintId,
    )
  })

  it('imports an XLSX with real dates and a mapped column, and names the bad cells', async () => {
    const officeId = await server.office()
    const bytes = await officeWorkbook()
    // Sniffed as XLSX without a name; "Uraian Singkat" is not a known header.
    const unmapped = await importComplaints(db(), { officeId, bytes }, server.now())
    expect(unmapped.format).toBe('xlsx')
    expect(unmapped.problems.map((p) => p.id)).toEqual(['kolom judul/isi laporan tidak ditemukan'])
    expect(
      (await refusalOf(importComplaints(db(), { officeId, bytes, commit: true }, server.now()))).reason,
    ).toBe('import_mapping')

    const mapping = { subject: 'uraian singkat' }
    const preview = await importComplaints(
      db(),
      { officeId, bytes, fileName: 'data.xlsx', mapping },
      server.now(),
    )
    expect(preview.mapping).toMatchObject({
      laporTrackingId: 'ID Laporan',
      subject: 'Uraian Singkat',
      channel: 'Sumber',
    })
    expect(preview.rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'new'],
      [3, 'bad'],
      [5, 'bad'],
      [6, 'new'],
    ])
    expect(preview.rows[1]?.errors?.map((e) => e.message.id)).toEqual([
      'Baris 3 (NIK): NIK tersimpan sebagai angka sehingga digitnya bisa berubah; format kolom NIK sebagai Teks lalu ketik ulang.',
    ])
    expect(preview.rows[2]?.errors?.map((e) => e.column)).toEqual(['Telepon'])
    const committed = await importComplaints(
      db(),
      { officeId, bytes, mapping, commit: true, skipLines: [3, 5] },
      server.now(),
    )
    expect(committed.counts).toMatchObject({ new: 2, skipped: 2 })
    expect(await showComplaint(db(), { officeId, complaint: 'X-1' })).toMatchObject({
      channel: 'whatsapp',
      complainantPhone: '+6281234567890',
      reportedAt: Date.UTC(2026, 10, 3, 2, 15),
      state: { stage: 'completed', holder: 'admin_eselon1' },
    })
    expect(await showComplaint(db(), { officeId, complaint: 'X-4' })).toMatchObject({
      subject: 'Ruang tunggu panas',
      channel: 'lapor',
      state: { stage: 'verifying', holder: 'admin_nasional' },
    })
  })

  it('refuses files it cannot take as a whole', async () => {
    const officeId = await server.office()
    const tooBig = new Uint8Array(10 * 1024 * 1024 + 1)
    expect((await refusalOf(run(officeId, tooBig))).reason).toBe('import_too_large')
    const header = 'Tracking ID,Tanggal,Nama,Judul\n'
    const many = Buffer.from(header + 'A,2026-11-01,Nama,Judul\n'.repeat(20_001))
    expect((await refusalOf(run(officeId, many))).reason).toBe('import_too_many_rows')
    expect(
      (
        await refusalOf(
          run(officeId, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { fileName: 'x.xlsx' }),
        )
      ).reason,
    ).toBe('import_unreadable')
    expect((await refusalOf(run(officeId, Buffer.from('x'), { fileName: 'old.xls' }))).reason).toBe(
      'import_format_unknown',
    )
  })

  it('reads on past a broken CSV record, and finds duplicates within the file', async () => {
    const officeId = await server.office()
    const csv = [
      'No. Tiket,Tanggal,Nama,Isi Laporan',
      'A-1,2026-11-01,Siti,Satu',
      'A-2,2026-11-01,Agus,Dua "kutip" salah',
      'A-1,2026-11-02,Siti,Lagi',
      'A-3,2026-11-02,,Tiga',
      'A-4,2026-11-02,Dewi,Empat',
    ].join('\n')
    const preview = await run(officeId, Buffer.from(csv))
    expect(preview.rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'new'],
      [3, 'bad'],
      [4, 'bad'],
      [5, 'bad'],
      [6, 'new'],
    ])
    const ids = preview.rows.flatMap((r) => r.errors ?? []).map((e) => e.message.id)
    expect(ids[0]).toMatch(/^Baris 3: tanda kutip/)
    expect(ids[1]).toBe('Baris 4: pengaduan yang sama sudah ada di baris 2.')
    expect(ids[2]).toBe('Baris 5 (Nama): Wajib diisi.')
  })

  it('takes an import through the admin API, and refuses it without the admin token', async () => {
    const officeId = await server.office()
    const payload = { fileName: 'lapor.csv', contentBase64: LAPOR_CSV.toString('base64') }
    const unauthorised = await server.app.inject({
      method: 'POST',
      url: `/api/v1/admin/offices/${officeId}/complaints/import`,
      payload,
    })
    expect(unauthorised.statusCode).toBe(401)
    const preview = await server.admin('POST', `/offices/${officeId}/complaints/import`, payload)
    expect(preview.statusCode, preview.body).toBe(200)
    expect(preview.json()).toMatchObject({ committed: false, counts: { new: 3, bad: 3 } })
    const refused = await server.admin('POST', `/offices/${officeId}/complaints/import`, {
      ...payload,
      commit: true,
    })
    expect(refused.statusCode).toBe(400)
    expect(refused.json()).toMatchObject({ error: 'import_bad_rows', code: 'bad_input', lines: BAD_LINES })
    expect(refused.json().rows[0].errors[0].message.id).toMatch(/^Baris 4 \(NIK\)/)
    const committed = await server.admin('POST', `/offices/${officeId}/complaints/import`, {
      ...payload,
      commit: true,
      skipLines: BAD_LINES,
    })
    expect(committed.statusCode, committed.body).toBe(200)
    expect(committed.json()).toMatchObject({ committed: true, counts: { new: 3 } })
    // A file of nearly 10 MB fits the route's own body limit.
    const big = Buffer.alloc(9 * 1024 * 1024, 0x20)
    const large = await server.admin('POST', `/offices/${officeId}/complaints/import`, {
      fileName: 'big.csv',
      contentBase64: big.toString('base64'),
    })
    expect(large.statusCode, large.body.slice(0, 300)).toBe(200)
  })
})
