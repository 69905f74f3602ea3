import type { Page } from '@playwright/test'
import { expect as baseExpect, test } from '@playwright/test'
import { fixedHolidayOn } from '../../common/calendar/fixed-holidays'
import type { HolidayView } from '../../common/holidays'
import { signInAsAdmin, snap } from './helpers'
import { rpc, startVisit } from './queue-helpers'

/**
 * The office calendar as the administrator meets it (issue 8, faults 1, 10 and 12): the warning when
 * next year's decree is missing, where each day off comes from, the date field's format, office
 * hours per weekday with a special period, deadlines marked "sementara", and the waiting-room
 * display's own language. Each test puts back what it changed, so the other journeys see the
 * shipped calendar and the default settings.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 })
/** The web host answers slowly while other suites load the machine. */
const expect = baseExpect.configure({ timeout: 15_000 })

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const

async function snapBoth(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await snap(page, `${name}-${size.width}`)
  }
  await page.setViewportSize(SIZES[0])
}

async function nav(page: Page, name: RegExp) {
  await page.getByRole('navigation').getByRole('button', { name }).click()
}

/** The 2027 decree's own days (not the fixed-date ones every year has), removed for a test and put back. */
async function without2027Decree(page: Page): Promise<HolidayView[]> {
  const decreed = (await rpc(page, 'holidays.list', { year: 2027 })).filter(
    (h) => h.kind !== 'local' && h.source.kind !== 'rule' && fixedHolidayOn(h.date) === null,
  )
  for (const h of decreed) await rpc(page, 'holidays.remove', { date: h.date })
  return decreed
}

async function restore(page: Page, days: readonly HolidayView[]) {
  for (const h of days) await rpc(page, 'holidays.save', { date: h.date, name: h.name, kind: h.kind })
}

test('holidays: decree days name their SKB with the citation, the date is typed DD/MM/YYYY', async ({
  page,
}) => {
  await page.setViewportSize(SIZES[0])
  await signInAsAdmin(page)
  // With the 2026 and 2027 decrees shipped there is nothing to warn about.
  await expect(page.getByText(/^Kalender libur \d{4} belum dimuat$/)).toHaveCount(0)
  await nav(page, /^Hari libur/)
  await expect(page.getByRole('heading', { name: 'Hari libur 2026' })).toBeVisible()

  const date = page.getByLabel('Tanggal')
  await expect(date).toHaveAttribute('placeholder', 'HH/BB/TTTT')
  await date.fill('17/08/2027')
  await expect(page.getByText('Selasa, 17 Agustus 2027')).toBeVisible()
  await page.getByRole('button', { name: 'Kosongkan' }).click()

  const idulfitri = page.getByRole('row', { name: '2026-03-21 Idulfitri 1447 Hijriah' })
  const source = idulfitri.getByText('SKB 3 Menteri 2026')
  await expect(source).toBeVisible()
  await expect(source).toHaveAttribute('title', /^Keputusan Bersama Menteri Agama/)
  await source.hover()
  await expect(page.getByRole('tooltip')).toContainText('Keputusan Bersama Menteri Agama')
  await expect(page.getByRole('tooltip')).toContainText('Nomor 1497 Tahun 2025')
  await snapBoth(page, 'calendar-holidays-sources')
  await page.keyboard.press('Escape')

  // A day the office adds is its own: "Lokal" and the desk it was added on.
  await page.getByLabel('Tanggal').fill('27/11/2026')
  await page.keyboard.press('Escape')
  await page.locator('#holiday-name').fill('Hari Jadi Kabupaten (uji)')
  await page.keyboard.press('Control+s')
  await expect(page.getByText('Hari libur 27 November 2026 tersimpan.')).toBeVisible()
  const local = page.getByRole('row', { name: '2026-11-27 Hari Jadi Kabupaten (uji)' })
  await expect(local.getByText(/^Lokal · Loket /)).toBeVisible()
  await rpc(page, 'holidays.remove', { date: '2026-11-27' })
})

