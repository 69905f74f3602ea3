import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { signInAsAdmin, snap } from './helpers'
import { INFORMATION, PROCEDURE_001, emptyWaitingRoom, rpc, scan, startVisit } from './queue-helpers'

/**
 * The officer's queue: today's board, the waiting-room display, the office calendar's days off and
 * the barcode scanner that opens a visit from anywhere.
 */
test.describe.configure({ mode: 'serial' })

async function openQueue(page: Page) {
  await page.getByRole('button', { name: /^Antrean/ }).click()
  await expect(page.getByRole('heading', { name: 'Antrean hari ini' })).toBeVisible()
}

/** Opens a visit by its address (a reload, as after an app restart). */
async function gotoVisit(page: Page, id: string) {
  await page.goto(`/#/visit/${id}`)
  await page.reload()
}

test('board: visits by state with live timers; Enter opens one; a visit without procedure is called and closed; a cancelled one is muted', async ({
  page,
}) => {
  await signInAsAdmin(page)
  await emptyWaitingRoom(page)
  const complaint = await startVisit(page, 'Budi Santoso', PROCEDURE_001)
  const info = await startVisit(page, 'Maria Ulfa', INFORMATION, 'Menanyakan jadwal layanan Sabtu')
  const a = complaint.queueNumber ?? ''
  const c = info.queueNumber ?? ''
  expect(c).toMatch(/^C-\d{3,}$/)

  await openQueue(page)
  const waiting = page.getByRole('region', { name: 'Menunggu', exact: true })
  await expect(waiting.getByRole('row', { name: `${a} Budi Santoso` })).toContainText('Menunggu dipanggil')
  await expect(waiting.getByRole('row', { name: `${c} Maria Ulfa` })).toContainText('Permintaan informasi')
  await expect(page.getByRole('group', { name: /^Menunggu: \d+$/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Panggil berikutnya F8/ })).toBeVisible()
  // The timer ticks locally between two answers of the board.
  const timer = waiting.getByRole('row', { name: `${a} Budi Santoso` }).getByRole('timer')
  const first = await timer.textContent()
  await expect(timer).not.toHaveText(first ?? '', { timeout: 3000 })
  await snap(page, 'queue-board-waiting')

  // Keyboard: focus a row, arrow down to the next, Enter opens it.
  await waiting.getByRole('row', { name: `${a} Budi Santoso` }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(waiting.getByRole('row', { name: `${c} Maria Ulfa` })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: c })).toBeVisible()
  await expect(page.getByText('Menanyakan jadwal layanan Sabtu')).toBeVisible()
  await expect(page.getByRole('list')).toHaveCount(0)

  // A visit without procedure: call, then the outcome closes it.
  await page.getByRole('button', { name: /^Panggil Ctrl\+Enter/ }).click()
  await expect(
    page.getByRole('heading', {
      name: 'Layanan tanpa prosedur: catat hasilnya untuk menyelesaikan kunjungan',
    }),
  ).toBeVisible()
  await page.getByLabel('Hasil layanan').fill('Dijelaskan bahwa layanan tatap muka buka Senin–Jumat.')
  await snap(page, 'queue-visit-information')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByText(/^Kunjungan selesai pukul/)).toBeVisible()
  await expect(page.getByText(/^Lama layanan \d{2}:\d{2}\.$/)).toBeVisible()

  // Cancelling needs a reason; the visit is then muted on the board.
  await gotoVisit(page, complaint.id)
  await expect(page.getByRole('heading', { level: 1, name: a })).toBeVisible()
  await page.getByRole('button', { name: 'Batalkan' }).click()
  const dialog = page.getByRole('dialog', { name: `Batalkan kunjungan ${a}` })
  await dialog.getByRole('button', { name: 'Batalkan kunjungan' }).click()
  await expect(dialog.getByText('Wajib diisi: catat alasannya.')).toBeVisible()
  await dialog.getByLabel('Alasan pembatalan').fill('Pengunjung meninggalkan ruang tunggu.')
  await dialog.getByRole('button', { name: 'Batalkan kunjungan' }).click()
  await expect(page.getByText(/^Kunjungan dibatalkan pukul/)).toBeVisible()
  await expect(page.getByText('Pengunjung meninggalkan ruang tunggu.')).toBeVisible()

  await page.getByRole('button', { name: 'Kembali ke antrean' }).click()
  await expect(
    page.getByRole('region', { name: 'Batal', exact: true }).getByRole('row', { name: `${a} Budi Santoso` }),
  ).toContainText('Dibatalkan pukul')
  await expect(
    page.getByRole('region', { name: 'Selesai', exact: true }).getByRole('row', { name: `${c} Maria Ulfa` }),
  ).toBeVisible()
  await snap(page, 'queue-board-closed')
})

