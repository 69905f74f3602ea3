import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { DESK_ADMIN, signInAsAdmin, snap } from './helpers'
import { PROCEDURE_001, rpc, startVisit } from './queue-helpers'
import { uniqueNik } from './nik'

/**
 * Issue 10's screens: the ticket's preview from the started screen and the consultation note's from
 * a finished visit, both drawn by pdf.js from the core's kept bytes at true size; the printers in
 * the settings; and a print that waits for its printer, said plainly in the header. With
 * LOKET_CUPS_PRINTER set (a CUPS queue such as LoketPDF), the ticket really prints.
 */
test.describe.configure({ mode: 'serial' })

const CUPS_PRINTER = process.env.LOKET_CUPS_PRINTER ?? ''
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const

/** CSS pixels of a length in millimetres at true size (96 px per inch). */
const px = (mm: number) => (mm / 25.4) * 96

/** The preview's first page as drawn: its CSS width, once pdf.js has drawn it. */
async function pageWidth(dialog: Locator): Promise<number> {
  const canvas = dialog.getByTestId('pdf-page').first()
  await expect(canvas).toBeVisible({ timeout: 15_000 })
  return canvas.evaluate((element) => element.getBoundingClientRect().width)
}

/** Opens a screen from the navigation. */
async function openScreen(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name }).click()
}

/**
 * Registers a visitor through the contract and starts their walk-in from their page with the keys a
 * receptionist uses (1 picks the first service, Enter starts it).
 */
async function startWalkIn(page: Page, name: string): Promise<void> {
  const visitor = await rpc(page, 'visitors.register', {
    fullName: name,
    nik: uniqueNik(),
    consent: true,
  })
  await openScreen(page, /^Pengunjung/)
  await page.evaluate((id) => {
    window.location.hash = `#/frontdesk/visitor/${id}`
  }, visitor.id)
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible()
  await page.keyboard.press('1')
  await page.keyboard.press('Enter')
}

/**
 * A letterhead logo (32×32 teal), so the previews show the letterhead as an office has it. A logo
 * pdfkit cannot read is refused at settings, and drawn around when one is stored anyway (issue 10;
 * tests/unit/core/settings.test.ts and the documents tests).
 */
const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAKElEQVR42u3NsQkAAAgDsF7s7Pm9wkEIZE8ye0sgEAgEAoFAIBB8CQry2JgudA2ygQAAAABJRU5ErkJggg=='

async function useDecodableLogo(page: Page): Promise<void> {
  await rpc(page, 'settings.update', { letterheadLogo: LOGO })
}

/** The desk's printers back to none, so other journeys meet the desk as they left it. */
async function resetPrinters(page: Page): Promise<void> {
  await rpc(page, 'print.setup', {
    receiptPrinter: null,
    receiptPaper: 'roll80',
    documentPrinter: null,
    autoPrintReceipt: false,
  })
}

test('the ticket is previewed at true size from the started screen, with its number', async ({ page }) => {
  await page.setViewportSize(SIZES[0])
  await signInAsAdmin(page)
  await useDecodableLogo(page)
  await resetPrinters(page)
  const name = 'Wulan Sari'
  await startWalkIn(page, name)
  await expect(page.getByRole('heading', { name: `Layanan untuk ${name} dimulai` })).toBeVisible()

  // Ctrl+P here opens the ticket's preview, never the browser's print of the window.
  await page.keyboard.press('Control+p')
  const dialog = page.getByRole('dialog', { name: /^Tiket antrean TT\// })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('document-number')).toHaveText(/^TT\/[A-Z0-9]+\/\d{8}\/\d{4,}$/)
  // 80 mm roll: 80/25.4 × 96 ≈ 302 CSS px, whatever the screen's pixel density.
  expect(Math.abs((await pageWidth(dialog)) - px(80))).toBeLessThan(1.5)
  const canvasPixels = await dialog
    .getByTestId('pdf-page')
    .first()
    .evaluate((canvas) => (canvas as HTMLCanvasElement).width)
  expect(canvasPixels).toBeGreaterThanOrEqual(Math.floor(px(80)))
  // No printer on this desk yet: said, and Print cannot be pressed.
  await expect(dialog.getByRole('button', { name: 'Cetak', exact: true })).toBeDisabled()
  await expect(dialog.getByText(/Pengaturan › Printer/)).toBeVisible()
  await snap(page, 'printing-01-receipt-preview-1366')
  await page.setViewportSize(SIZES[1])
  await expect(dialog.getByTestId('pdf-page').first()).toBeVisible()
  await snap(page, 'printing-02-receipt-preview-1024')
  await page.keyboard.press('Escape')
  await expect(page.locator('.mantine-Modal-overlay')).toHaveCount(0)
  await expect(page.getByRole('heading', { name: `Layanan untuk ${name} dimulai` })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Cetak tiket/ })).toBeVisible()
  await snap(page, 'printing-03-started-1024')
})