test('without the 2027 decree the administrator is warned on home and holidays, and a deadline into 2027 is "sementara"', async ({
  page,
}) => {
  await page.setViewportSize(SIZES[0])
  await signInAsAdmin(page)
  const removed = await without2027Decree(page)
  try {
    await page.reload()
    await nav(page, /^Beranda/)
    const warning = page.getByTestId('calendar-warning-2027')
    await expect(warning).toContainText('Kalender libur 2027 belum dimuat')
    await expect(warning).toContainText('Tenggat yang jatuh di 2027 dihitung sementara')
    await snapBoth(page, 'calendar-home-warning')
    await warning.getByRole('button', { name: 'Buka layar Hari Libur' }).click()
    await expect(page.getByRole('heading', { name: 'Hari libur 2026' })).toBeVisible()
    await expect(page.getByTestId('calendar-warning-2027')).toBeVisible()
    await snapBoth(page, 'calendar-holidays-warning')

    // Office hours: Friday keeps its own, and December is closed by a special period, so a
    // 3-working-day deadline from today runs into 2027, whose decree is not loaded.
    await nav(page, /^Pengaturan/)
    const hours = page.getByRole('table', { name: 'Jam kerja kantor' })
    await expect(hours.getByLabel('Jam buka Senin')).toHaveValue('07:30')
    await expect(hours.getByLabel('Jam tutup Kamis')).toHaveValue('16:00')
    await expect(hours.getByLabel('Jam tutup Jumat')).toHaveValue('16:30')
    await expect(hours.getByLabel('Buka pada hari Sabtu')).not.toBeChecked()
    await hours.getByLabel('Jam tutup Jumat').fill('11.00')
    await expect(page.getByText('Jam tidak valid (format JJ:MM, contoh 07:30).')).toBeVisible()
    await hours.getByLabel('Jam tutup Jumat').fill('07:00')
    await expect(page.getByText('Jam tutup harus sesudah jam buka.')).toBeVisible()
    await hours.getByLabel('Jam tutup Jumat').fill('16:30')
    await expect(page.getByText('Jam tutup harus sesudah jam buka.')).toHaveCount(0)

    await page.getByRole('button', { name: 'Tambah jam kerja khusus' }).click()
    await page.getByRole('textbox', { name: 'Nama', exact: true }).fill('Tutup akhir tahun (uji)')
    await page.getByLabel('Dari tanggal').fill('2026-12-01')
    await page.getByLabel('Sampai tanggal').fill('2026-12-31')
    const special = page.getByRole('table', { name: 'Tutup akhir tahun (uji)' })
    for (const day of ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat']) {
      // Keyboard only: focus the box, Space unticks it.
      await special.getByLabel(`Buka pada hari ${day}`).focus()
      await page.keyboard.press('Space')
      await expect(special.getByLabel(`Buka pada hari ${day}`)).not.toBeChecked()
    }
    await snapBoth(page, 'calendar-settings-hours')
    await page.keyboard.press('Control+s')
    await expect(page.getByText('Pengaturan tersimpan.')).toBeVisible()

    const visit = await startVisit(page, 'Rina Marlina', {
      purpose: 'consultation',
      procedureId: 'konsultasi-website',
    })
    expect(new Date(visit.totalDueAt ?? 0).getUTCFullYear()).toBe(2027)
    expect(visit.totalDueProvisional).toBe(true)
    await page.goto(`/#/visit/${visit.id}`)
    await page.reload()
    const badge = page.getByTestId('due-provisional').first()
    await expect(badge).toHaveText('sementara')
    await expect(badge).toHaveAttribute('title', /belum dimuat dari SKB/)
    await badge.hover()
    await expect(page.getByRole('tooltip')).toContainText('belum dimuat dari SKB')
    await snapBoth(page, 'calendar-visit-provisional')
  } finally {
    await restore(page, removed)
    await rpc(page, 'settings.update', { specialHours: [] })
  }
  await page.reload()
  await nav(page, /^Beranda/)
  await expect(page.getByRole('heading', { name: /^Selamat datang/ })).toBeVisible()
  await expect(page.getByTestId('calendar-warning-2027')).toHaveCount(0)
})

test('display: the waiting-room display speaks the office’s display language, not the officer’s', async ({
  page,
}) => {
  await page.setViewportSize(SIZES[0])
  await signInAsAdmin(page)
  // The officer works in English …
  await page.evaluate(() =>
    (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem(
      'loket.language',
      'en',
    ),
  )
  await page.reload()
  await expect(page.getByRole('navigation').getByRole('button', { name: /^Settings/ })).toBeVisible()
  try {
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^Queue/ })
      .click()
    const [display] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Waiting-room display' }).click(),
    ])
    await display.setViewportSize(SIZES[0])
    // … while the display keeps the office's language, Indonesian by default.
    await expect(display.getByText('Antrean layanan')).toBeVisible()
    await expect(display.locator('[lang="id"]').first()).toBeVisible()

    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^Settings/ })
      .click()
    await page.getByRole('combobox', { name: 'Queue display language' }).click()
    await page.getByRole('option', { name: 'English' }).click()
    await page.keyboard.press('Control+s')
    await expect(page.getByText('Settings saved.')).toBeVisible()
    await expect(display.getByText('Service queue')).toBeVisible({ timeout: 10_000 })
    await snapBoth(display, 'calendar-display-english')

    // Back to Indonesian for the display, while the officer stays in English.
    await rpc(page, 'settings.update', { displayLanguage: 'id' })
    await expect(display.getByText('Antrean layanan')).toBeVisible({ timeout: 10_000 })
    await display.close()
  } finally {
    await rpc(page, 'settings.update', { displayLanguage: 'id' })
    await page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('loket.language', 'id'),
    )
  }
})
