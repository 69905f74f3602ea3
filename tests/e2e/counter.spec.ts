import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { signInAsAdmin, snap, webUrl } from './helpers'
import { PROCEDURE_001, PROCEDURE_003, rpc, startVisit } from './queue-helpers'

/**
 * The front desk as a real counter uses it (issue 8, faults 7, 8, 11, 12): the keyboard never loses
 * the start of a service, one person does not get two numbers unasked, and every screen works on
 * the counter PCs' 1366×768 and 1024×768 screens and at 125% zoom.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 })

const SERIAL = String(1000 + Math.floor(Math.random() * 8999))
const NIK = `320101470385${SERIAL}`
const NAME = 'Nurhayati Kusumawardhani binti Abdurrahman'

async function openVisitor(page: Page, query: string, name: string): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Pengunjung/ })
    .click()
  const search = page.getByRole('combobox', { name: 'Cari pengunjung' })
  await search.fill(query)
  await expect(page.getByRole('option', { name: new RegExp(name) })).toBeVisible()
  await search.press('Enter')
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible()
}

test('the service choice is one radio group and no shortcut fires while typing a note (fault 7)', async ({
  page,
}) => {
  await signInAsAdmin(page)
  const visitor = await rpc(page, 'visitors.register', { fullName: NAME, nik: NIK, consent: true })
  await openVisitor(page, NIK, NAME)

  const cards = page.getByRole('radiogroup', { name: /^Keperluan/ }).getByRole('radio')
  await expect(cards.first()).toBeFocused()
  await page.keyboard.press('2')
  await expect(cards.nth(1)).toBeFocused()
  await expect(cards.nth(1)).toHaveAttribute('aria-checked', 'true')
  // One Tab stop: Tab leaves the group for the note, not for the next card.
  await page.keyboard.press('Tab')
  const note = page.getByRole('textbox', { name: 'Catatan (opsional)' })
  await expect(note).toBeFocused()
  // Digits and a slash are text in the note: the service stays, the screen stays.
  await page.keyboard.type('ADU/2026/0412 lampiran 3 dan 1')
  await expect(note).toHaveValue('ADU/2026/0412 lampiran 3 dan 1')
  await expect(cards.nth(1)).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByRole('heading', { name: NAME, level: 2 })).toBeVisible()
  // Alt+N (register) and Alt+1 (home) are global: not from inside the note.
  await page.keyboard.press('Alt+1')
  await page.keyboard.press('Alt+N')
  await expect(page.getByRole('heading', { name: NAME, level: 2 })).toBeVisible()
  // Back into the group: it is entered at the chosen card; the arrows move the choice.
  await page.keyboard.press('Shift+Tab')
  await expect(cards.nth(1)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(cards.nth(2)).toBeFocused()
  await expect(cards.nth(2)).toHaveAttribute('aria-checked', 'true')
  await page.keyboard.press('ArrowUp')
  await expect(cards.nth(1)).toHaveAttribute('aria-checked', 'true')
  await snap(page, 'counter-01-choice-and-note')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel(/^Nomor antrean [A-Z]-\d{3,}$/)).toBeVisible()

  const visits = await rpc(page, 'visits.ofVisitor', { visitorId: visitor.id })
  expect(visits.open).toHaveLength(1)
  expect((await rpc(page, 'visits.get', { id: visits.open[0]?.id ?? '' })).notes).toBe(
    'ADU/2026/0412 lampiran 3 dan 1',
  )
})

test('one person, one number: the page shows the open visit and a second number is asked for (fault 8)', async ({
  page,
}) => {
  await signInAsAdmin(page)
  await openVisitor(page, NIK, NAME)
  const visits = page.getByRole('region', { name: 'Kunjungan', exact: true })
  await expect(visits).toContainText('Menunggu')
  await expect(visits.getByRole('button', { name: /^Buka kunjungan [A-Z]-\d{3,}$/ })).toBeVisible()
  await snap(page, 'counter-02-open-visit-shown')

  await page.keyboard.press('1')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Sudah memegang nomor antrean' })
  await expect(dialog).toContainText(
    new RegExp(`${NAME} sudah memegang nomor antrean [A-Z]-\\d{3,} hari ini`),
  )
  await snap(page, 'counter-03-second-number-asked')
  // Declined: nothing is started, the choice is kept.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { name: NAME, level: 2 })).toBeVisible()
  const visitorId = (await rpc(page, 'visitors.search', { query: NIK, limit: 1 }))[0]?.id ?? ''
  expect((await rpc(page, 'visits.ofVisitor', { visitorId })).open).toHaveLength(1)

  // Opening the visit already held, from the visitor's page.
  await visits.getByRole('button', { name: /^Buka kunjungan/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^[A-Z]-\d{3,}$/ })).toBeVisible()
})

test('the web host names a wrong page token instead of asking to sign in (fault 12)', async ({ page }) => {
  const url = webUrl().replace(/#token=.*$/, '#token=bukan-hex')
  await page.goto(url)
  await expect(page.getByText(/Token web host pada alamat halaman ini salah/)).toBeVisible()
  await expect(page.getByText('Silakan masuk terlebih dahulu.')).toHaveCount(0)
})

/** A screen fits: no page-wide horizontal scroll, and nothing in `within` is cut off sideways. */
async function expectFits(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const doc = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement
    return doc.scrollWidth - doc.clientWidth
  })
  expect(overflow, `${label}: the page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0)
}

/** The counter screens, at the office PCs' sizes and at 125% zoom (same pixels, 1.25 device scale). */
const VIEWPORTS = [
  { name: '1366x768', width: 1366, height: 768, scale: 1, visitor: 'Abdul Rahman Satria' },
  { name: '1024x768', width: 1024, height: 768, scale: 1, visitor: 'Abdul Rahman Dwipa' },
  {
    name: '1366x768-zoom125',
    width: Math.round(1366 / 1.25),
    height: Math.round(768 / 1.25),
    scale: 1.25,
    visitor: 'Abdul Rahman Trisna',
  },
  {
    name: '1024x768-zoom125',
    width: Math.round(1024 / 1.25),
    height: Math.round(768 / 1.25),
    scale: 1.25,
    visitor: 'Abdul Rahman Catur',
  },
] as const

for (const viewport of VIEWPORTS) {
  test(`every counter screen works at ${viewport.name} (fault 11)`, async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      viewport: { width: viewport.width, height: viewport.height },
      deviceScaleFactor: viewport.scale,
    })
    const page = await context.newPage()
    await signInAsAdmin(page)
    const shot = (name: string) => snap(page, `layout-${viewport.name}-${name}`)

    // The header: the whole office name, and the user menu and sign-out reachable.
    const office = page.getByTestId('office-name')
    const cut = await office.evaluate((el) => el.scrollWidth - el.clientWidth)
    expect(cut, 'the office name is cut in the header').toBeLessThanOrEqual(0)
    await expect(page.getByRole('button', { name: 'Keluar' })).toBeInViewport()
    const navCut = await page.getByRole('navigation').evaluate((nav: unknown) => {
      type Box = { scrollWidth: number; clientWidth: number }
      const labels = (nav as { querySelectorAll(selector: string): ArrayLike<Box> }).querySelectorAll(
        '.mantine-NavLink-label',
      )
      return Array.from(labels).some((label) => label.scrollWidth > label.clientWidth + 1)
    })
    expect(navCut, 'a menu entry is cut').toBe(false)
    await expectFits(page, 'home')
    await shot('home')

    // A notification never covers the user menu and sign-out.
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^Pengunjung/ })
      .click()
    const visitor = await rpc(page, 'visitors.register', {
      fullName: viewport.visitor,
      nik: `3201011203850${String(Math.floor(Math.random() * 900) + 100)}`,
      consent: true,
    })
    await openVisitor(page, viewport.visitor, viewport.visitor)
    // Start of service without scrolling at the counter sizes (at 125% zoom it may scroll, but fits).
    const submit = page.getByRole('button', { name: 'Mulai layanan' })
    if (viewport.scale === 1) await expect(submit).toBeInViewport({ ratio: 1 })
    for (const card of await page.getByRole('radio').all()) {
      const clipped = await card.evaluate((el: unknown) => {
        type Box = { scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number }
        const texts = (el as { querySelectorAll(selector: string): ArrayLike<Box> }).querySelectorAll(
          'p, span',
        )
        return Array.from(texts).some(
          (t) => t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1,
        )
      })
      expect(clipped, 'a service card cuts its procedure name').toBe(false)
    }
    await expectFits(page, 'visitor')
    await shot('visitor')

    await rpc(page, 'visits.start', { visitorId: visitor.id, ...PROCEDURE_003 })
    await startVisit(page, 'Ma\u2019ruf Hidayat Syafrizal', PROCEDURE_001)
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^Antrean/ })
      .click()
    await expect(page.getByRole('region', { name: 'Menunggu', exact: true })).toBeVisible()
    await expectFits(page, 'queue board')
    const boardCut = await page
      .locator('table')
      .evaluateAll((tables) =>
        tables.some((table) => table.scrollWidth > (table.parentElement?.clientWidth ?? 0) + 1),
      )
    expect(boardCut, 'a board column runs out of its panel').toBe(false)
    await shot('queue')

    // A notification (a scanned visit number that is not on file) sits clear of the user menu.
    // As a scanner types: one burst of keys (dispatched in the page, so a loaded machine cannot slow it).
    await page.evaluate((text) => {
      const w = globalThis as unknown as {
        dispatchEvent(event: unknown): boolean
        KeyboardEvent: new (type: string, init: { key: string; bubbles: boolean }) => unknown
      }
      for (const key of [...text.split(''), 'Enter'])
        w.dispatchEvent(new w.KeyboardEvent('keydown', { key, bubbles: true }))
    }, 'LK9-20260101-0001')
    const toast = page.getByRole('alert').filter({ hasText: 'LK9-20260101-0001' })
    await expect(toast).toBeVisible()
    const [toastBox, menuBox] = [
      await toast.boundingBox(),
      await page.getByRole('button', { name: 'Keluar' }).boundingBox(),
    ]
    expect(
      toastBox && menuBox && toastBox.y >= menuBox.y + menuBox.height,
      'a notification covers the user menu',
    ).toBe(true)
    await shot('notification')

    for (const [label, name] of [
      ['late', /^Input susulan/],
      ['holidays', /^Hari libur/],
      ['settings', /^Pengaturan/],
    ] as const) {
      await page.getByRole('navigation').getByRole('button', { name }).click()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectFits(page, label)
      await shot(label)
    }
    await context.close()
  })
}
