import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { signInAsAdmin, snap } from './helpers'
import { PROCEDURE_001, rpc, scan } from './queue-helpers'
import { uniqueNik } from './nik'

/**
 * Issue 11's screens: a complaint recorded at the desk during a "Pengaduan baru" visit gets its
 * number at once; an officer finds complaints from any screen (F4) by NIK, by number, or by
 * scanning a receipt, and reads a complaint's detail; step 4 of the inquiry (seed 001) picks the
 * suggested complaint, records what was explained, and prints the consultation note; a number that
 * matches nothing says so and offers the search by name or NIK.
 */
test.describe.configure({ mode: 'serial' })

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const

/** A NIK that parses, unique within a run (./nik.ts). */
const NIK = uniqueNik()
const NAME = 'Dewi Lestari'
const SUBJECT = 'Permohonan bantuan desa belum ditanggapi sejak tiga bulan'

/** What the journeys share: the visitor, the complaint's number, the visit it was recorded in. */
const shared = { visitorId: '', number: '', visitNumber: '' }

async function openVisit(page: Page, visitId: string): Promise<void> {
  await page.evaluate((id) => {
    window.location.hash = `#/visit/${id}`
  }, visitId)
}

/** F4 from wherever the focus is (never a text field here): the lookup opens with its field focused. */
async function openLookup(page: Page) {
  await page.keyboard.press('F4')
  const dialog = page.getByRole('dialog', { name: 'Cari pengaduan' })
  await expect(dialog).toBeVisible()
  const field = dialog.getByRole('combobox', { name: /^Nomor pengaduan, nomor LAPOR!/ })
  await expect(field).toBeFocused()
  return { dialog, field }
}

/** A kept document's text as poppler reads it, whitespace folded. */
async function pdfText(page: Page, documentId: string): Promise<string> {
  const pdf = await rpc(page, 'documents.pdf', { documentId })
  const file = join(mkdtempSync(join(tmpdir(), 'loket-complaint-')), `${pdf.number.replaceAll('/', '_')}.pdf`)
  writeFileSync(file, Buffer.from(pdf.base64, 'base64'))
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  )
}