test('display: a call shows large with its counter and is announced; recalls and earlier calls are listed', async ({
  page,
}) => {
  await signInAsAdmin(page)
  await emptyWaitingRoom(page)
  const { deskCode } = await rpc(page, 'app.info', {})
  const first = await startVisit(page, 'Dewi Lestari', PROCEDURE_001)
  const second = await startVisit(page, 'Agus Salim', INFORMATION)
  await openQueue(page)

  const [display] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Layar ruang tunggu' }).click(),
  ])
  await expect(display.getByText('Nomor antrean', { exact: true })).toBeVisible()
  await expect(display.getByTestId('display-waiting')).toHaveText(/^\d+$/)
  // Browsers keep audio off until someone touches the page: the display offers to turn it on.
  const enable = display.getByRole('button', { name: 'Aktifkan suara' })
  const soundOn = display.getByText(/^Suara: bel/)
  await expect(enable.or(soundOn)).toBeVisible()
  if (await enable.isVisible()) await enable.click()
  await expect(enable).toBeHidden()
  await expect(soundOn).toBeVisible()

  await page.keyboard.press('F8')
  await expect(page.getByRole('heading', { level: 1, name: first.queueNumber ?? '' })).toBeVisible()
  await expect(display.getByTestId('display-number')).toHaveText(first.queueNumber ?? '')
  await expect(display.getByTestId('display-counter')).toHaveText(`Loket ${deskCode}`)
  const spokenDesk = (deskCode ?? '').split('').join(' ')
  const firstValue = Number((first.queueNumber ?? '').split('-')[1])
  await expect(display.getByTestId('display-announcement')).toHaveText(
    `Nomor antrean A ${firstValue}, silakan ke loket ${spokenDesk}`,
  )

  // The next call takes the big number; the first moves to the earlier calls.
  await page.getByRole('button', { name: 'Kembali ke antrean' }).click()
  await page.keyboard.press('F8')
  await expect(page.getByRole('heading', { level: 1, name: second.queueNumber ?? '' })).toBeVisible()
  await expect(display.getByTestId('display-number')).toHaveText(second.queueNumber ?? '')
  const previous = display.getByRole('complementary')
  await expect(previous.getByText(first.queueNumber ?? '', { exact: true })).toBeVisible()
  await snap(display, 'queue-display-call')

  // A recall from the board rings again and puts the number back on top.
  await page.getByRole('button', { name: 'Kembali ke antrean' }).click()
  await page.getByRole('button', { name: `Panggil ulang ${first.queueNumber}` }).click()
  await expect(page.getByText(`${first.queueNumber} dipanggil ulang ke Loket ${deskCode}.`)).toBeVisible()
  await expect(display.getByTestId('display-number')).toHaveText(first.queueNumber ?? '')
  await expect(previous.getByText(second.queueNumber ?? '', { exact: true })).toBeVisible()
  await expect(previous.getByText(first.queueNumber ?? '', { exact: true })).toHaveCount(0)

  // Nothing personal on the waiting room's screen.
  await expect(display.getByText('Dewi Lestari')).toHaveCount(0)
  await expect(display.getByText(first.visitNumber)).toHaveCount(0)
  await snap(display, 'queue-display-recall')
  await display.close()
})

test('display: where the browser holds audio back until a touch, "Aktifkan suara" turns the chime on', async ({
  page,
}) => {
  // Chromium under Playwright lets pages play sound at once; do as a browser that waits for a touch.
  await page.addInitScript({
    content: `
      const Original = window.AudioContext
      window.AudioContext = class extends Original {
        constructor() {
          super()
          void this.suspend()
        }
        resume() {
          return navigator.userActivation.isActive ? super.resume() : new Promise(() => undefined)
        }
      }`,
  })
  await signInAsAdmin(page)
  await page.goto('/#/display')
  await page.reload()
  const enable = page.getByRole('button', { name: 'Aktifkan suara' })
  await expect(enable).toBeVisible()
  await expect(page.getByText(/^Suara: bel/)).toHaveCount(0)
  await snap(page, 'queue-display-sound-off')
  await enable.click()
  await expect(page.getByText(/^Suara: bel/)).toBeVisible()
  await expect(enable).toBeHidden()
})