test('a finished 001 visit records its follow-up and previews its consultation note on A4', async ({
  page,
}) => {
  await page.setViewportSize(SIZES[0])
  await signInAsAdmin(page)
  await useDecodableLogo(page)
  const visit = await startVisit(page, 'Bambang Priyono', PROCEDURE_001, 'Menanyakan progres pengaduan')
  await rpc(page, 'visits.call', { visitId: visit.id })
  await rpc(page, 'visits.advance', { visitId: visit.id, stepNo: 2 })
  await rpc(page, 'visits.advance', { visitId: visit.id, stepNo: 3 })
  await page.evaluate((id) => {
    window.location.hash = `#/visit/${id}`
  }, visit.id)
  await expect(page.getByRole('heading', { name: /^Sekarang: langkah 4/ })).toBeVisible()
  await page
    .getByLabel('Hasil layanan')
    .fill('Pengaduan sedang ditelaah unit teknis; pelapor menerima catatan.')
  await page
    .getByLabel('Tindak lanjut', { exact: true })
    .fill('Pelapor dihubungi kembali setelah telaah selesai.')
  await page.getByLabel('Batas waktu tindak lanjut').fill('31/12/2026')
  await page.getByLabel('Batas waktu tindak lanjut').press('Tab')
  await snap(page, 'printing-04-finish-form-1366')
  await page.getByRole('button', { name: 'Selesaikan kunjungan' }).click()
  await expect(page.getByText(/^Kunjungan selesai pukul/)).toBeVisible()
  await expect(page.getByText('Pelapor dihubungi kembali setelah telaah selesai.')).toBeVisible()
  await expect(page.getByText('31 Desember 2026')).toBeVisible()
  const done = await rpc(page, 'visits.get', { id: visit.id })
  expect(done.nextStep).toBe('Pelapor dihubungi kembali setelah telaah selesai.')
  expect(done.nextStepDue).toBe('2026-12-31')

  await expect(page.getByRole('button', { name: 'Cetak formulir SKM' })).toBeVisible()
  await page.getByRole('button', { name: /^Cetak catatan konsultasi/ }).click()
  const dialog = page.getByRole('dialog', { name: /^Catatan konsultasi pelapor CKP\// })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('document-number')).toHaveText(/^CKP\/[A-Z0-9]+\/\d{8}\/\d{4,}$/)
  // A4: 210/25.4 × 96 ≈ 794 CSS px.
  expect(Math.abs((await pageWidth(dialog)) - px(210))).toBeLessThan(1.5)
  await snap(page, 'printing-05-note-preview-1366')
  await page.setViewportSize(SIZES[1])
  await snap(page, 'printing-06-note-preview-1024')
  await page.keyboard.press('Escape')
  await expect(page.locator('.mantine-Modal-overlay')).toHaveCount(0)
  await snap(page, 'printing-07-visit-done-1024')

  // The day's visitor log from the board: made anew each time (BTH/…).
  await page.setViewportSize(SIZES[0])
  await openScreen(page, /^Antrean/)
  await page.getByRole('button', { name: /^Cetak buku tamu hari ini/ }).click()
  const log = page.getByRole('dialog', { name: /^Buku tamu harian BTH\// })
  await expect(log.getByTestId('document-number')).toHaveText(/^BTH\//)
  // A4 landscape: the log's columns need the width (297 mm ≈ 1123 px; the preview scrolls).
  expect(Math.abs((await pageWidth(log)) - px(297))).toBeLessThan(1.5)
  await snap(page, 'printing-08-daily-log-1366')
  await page.keyboard.press('Escape')
})

test('the printers are chosen in the settings, and a print waiting for its printer says so in the header', async ({
  page,
}) => {
  await page.setViewportSize(SIZES[0])
  await signInAsAdmin(page)
  await useDecodableLogo(page)
  await resetPrinters(page)
  await openScreen(page, /^Pengaturan/)
  const printers = page.getByRole('region', { name: 'Printer komputer ini' })
  await expect(printers).toBeVisible()
  // Nothing to print on this screen: Ctrl+P says where printing is, instead of printing the window.
  await page.keyboard.press('Control+p')
  await expect(page.getByText('Ctrl+P tidak mencetak layar aplikasi.', { exact: false })).toBeVisible()
  const documents = page.getByRole('region', { name: 'Dokumen', exact: true })
  await expect(documents.getByLabel('Teks kaki tiket')).toHaveValue(/./)
  // The head who signs "Mengetahui" and an officer's position and NIP, saved with the office's settings.
  await documents.getByRole('switch', { name: 'Cantumkan kepala unit' }).check()
  const head = documents.getByRole('group', { name: 'Penandatangan kepala (Mengetahui)' })
  await head.getByLabel('Nama', { exact: true }).fill('Drs. Ahmad Fauzi, M.Si.')
  await head.getByLabel('Jabatan').fill('Kepala Dinas')
  await head.getByLabel('NIP', { exact: true }).fill('197003151995031002')
  await documents.getByRole('button', { name: 'Tambah penandatangan petugas' }).click()
  const officer = documents.getByRole('group', { name: DESK_ADMIN.fullName })
  await expect(officer.getByLabel('Nama', { exact: true })).toHaveValue(DESK_ADMIN.fullName)
  await officer.getByLabel('Jabatan').fill('Anggota Sekretariat UPP')
  await officer.getByLabel('NIP', { exact: true }).fill('198503072010012001')
  await page.getByRole('button', { name: 'Simpan', exact: true }).last().click()
  await expect(page.getByText('Pengaturan tersimpan.')).toBeVisible()
  const saved = await rpc(page, 'settings.get', {})
  expect(saved.signatories.head).toEqual({
    name: 'Drs. Ahmad Fauzi, M.Si.',
    title: 'Kepala Dinas',
    nip: '197003151995031002',
  })
  expect(saved.signatories.officers).toEqual([
    expect.objectContaining({
      name: DESK_ADMIN.fullName,
      title: 'Anggota Sekretariat UPP',
      nip: '198503072010012001',
    }),
  ])
  await documents.scrollIntoViewIfNeeded()
  await snap(page, 'printing-09-settings-1366')
  await page.setViewportSize(SIZES[1])
  await snap(page, 'printing-10-settings-1024')
  await page.setViewportSize(SIZES[0])

  const visit = await startVisit(page, 'Sri Handayani', PROCEDURE_001)
  if (CUPS_PRINTER) {
    await printers.getByLabel('Printer tiket', { exact: true }).click()
    await page.getByRole('option', { name: new RegExp(`^${CUPS_PRINTER} — `) }).click()
    await printers.getByLabel('Printer dokumen (A4)', { exact: true }).click()
    await page.getByRole('option', { name: new RegExp(`^${CUPS_PRINTER} — `) }).click()
    await printers.getByRole('button', { name: 'Simpan pengaturan printer' }).click()
    await expect(page.getByText('Pengaturan printer tersimpan.')).toBeVisible()
  } else {
    // No printer on this machine (no CUPS, or none installed): the plain word on why none is listed.
    const listed = await rpc(page, 'print.printers', {})
    if (listed.problem !== null || listed.printers.length === 0)
      await expect(printers).toContainText(
        /Tidak ada printer yang terpasang|Daftar printer tidak dapat dibaca/,
      )
    // A printer chosen earlier that the OS no longer has: the ticket waits for it, and says so.
    await rpc(page, 'print.setup', {
      receiptPrinter: 'LoketHilang',
      receiptPaper: 'roll80',
      documentPrinter: null,
      autoPrintReceipt: false,
    })
  }

  await page.evaluate((id) => {
    window.location.hash = `#/visit/${id}`
  }, visit.id)
  await page.getByRole('button', { name: /^Cetak tiket/ }).click()
  const dialog = page.getByRole('dialog', { name: /^Tiket antrean TT\// })
  await expect(dialog.getByTestId('pdf-page').first()).toBeVisible({ timeout: 15_000 })
  await dialog.getByLabel('Jumlah salinan').fill('2')
  await dialog.getByRole('button', { name: 'Cetak', exact: true }).click()
  const job = dialog.getByTestId('print-job')
  await expect(job).toBeVisible()
  if (CUPS_PRINTER) {
    await expect(job.getByText('Selesai')).toBeVisible({ timeout: 60_000 })
    await snap(page, 'printing-11-printed')
    await page.keyboard.press('Escape')
  } else {
    await expect(job).toHaveAttribute('data-state', 'queued', { timeout: 15_000 })
    await expect(job).toContainText(/Printer LoketHilang tidak ditemukan|Layanan pencetakan sistem operasi/)
    await snap(page, 'printing-11-waiting-1366')
    await page.keyboard.press('Escape')
    const indicator = page.getByTestId('print-jobs-indicator')
    await expect(indicator).toBeVisible()
    await indicator.click()
    const panel = page.getByRole('dialog', { name: 'Pekerjaan cetak' })
    await expect(panel).toContainText(/Printer LoketHilang tidak ditemukan|Layanan pencetakan sistem operasi/)
    await snap(page, 'printing-12-jobs-panel-1366')
    await page.setViewportSize(SIZES[1])
    await snap(page, 'printing-13-jobs-panel-1024')
    await panel.getByRole('button', { name: 'Batalkan' }).first().click()
    await expect(page.getByText('Pekerjaan cetak dibatalkan.')).toBeVisible()
  }
  await resetPrinters(page)
  // Nothing open any more: the header's print word is gone.
  if (!CUPS_PRINTER) await expect(page.getByTestId('print-jobs-indicator')).toBeHidden()
})

test('a walk-in ticket printed by itself shows its state on the started screen', async ({ page }) => {
  await page.setViewportSize(SIZES[0])
  await signInAsAdmin(page)
  await useDecodableLogo(page)
  // With CUPS the desk's own printer; without, one the OS does not have, so the ticket waits.
  const printer = CUPS_PRINTER || 'LoketHilang'
  await rpc(page, 'print.setup', {
    receiptPrinter: printer,
    receiptPaper: 'roll58',
    documentPrinter: null,
    autoPrintReceipt: true,
  })
  const name = 'Yusuf Maulana'
  await startWalkIn(page, name)
  const started = page.getByRole('status', { name: `Layanan untuk ${name} dimulai` })
  await expect(started).toBeVisible()
  const job = started.getByTestId('print-job')
  await expect(job).toBeVisible()
  if (CUPS_PRINTER) {
    await expect(job).toHaveAttribute('data-state', 'done', { timeout: 60_000 })
  } else {
    await expect(job).toContainText('Printer LoketHilang tidak ditemukan')
  }
  await snap(page, 'printing-14-auto-receipt-1366')
  await page.setViewportSize(SIZES[1])
  await snap(page, 'printing-15-auto-receipt-1024')
  // The preview follows the desk's paper: a 58 mm roll is 58/25.4 × 96 ≈ 219 px wide.
  await started.getByRole('button', { name: /^Cetak tiket/ }).click()
  const dialog = page.getByRole('dialog', { name: /^Tiket antrean TT\// })
  expect(Math.abs((await pageWidth(dialog)) - px(58))).toBeLessThan(1.5)
  await page.keyboard.press('Escape')
  await expect(page.locator('.mantine-Modal-overlay')).toHaveCount(0)
  if (!CUPS_PRINTER) {
    await started.getByTestId('print-job').getByRole('button', { name: 'Batalkan' }).click()
    await expect(started.getByTestId('print-job')).toHaveAttribute('data-state', 'cancelled')
  }
  await resetPrinters(page)
})