test('a new complaint is recorded at the desk and its number shown at once', async ({ page }) => {
  await page.setViewportSize(SIZES[0])
  await signInAsAdmin(page)
  const visitor = await rpc(page, 'visitors.register', { fullName: NAME, nik: NIK, consent: true })
  shared.visitorId = visitor.id
  const visit = await rpc(page, 'visits.start', {
    visitorId: visitor.id,
    purpose: 'new_complaint',
    notes: '',
  })
  shared.visitNumber = visit.visitNumber
  await rpc(page, 'visits.call', { visitId: visit.id })
  await openVisit(page, visit.id)
  const form = page.getByRole('region', { name: 'Catat pengaduan baru' })
  await expect(form).toBeVisible()
  await expect(form.getByText(`Pelapor: ${NAME}.`)).toBeVisible()
  await expect(form.getByRole('combobox', { name: 'Kanal' })).toHaveValue('Datang langsung')

  // The subject is required; what else was typed stays through the refusal.
  await form.getByLabel('Kategori').fill('Bantuan desa')
  await form.getByRole('button', { name: 'Simpan pengaduan' }).click()
  await expect(form.getByText('Wajib diisi.')).toBeVisible()
  await expect(form.getByLabel('Kategori')).toHaveValue('Bantuan desa')
  // A LAPOR! ID with a space is not one: said on its field, in Indonesian.
  await form.getByLabel(/^Pokok pengaduan/).fill(SUBJECT)
  await form.getByLabel(/^Nomor LAPOR!/).fill('LPR 123')
  await form.getByRole('button', { name: 'Simpan pengaduan' }).click()
  await expect(form.getByText(/tidak memuat spasi|tanpa spasi|spasi/)).toBeVisible()
  await form.getByLabel(/^Nomor LAPOR!/).fill('')
  await form.getByLabel(/^Pokok pengaduan/).press('Control+Enter')

  const registered = page.getByRole('region', { name: 'Pengaduan tercatat' })
  const number = registered.getByTestId('complaint-number')
  await expect(number).toHaveText(/^ADU-[A-Z0-9]+-\d{8}-\d{4}$/)
  shared.number = (await number.textContent()) ?? ''
  await expect(registered.getByRole('button', { name: /^Cetak tanda terima pengaduan/ })).toBeVisible()
  await snap(page, 'complaints-01-registered-1366')
  const complaint = await rpc(page, 'complaints.ofVisit', { visitId: visit.id })
  expect(complaint?.number).toBe(shared.number)
  expect(complaint?.category).toBe('Bantuan desa')
  expect(complaint?.channel).toBe('walk_in')

  // Its receipt (TTP, ticket printer) goes through the usual preview, with the number on it.
  await registered.getByRole('button', { name: /^Cetak tanda terima pengaduan/ }).click()
  const receipt = page.getByRole('dialog', { name: /^Tanda terima pengaduan TTP\// })
  await expect(receipt.getByTestId('pdf-page').first()).toBeVisible({ timeout: 15_000 })
  const receiptDoc = (await rpc(page, 'documents.ofVisit', { visitId: visit.id })).find(
    (doc) => doc.kind === 'complaint_receipt',
  )
  expect(await pdfText(page, receiptDoc?.id ?? '')).toContain(shared.number)
  await snap(page, 'complaints-01b-receipt-preview-1366')
  await page.keyboard.press('Escape')
  await expect(page.locator('.mantine-Modal-overlay')).toHaveCount(0)

  // The visit ends as any other; its complaint stays shown on it.
  await page.getByLabel('Hasil layanan').fill('Pengaduan dicatat; pelapor menerima tanda terima.')
  await page.getByRole('button', { name: 'Selesaikan kunjungan' }).click()
  await expect(page.getByText(/^Kunjungan selesai pukul/)).toBeVisible()
  await expect(registered).toContainText(shared.number)
})

test('an officer finds the complaint by NIK and by its number from any screen (F4) and reads its detail', async ({
  page,
}) => {
  await page.setViewportSize(SIZES[0])
  await signInAsAdmin(page)
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Antrean/ })
    .click()
  await expect(page.getByRole('heading', { name: 'Antrean hari ini' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Pengaduan lewat tenggat' })).toBeVisible()

  // By NIK: the list shows it masked.
  let { dialog, field } = await openLookup(page)
  await field.fill(NIK)
  const option = dialog.getByRole('option').filter({ hasText: shared.number })
  await expect(option).toBeVisible()
  await expect(option).toContainText(NAME)
  await expect(option).toContainText(/NIK 3203•+\d{4}/)
  await expect(option).not.toContainText(NIK)
  await expect(option).toContainText('Diverifikasi · Admin Instansi')
  await expect(option).toContainText(/Tenggat \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/)
  await expect(dialog.getByText('Dicari menurut NIK')).toBeVisible()
  await snap(page, 'complaints-02-lookup-1366')
  await page.setViewportSize(SIZES[1])
  await snap(page, 'complaints-03-lookup-1024')
  await page.setViewportSize(SIZES[0])
  await field.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: shared.number })).toBeVisible()

  // By its number, typed: one hit, Enter opens it.
  await page.getByRole('button', { name: 'Kembali' }).click()
  ;({ dialog, field } = await openLookup(page))
  await field.pressSequentially(shared.number.toLowerCase())
  await expect(dialog.getByRole('option')).toHaveCount(1)
  await field.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: shared.number })).toBeVisible()

  // The detail: record, expectation, history, hops with the standard's source, the visit it came from.
  const record = page.getByRole('region', { name: 'Data pengaduan' })
  await expect(record).toContainText(SUBJECT)
  await expect(record).toContainText('Datang langsung')
  await expect(record).toContainText('Pengaduan')
  await expect(record).toContainText('Bantuan desa')
  await expect(
    page.getByText('Admin Instansi memverifikasi laporan dan menentukan tindak lanjutnya.'),
  ).toBeVisible()
  const history = page.getByRole('region', { name: 'Riwayat' })
  await expect(history).toContainText('Laporan masuk')
  await expect(history).toContainText('Oleh Admin Instansi')
  await expect(history).toContainText(/\d{2}:\d{2} WI(B|TA|T)Oleh/)
  const hops = page.getByRole('region', { name: 'Tenggat per tahap' })
  await expect(hops).toContainText('Diverifikasi')
  await expect(hops).toContainText('Sumber standar waktu')
  await expect(page.getByRole('region', { name: 'Kunjungan terkait' })).toContainText(shared.visitNumber)
  await expect(page.getByRole('region', { name: 'Tautkan nomor LAPOR!' })).toBeVisible()
  await snap(page, 'complaints-04-detail-1366')
  await page.setViewportSize(SIZES[1])
  await snap(page, 'complaints-05-detail-1024')
  await page.setViewportSize(SIZES[0])

  // A linked visit opens its visit screen.
  await page.getByRole('button', { name: `Buka kunjungan ${shared.visitNumber}` }).click()
  await expect(page.getByRole('region', { name: 'Pengaduan tercatat' })).toContainText(shared.number)
})