test('holidays: add a day off with validation as typed, change it, remove it after confirming', async ({
  page,
}) => {
  await signInAsAdmin(page)
  await page.getByRole('button', { name: /^Hari libur/ }).click()
  await expect(page.getByRole('heading', { name: 'Hari libur', exact: true })).toBeVisible()
  await expect(page.getByText(/Sabtu dan Minggu selalu libur/)).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Hari libur \d{4}$/ })).toBeVisible()
  await snap(page, 'queue-holidays-this-year')

  // Validation as the user types: a name typed then cleared is required.
  const name = page.getByRole('textbox', { name: 'Nama', exact: true })
  await name.fill('H')
  await name.fill('')
  await expect(page.getByText('Wajib diisi.')).toBeVisible()
  await page.getByRole('button', { name: /^Tambah/ }).click()
  await expect(page.getByText('Wajib diisi.')).toHaveCount(2)

  await page.getByLabel('Tanggal').fill('12-06-2031')
  await page.keyboard.press('Escape')
  await expect(page.getByText('Kamis, 12 Juni 2031')).toBeVisible()
  await name.fill('Hari Jadi Kabupaten Solok')
  await page.getByRole('combobox', { name: 'Jenis' }).click()
  await page.getByRole('option', { name: 'Libur kantor' }).click()
  await page.getByRole('button', { name: /^Tambah/ }).click()
  await expect(page.getByText('Hari libur 12 Juni 2031 tersimpan.')).toBeVisible()

  // The list follows the saved day's year.
  await expect(page.getByRole('heading', { name: 'Hari libur 2031' })).toBeVisible()
  const row = page.getByRole('row', { name: '2031-06-12 Hari Jadi Kabupaten Solok' })
  await expect(row).toContainText('Kamis, 12 Juni 2031')
  await expect(row).toContainText('Libur kantor')
  // Added on this desk: its source says so (a decree day names its SKB instead, issue 8 fault 12).
  await expect(row.getByRole('cell', { name: /^Lokal · Loket [A-Z][A-Z0-9]+$/ })).toBeVisible()
  await snap(page, 'queue-holidays-added')

  // Change it: the form takes the row, and saving the same date changes it.
  await row.getByRole('button', { name: 'Ubah Hari Jadi Kabupaten Solok' }).click()
  await expect(page.getByRole('heading', { name: 'Ubah hari libur' })).toBeVisible()
  await name.fill('Hari Jadi Kabupaten Solok ke-118')
  await page.getByRole('combobox', { name: 'Jenis' }).click()
  await page.getByRole('option', { name: 'Cuti bersama' }).click()
  await page.keyboard.press('Control+S')
  const changed = page.getByRole('row', { name: '2031-06-12 Hari Jadi Kabupaten Solok ke-118' })
  await expect(changed).toContainText('Cuti bersama')
  // The header, the office's day and the five national holidays fixed by date (issue 8, fault 1).
  await expect(page.getByRole('row')).toHaveCount(7)

  // Another year, and back.
  await page.getByRole('button', { name: 'Tahun sebelumnya' }).click()
  await expect(page.getByRole('heading', { name: 'Hari libur 2030' })).toBeVisible()
  // No decree loaded for 2030: only the holidays fixed by date, marked as such.
  await expect(page.getByRole('row', { name: /^2030-08-17 Proklamasi/ })).toContainText('Tanggal tetap')
  await expect(page.getByRole('row')).toHaveCount(6)
  await page.getByRole('button', { name: 'Tahun berikutnya' }).click()

  // Removing asks first.
  await changed.getByRole('button', { name: 'Hapus Hari Jadi Kabupaten Solok ke-118' }).click()
  const dialog = page.getByRole('dialog', { name: 'Hapus hari libur?' })
  await expect(dialog).toContainText('Kamis, 12 Juni 2031 — Hari Jadi Kabupaten Solok ke-118')
  await snap(page, 'queue-holidays-remove-confirm')
  await dialog.getByRole('button', { name: 'Hapus' }).click()
  await expect(page.getByText('Hari libur 12 Juni 2031 dihapus.')).toBeVisible()
  await expect(changed).toHaveCount(0)
  await expect(page.getByRole('row')).toHaveCount(6)
})

test('scanner: a scanned visit number opens the visit from anywhere, leaving nothing in the focused field; typing is never taken', async ({
  page,
}) => {
  await signInAsAdmin(page)
  const serving = await startVisit(page, 'Sri Wahyuni', INFORMATION)
  await rpc(page, 'visits.call', { visitId: serving.id })
  const scanned = await startVisit(page, 'Hendra Gunawan', PROCEDURE_001)

  await gotoVisit(page, serving.id)
  const outcome = page.getByLabel('Hasil layanan')
  await outcome.fill('Sudah dijelaskan.')

  // Typed at a person's pace (and Enter), the same text stays where it was typed.
  await outcome.press('End')
  await page.keyboard.type(` ${scanned.visitNumber}`, { delay: 90 })
  await page.keyboard.press('Enter')
  await expect(outcome).toHaveValue(`Sudah dijelaskan. ${scanned.visitNumber}\n`)
  await expect(page.getByRole('heading', { level: 1, name: serving.queueNumber ?? '' })).toBeVisible()
  await outcome.fill('Sudah dijelaskan.')

  // Scanned into the focused field: the visit opens, and the field keeps only what was typed before.
  await outcome.press('End')
  await scan(page, scanned.visitNumber)
  await expect(page.getByRole('heading', { level: 1, name: scanned.queueNumber ?? '' })).toBeVisible()
  await expect(page.getByText(scanned.visitNumber)).toBeVisible()
  await gotoVisit(page, serving.id)
  await expect(page.getByLabel('Hasil layanan')).toHaveValue('Sudah dijelaskan.')

  // From a screen with no field focused; a number no visit has is said so.
  await page.getByRole('button', { name: /^Beranda/ }).click()
  await page.locator('body').click()
  await scan(page, 'LK9-20260101-0001')
  await expect(page.getByText('Kunjungan LK9-20260101-0001 tidak ditemukan di loket ini.')).toBeVisible()
  await snap(page, 'queue-scanner-not-found')
  await scan(page, scanned.visitNumber.toLowerCase())
  await expect(page.getByRole('heading', { level: 1, name: scanned.queueNumber ?? '' })).toBeVisible()
})
