import { readFileSync } from 'node:fs'
import type { APIRequestContext, Browser, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import type { DeskHost } from './desk-host'
import { startDeskHost } from './desk-host'
import { adminToken, centralUrl } from './helpers'
import { uniqueNik } from './nik'
import { rpc } from './queue-helpers'

/**
 * Issue 12's screens, as a secretariat records a consultation by letter, a head assigns it and a
 * team member answers it (seed 000): on a desk of its own, enrolled with the central server, whose
 * users are made there — a receptionist of the secretariat, a head, an officer and an
 * administrator (who sets the desk's printer). Screenshots go to /tmp/shots-cui (or SHOTS_DIR).
 */
test.describe.configure({ mode: 'serial' })

const base = Number(process.env.LOKET_E2E_PORT ?? 5199)
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-cui'
const PASSWORD = 'sandi-rahasia-12'
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const
const hosts: DeskHost[] = []
test.afterAll(async () => {
  for (const host of hosts) await host.stop()
})

async function shot(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    // From the top: scrolled, the fixed header would be drawn mid-page in a full-page picture.
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: `${SHOTS}/${name}-${size.width}.png`, fullPage: true })
  }
  await page.setViewportSize(SIZES[0])
}

const USERS = [
  { username: 'rina', fullName: 'Rina Marlina', role: 'receptionist' },
  { username: 'hendra', fullName: 'Hendra Gunawan', role: 'head' },
  { username: 'budi', fullName: 'Budi Santoso', role: 'officer' },
  { username: 'sari', fullName: 'Sari Wulandari', role: 'admin' },
] as const
type Username = (typeof USERS)[number]['username']

async function officeWithTeam(request: APIRequestContext): Promise<string> {
  const admin = { authorization: `Bearer ${adminToken()}` }
  const office = await request.post(`${centralUrl()}/api/v1/admin/offices`, {
    headers: admin,
    data: { name: 'Sekretariat Badan Pengembangan SDM Kota Contoh' },
  })
  const { officeId } = (await office.json()) as { officeId: string }
  for (const user of USERS) {
    await request.post(`${centralUrl()}/api/v1/admin/offices/${officeId}/users`, {
      headers: admin,
      data: { ...user, password: PASSWORD },
    })
  }
  const response = await request.post(`${centralUrl()}/api/v1/admin/offices/${officeId}/enrolment-codes`, {
    headers: admin,
    data: {},
  })
  return ((await response.json()) as { code: string }).code
}

/** A user signed in at the desk, in a browser context of their own. */
async function signIn(browser: Browser, host: DeskHost, username: Username): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true })
  const page = await context.newPage()
  await page.setViewportSize(SIZES[0])
  await page.goto(host.url)
  await page.getByLabel('Nama pengguna').fill(username)
  await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD)
  await page.getByLabel('Kata sandi', { exact: true }).press('Enter')
  await expect(page.getByRole('navigation')).toBeVisible()
  return page
}

/** The consultations screen, from the menu's shortcut (Alt+4: after home, visitors and queue). */
async function openConsultations(page: Page): Promise<void> {
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('Alt+4')
  await expect(page.getByRole('heading', { level: 1, name: 'Konsultasi' })).toBeVisible()
}

/** Ends the case's running step with its "next" button, as the step's role may. */
async function moveOn(page: Page, stepNo: number): Promise<void> {
  await page.getByRole('button', { name: /^Selesai, lanjut ke langkah berikutnya/ }).click()
  await expect(page.getByText(`Langkah ${stepNo} selesai.`)).toBeVisible()
}

/** A consultation's screen by its address, as a link or a bookmark opens it. */
async function openConsultation(page: Page): Promise<void> {
  await page.evaluate((id) => {
    window.location.hash = `#/consultations/${id}`
  }, consultationId)
  await expect(page.getByRole('heading', { level: 1, name: number })).toBeVisible()
}

const REQUESTER = 'Yohana Simanjuntak'
const SUBJECT =
  'Mohon penjelasan tata cara pengajuan cuti besar bagi pegawai yang telah bekerja lima tahun secara terus-menerus.'

let host: DeskHost
let number = ''
let consultationId = ''