test('a scanned receipt opens its complaint; a number matching nothing offers the search by name or NIK', async ({
  page,
}) => {
  await page.setViewportSize(SIZES[0])
  await signInAsAdmin(page)
  // The visit number as a scanner types it (fast, then Enter): its complaint, not the visit.
  const scanned = await openLookup(page)
  await scan(page, shared.visitNumber)
  await expect(scanned.dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: shared.number })).toBeVisible()

  // The complaint receipt's QR code (its number) scanned from any screen opens the complaint too.
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Beranda/ })
    .click()
  await expect(page.getByRole('heading', { name: /^Selamat datang/ })).toBeVisible()
  await scan(page, shared.number)
  await expect(page.getByRole('heading', { level: 1, name: shared.number })).toBeVisible()

  // A number that matches nothing: said plainly, and the search by name or NIK offered.
  const { dialog, field } = await openLookup(page)
  await field.fill('ADU-LK1-20200101-9999')
  await field.press('Enter')
  await expect(dialog.getByText('Tidak ada pengaduan dengan nomor ADU-LK1-20200101-9999.')).toBeVisible()
  await expect(dialog.getByText('Periksa nomornya, atau cari dengan nama atau NIK pelapor.')).toBeVisible()
  await snap(page, 'complaints-06-not-found-1366')
  await dialog.getByRole('button', { name: 'Cari dengan nama atau NIK' }).click()
  await expect(field).toBeFocused()
  await expect(field).toHaveValue('')
  await expect(dialog.getByText('Ketik nama atau NIK pelapor.')).toBeVisible()
  await field.pressSequentially(NAME)
  await expect(dialog.getByRole('option').filter({ hasText: shared.number })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('step 4 of the inquiry picks the suggested complaint, records what was explained, and prints the note', async ({
  page,
}) => {
  await page.setViewportSize(SIZES[0])
  await signInAsAdmin(page)
  const visit = await rpc(page, 'visits.start', {
    visitorId: shared.visitorId,
    ...PROCEDURE_001,
    notes: 'Menanyakan pengaduan bantuan desa',
  })
  await rpc(page, 'visits.call', { visitId: visit.id })
  await rpc(page, 'visits.advance', { visitId: visit.id, stepNo: 2 })
  await rpc(page, 'visits.advance', { visitId: visit.id, stepNo: 3 })
  await openVisit(page, visit.id)
  await expect(page.getByRole('heading', { name: /^Sekarang: langkah 4/ })).toBeVisible()
  const panel = page.getByRole('region', { name: 'Pengaduan yang ditanyakan' })
  const suggested = panel.getByRole('group', { name: /^Saran dari data pengunjung/ })
  await expect(suggested).toContainText(shared.number)

  // No global shortcut while typing: F4 in the outcome opens nothing.
  await page.getByLabel('Hasil layanan').focus()
  await page.keyboard.press('F4')
  await expect(page.getByRole('dialog', { name: 'Cari pengaduan' })).toHaveCount(0)

  await suggested.getByRole('button', { name: `Pilih ${shared.number}` }).click()
  const picked = panel.getByTestId('linked-complaint')
  await expect(picked).toContainText(shared.number)
  await expect(picked).toContainText('Admin Instansi memverifikasi laporan dan menentukan tindak lanjutnya.')
  await expect(picked).toContainText(/Tenggat tahap ini: \d{1,2} \w{3} \d{4}, \d{2}:\d{2} WI(B|TA|T)\./)
  await expect(suggested.getByText('Dipilih')).toBeVisible()
  expect((await rpc(page, 'visits.get', { id: visit.id })).complaintId).not.toBeNull()
  // A full-page picture from the top: scrolled, the fixed header would be drawn mid-page.
  await page.evaluate(() => window.scrollTo(0, 0))
  await snap(page, 'complaints-07-step4-1366')
  await page.setViewportSize(SIZES[1])
  await snap(page, 'complaints-08-step4-1024')
  await page.setViewportSize(SIZES[0])

  await page
    .getByLabel('Hasil layanan')
    .fill('Pengaduan masih diverifikasi Admin Instansi; pelapor diberi tahu tenggatnya.')
  await page
    .getByLabel('Tindak lanjut', { exact: true })
    .fill('Pelapor datang lagi bila belum ada disposisi.')
  await page.getByRole('button', { name: 'Selesaikan kunjungan' }).click()
  await expect(page.getByText(/^Kunjungan selesai pukul/)).toBeVisible()
  // Finished: the complaint stays shown on the visit.
  await expect(page.getByRole('region', { name: 'Pengaduan terkait' })).toContainText(shared.number)

  await page.getByRole('button', { name: /^Cetak catatan konsultasi/ }).click()
  const dialog = page.getByRole('dialog', { name: /^Catatan konsultasi pelapor CKP\// })
  await expect(dialog.getByTestId('pdf-page').first()).toBeVisible({ timeout: 15_000 })
  await page.evaluate(() => window.scrollTo(0, 0))
  await snap(page, 'complaints-09-note-preview-1366')
  const note = (await rpc(page, 'documents.ofVisit', { visitId: visit.id })).find(
    (doc) => doc.kind === 'consultation_note',
  )
  expect(note).toBeDefined()
  const text = await pdfText(page, note?.id ?? '')
  expect(text).toContain(visit.visitNumber)
  expect(text).toContain('Pengaduan masih diverifikasi Admin Instansi')
  // Filled from the complaint picked: its number, its status now and its history.
  expect(text).toContain(`Nomor pengaduan ${shared.number}`)
  expect(text).toContain('Status saat ini')
  expect(text).toContain('Laporan masuk')
  await page.keyboard.press('Escape')

  // The complaint lists the visit it was asked about.
  const detail = await rpc(page, 'complaints.ofVisit', { visitId: visit.id })
  expect(detail?.visits.map((v) => v.visitNumber)).toContain(visit.visitNumber)
})