test('a consultation by letter is recorded with a requester registered on the way', async ({
  browser,
  request,
}) => {
  const code = await officeWithTeam(request)
  host = await startDeskHost('desk-consult', base - 7)
  hosts.push(host)
  const setup = await browser.newPage()
  await setup.goto(host.url)
  await expect(setup.getByRole('heading', { name: 'Penyiapan awal' })).toBeVisible()
  await rpc(setup, 'sync.enroll', { serverUrl: centralUrl(), code, deskCode: 'LK5' })
  await setup.close()

  const rina = await signIn(browser, host, 'rina')
  await openConsultations(rina)
  await expect(rina.getByRole('navigation').getByRole('button', { name: /^Konsultasi/ })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await shot(rina, '01-my-work-empty')
  await rina.keyboard.press('Alt+N')
  await expect(rina.getByRole('heading', { level: 1, name: 'Konsultasi baru' })).toBeVisible()

  // The search has the focus; a requester not found is registered with what was typed (Alt+N).
  const search = rina.getByRole('combobox', { name: /Cari pengunjung|NIK/ })
  await expect(search).toBeFocused()
  await rina.keyboard.type(REQUESTER)
  await expect(rina.getByText(/Tidak ada pengunjung yang cocok/)).toBeVisible()
  await rina.keyboard.press('Alt+N')
  const form = rina.getByRole('form', { name: 'Pengunjung baru' })
  await expect(form.getByLabel('Nama lengkap')).toHaveValue(REQUESTER)
  await form.getByLabel('NIK', { exact: true }).fill(uniqueNik())
  await form.getByLabel('Nomor telepon').fill('081298765432')
  await form.getByLabel('Instansi / unit kerja').fill('Bagian Kepegawaian Dinas Contoh')
  await form.getByLabel('Jabatan').fill('Analis SDM Aparatur')
  await form.getByLabel(/menyetujui pemrosesan data pribadinya/).check()
  await form.getByRole('button', { name: 'Simpan pengunjung' }).click()
  await expect(rina.getByTestId('consultation-requester')).toHaveText(REQUESTER)

  // Letter is the default channel; the rest typed, attachments added and removed by the keyboard.
  await expect(rina.getByRole('radio', { name: 'Surat' })).toBeChecked()
  await rina.getByLabel(/^Nomor surat \/ perihal/).fill('800/123/Kepeg/2026')
  await rina.getByLabel(/^Substansi permasalahan/).fill(SUBJECT)
  await rina.getByRole('button', { name: 'Tambah lampiran' }).click()
  await expect(rina.getByLabel('Uraian lampiran 1')).toBeFocused()
  await rina.keyboard.type('Surat permohonan')
  await rina.keyboard.press('Tab')
  await rina.keyboard.type('2')
  await rina.keyboard.press('Enter')
  await expect(rina.getByLabel('Uraian lampiran 2')).toBeFocused()
  await rina.keyboard.type('Fotokopi SK pengangkatan')
  await rina.keyboard.press('Enter')
  await expect(rina.getByLabel('Uraian lampiran 3')).toBeFocused()
  // An empty row goes with Backspace, back into the row above.
  await rina.keyboard.press('Backspace')
  await expect(rina.getByLabel('Uraian lampiran 3')).toHaveCount(0)
  await expect(rina.getByLabel('Uraian lampiran 2')).toBeFocused()
  await shot(rina, '02-new-form')

  await rina.keyboard.press('Control+S')
  const title = rina.getByRole('heading', { level: 1, name: /^KON-LK5-\d{8}-\d{4}$/ })
  await expect(title).toBeVisible()
  number = (await title.textContent()) ?? ''
  consultationId = rina.url().split('/consultations/')[1] ?? ''
  const requestCard = rina.getByRole('region', { name: 'Permohonan' })
  await expect(requestCard).toContainText(REQUESTER)
  await expect(requestCard).toContainText('800/123/Kepeg/2026')
  await expect(requestCard).toContainText(/NIK \d{4}•+\d{4}/)
  await expect(rina.getByRole('region', { name: 'Lampiran' })).toContainText('Fotokopi SK pengangkatan')
  await expect(rina.getByText('Belum ditugaskan').first()).toBeVisible()
  await shot(rina, '03-detail-registered')
  // Recorded: the secretariat passes it to the head (step 2 ends, the head's step 3 runs).
  await moveOn(rina, 2)
  await expect(rina.getByText(/^Sekarang: langkah 3/)).toBeVisible()
  await rina.context().close()
})

test('the head assigns it from my work in one action; the team member finds it under Nanti', async ({
  browser,
}) => {
  const hendra = await signIn(browser, host, 'hendra')
  await openConsultations(hendra)
  const unassigned = hendra.getByRole('region', { name: 'Belum ditugaskan' })
  const row = unassigned.getByTestId('consultation-row').filter({ hasText: number })
  await expect(row).toBeVisible()
  await row.getByLabel(`Anggota tim untuk ${number}`).click()
  await hendra.getByRole('option', { name: /^Budi Santoso · Petugas layanan · 0 berjalan/ }).click()
  await row
    .getByRole('textbox', { name: `Disposisi untuk ${number}` })
    .fill('Mohon dijawab sesuai PP 11/2017.')
  await shot(hendra, '04-my-work-head-assign')
  await row.getByRole('button', { name: 'Tugaskan' }).click()
  await expect(hendra.getByText(`${number} ditugaskan kepada Budi Santoso.`)).toBeVisible()
  await expect(unassigned.getByTestId('consultation-row').filter({ hasText: number })).toHaveCount(0)
  await hendra.context().close()

  const budi = await signIn(browser, host, 'budi')
  await openConsultations(budi)
  // Three working days to answer: never today or the next working day.
  const later = budi.getByRole('region', { name: 'Nanti' })
  await expect(later.getByTestId('consultation-row').filter({ hasText: number })).toBeVisible()
  await expect(later).toContainText(REQUESTER)
  await expect(later).toContainText(/Jawaban paling lambat/)
  await shot(budi, '05-my-work-officer')
  await budi.context().close()
})

test('the assignment is delivered and the assignee answers it', async ({ browser }) => {
  const rina = await signIn(browser, host, 'rina')
  await openConsultation(rina)
  // The disposition ended the head's step; the secretariat delivers it (step 4).
  await moveOn(rina, 4)
  await rina.context().close()

  const budi = await signIn(browser, host, 'budi')
  await openConsultations(budi)
  await budi.getByRole('button', { name: `Buka konsultasi ${number}` }).click()
  await expect(budi.getByRole('heading', { level: 1, name: number })).toBeVisible()
  await expect(budi.getByTestId('consultation-assignee')).toHaveText('Budi Santoso')
  await expect(budi.getByText(/^Sekarang: langkah 5/)).toBeVisible()
  const answer = budi.getByRole('region', { name: 'Jawaban' })
  await answer
    .getByLabel(/^Jawaban/)
    .fill('Cuti besar dapat diajukan setelah lima tahun bekerja terus-menerus.')
  await shot(budi, '06-detail-answer-form')
  await answer.getByLabel(/^Jawaban/).press('Control+Enter')
  await expect(budi.getByText('Jawaban tersimpan.')).toBeVisible()
  await expect(budi.getByTestId('consultation-answer')).toContainText('Cuti besar dapat diajukan')
  // The answer ended the answer step: the secretariat's step 6 runs, not the assignee's to move.
  await expect(budi.getByText(/^Sekarang: langkah 6/)).toBeVisible()
  await budi.context().close()
})

test('its copy and its SKM form are printed, and saved as PDF', async ({ browser }) => {
  // The administrator gives the desk a sheet printer the OS does not have: a print then waits for it.
  const sari = await signIn(browser, host, 'sari')
  await rpc(sari, 'print.setup', {
    receiptPrinter: null,
    receiptPaper: 'roll80',
    documentPrinter: 'LoketHilang',
    autoPrintReceipt: false,
  })
  await sari.context().close()

  const rina = await signIn(browser, host, 'rina')
  await openConsultation(rina)
  const documents = rina.getByRole('region', { name: 'Dokumen' })
  const kinds = [
    {
      button: /^Formulir SKM/,
      dialog: /^Formulir SKM SKM\//,
      save: 'Simpan PDF Formulir SKM',
      file: `${number}-SKM.pdf`,
    },
    {
      button: /^Salinan riwayat konsultasi/,
      dialog: /^Salinan riwayat konsultasi SRK\//,
      save: 'Simpan PDF Salinan riwayat konsultasi',
      file: `${number}.pdf`,
    },
  ]
  for (const kind of kinds) {
    await documents.getByRole('button', { name: kind.button }).click()
    const dialog = rina.getByRole('dialog', { name: kind.dialog })
    await expect(dialog.getByTestId('pdf-page').first()).toBeVisible({ timeout: 15_000 })
    await dialog.getByRole('button', { name: 'Cetak', exact: true }).click()
    // Sent: the job is in the desk's queue, waiting for the printer the OS does not have.
    const job = dialog.getByTestId('print-job')
    await expect(job).toBeVisible()
    await expect(job).toHaveAttribute('data-state', /queued|spooled|done/, { timeout: 15_000 })
    await rina.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    const [download] = await Promise.all([
      rina.waitForEvent('download'),
      documents.getByRole('button', { name: kind.save }).click(),
    ])
    expect(download.suggestedFilename()).toBe(kind.file)
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-')
  }
  await shot(rina, '08-detail-documents')

  // Sent: the form comes back (step 7, on paper here), and the case is filed (step 8).
  await moveOn(rina, 6)
  await moveOn(rina, 7)
  await rina.getByLabel(/^Hasil layanan/).fill('Jawaban dan formulir SKM dikirim lewat e-mail.')
  await rina.getByRole('button', { name: /^Selesaikan konsultasi/ }).click()
  await expect(rina.getByText(`Konsultasi ${number} selesai.`)).toBeVisible()
  await shot(rina, '07-detail-done')

  await openConsultations(rina)
  await rina
    .locator('label')
    .filter({ hasText: /^Semua konsultasi$/ })
    .click()
  // Done: among the closed ones, found by a word of the requester's name.
  await rina
    .locator('label')
    .filter({ hasText: /^Selesai$/ })
    .click()
  await rina.getByLabel('Cari konsultasi').fill('Simanjuntak')
  await expect(rina.getByTestId('consultation-row').filter({ hasText: number })).toBeVisible()
  await shot(rina, '09-list-search')
  await rina.context().close()
})
