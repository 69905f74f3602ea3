import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { signInAsAdmin, snap } from './helpers'
import { rpc, rpcResult } from './queue-helpers'
import { finishedVisit003 } from './survey-helpers'

/**
 * The satisfaction survey (issue 12): a visitor answers at the kiosk the officer opened on the desk's
 * own screen, a paper form is keyed in at the desk, a visit has one survey, and a kiosk left alone
 * returns to its start.
 */
test.describe.configure({ mode: 'serial' })

const PIN = '2468'

async function openVisit(page: Page, visitId: string) {
  await page.goto(`/#/visit/${visitId}`)
  await expect(page.getByTestId('skm-panel')).toBeVisible()
}

/** Chooses each element's answer by touch (a score a element, in the questionnaire's order). */
async function answerByTouch(page: Page, scores: number[]) {
  const groups = page.getByRole('radiogroup').filter({ has: page.getByRole('radio') })
  for (const [i, score] of scores.entries()) {
    await groups
      .nth(i)
      .getByRole('radio')
      .nth(score - 1)
      .click()
  }
}

async function closeKiosk(page: Page, pin: string) {
  await page.getByRole('button', { name: 'Keluar' }).click()
  const pad = page.getByRole('dialog', { name: 'Tutup kios' })
  await pad.getByLabel('PIN').fill(pin)
  await pad.getByRole('button', { name: 'Tutup kios' }).click()
}

test('a visitor answers the survey at the kiosk after a 003 visit; only the PIN leaves it', async ({
  page,
}) => {
  await signInAsAdmin(page)
  const visit = await finishedVisit003(page, 'Rina Marlina')
  await openVisit(page, visit.id)
  const panel = page.getByTestId('skm-panel')
  await expect(panel).toContainText('Survei kunjungan ini belum diisi.')

  // The officer turns the screen round: a PIN of their own, typed twice.
  await panel.getByRole('button', { name: 'Buka kios di layar ini' }).click()
  const dialog = page.getByRole('dialog', { name: 'Buka kios survei' })
  await dialog.getByLabel('PIN', { exact: true }).fill(PIN)
  await dialog.getByLabel('Ulangi PIN').fill('2469')
  await dialog.getByRole('button', { name: 'Buka kios' }).click()
  await expect(dialog.getByText('PIN tidak sama.')).toBeVisible()
  await dialog.getByLabel('Ulangi PIN').fill(PIN)
  await dialog.getByRole('button', { name: 'Buka kios' }).click()

  await expect(page).toHaveURL(/#\/kiosk$/)
  const start = page.getByRole('button', { name: 'Mulai' })
  await expect(start).toBeVisible()
  await expect(page.getByTestId('kiosk-for')).toHaveText(/^Untuk kunjungan \S+$/)
  await expect(page.getByTestId('kiosk-office')).toBeVisible()
  await snap(page, 'survey-kiosk-start')

  // No way back to the desk: Alt+← and the history's Back both stay here.
  await page.keyboard.press('Alt+ArrowLeft')
  await page.evaluate(() => window.history.back())
  await page.waitForTimeout(300)
  await expect(page).toHaveURL(/#\/kiosk$/)
  await expect(start).toBeVisible()
  await expect(page.getByRole('navigation')).toHaveCount(0)

  await start.click()
  await answerByTouch(page, [4, 3, 3, 4, 4, 3, 4, 3, 4])
  await page.getByRole('textbox', { name: 'Saran dan masukan' }).fill('Ruang tunggu nyaman, petugas ramah.')
  await page.getByText('Perempuan', { exact: true }).click()
  await page.getByRole('button', { name: 'Kirim jawaban' }).click()
  await expect(page.getByRole('heading', { name: 'Terima kasih' })).toBeVisible()
  // Back to the start for the next visitor, now for no visit: this one has its survey.
  await expect(start).toBeVisible({ timeout: 10_000 })
  await expect(page.getByTestId('kiosk-for')).toHaveText('Pendapat Anda membantu kami memperbaiki layanan.')

  // A wrong PIN is refused in the core's words; the right one returns to the desk.
  await closeKiosk(page, '1111')
  await expect(page.getByRole('dialog', { name: 'Tutup kios' }).getByRole('alert')).toContainText(
    'PIN salah.',
  )
  await expect(page).toHaveURL(/#\/kiosk$/)
  const pad = page.getByRole('dialog', { name: 'Tutup kios' })
  await pad.getByLabel('PIN').fill(PIN)
  await pad.getByRole('button', { name: 'Tutup kios' }).click()
  await expect(page.getByRole('navigation')).toBeVisible()

  await openVisit(page, visit.id)
  await expect(panel).toContainText(/Survei sudah diisi .* melalui kios\./)
  await expect(panel.getByRole('button')).toHaveCount(0)
})

test('a paper form keyed in with an element missing is refused naming it, then saved once', async ({
  page,
}) => {
  await signInAsAdmin(page)
  const visit = await finishedVisit003(page, 'Hendra Gunawan')
  await openVisit(page, visit.id)
  const panel = page.getByTestId('skm-panel')
  await panel.getByRole('button', { name: 'Isi dari formulir' }).click()
  const modal = page.getByRole('dialog', { name: /^Isi survei dari formulir/ })
  await expect(modal).toBeVisible()

  // Keyed as digits from U1, where the dialog puts the focus: U1 and U2, U3 skipped with Tab, then U4 to U9.
  await expect(
    modal.getByRole('radiogroup', { name: 'Persyaratan' }).getByRole('radio').first(),
  ).toBeFocused()
  for (const digit of '44') await page.keyboard.press(digit)
  await page.keyboard.press('Tab')
  for (const digit of '334434') await page.keyboard.press(digit)
  await page.keyboard.press('Control+Enter')
  await expect(modal.getByRole('alert')).toContainText('Unsur U3 Waktu penyelesaian belum dijawab')
  await expect(modal.getByRole('radiogroup', { name: 'Waktu penyelesaian' })).toHaveAttribute(
    'aria-invalid',
    'true',
  )
  await snap(page, 'survey-paper-missing')

  // The focus went to the missing element: one digit answers it.
  await page.keyboard.press('2')
  await modal.getByRole('button', { name: /^Simpan survei/ }).click()
  await expect(modal).toHaveCount(0)
  await expect(panel).toContainText(/Survei sudah diisi .* melalui formulir kertas\./)
  await expect(panel.getByRole('button', { name: 'Isi dari formulir' })).toHaveCount(0)

  // A second sheet for the same visit is refused by the core, and so is an incomplete one.
  const scores = Object.fromEntries(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((u) => [u, 4]))
  const again = await rpcResult(page, 'skm.submit', { visitId: visit.id, scores })
  expect(again.ok ? null : again.error.code).toBe('skm_already_answered')
  const { U5: _skipped, ...missingU5 } = scores
  const incomplete = await rpcResult(page, 'skm.submit', { visitId: null, scores: missingU5 })
  expect(incomplete.ok ? null : incomplete.error.code).toBe('skm_element_missing')
  expect(incomplete.ok ? '' : incomplete.error.message.id).toContain('U5')
})

test('a kiosk left alone mid-survey returns to its start after a minute', async ({ page }) => {
  await page.clock.install()
  await signInAsAdmin(page)
  // Anonymous: a survey for no visit, opened on this window.
  await rpc(page, 'skm.kioskOpen', { pin: PIN, visitId: null, here: true })
  await expect(page).toHaveURL(/#\/kiosk$/)
  await page.getByRole('button', { name: 'Mulai' }).click()
  await answerByTouch(page, [4, 4])
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(2)

  await page.clock.fastForward(30_000)
  await expect(page.getByRole('button', { name: 'Kirim jawaban' })).toBeVisible()
  await page.clock.fastForward(31_000)
  await expect(page.getByRole('button', { name: 'Mulai' })).toBeVisible()
  // Started again, nothing of the last visitor's answers is left.
  await page.getByRole('button', { name: 'Mulai' }).click()
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0)

  await closeKiosk(page, PIN)
  await expect(page.getByRole('navigation')).toBeVisible()
})

test('the kiosk on another screen is a window of its own, never signed in, closed by the PIN', async ({
  page,
}) => {
  await signInAsAdmin(page)
  const visit = await finishedVisit003(page, 'Agus Salim')
  await openVisit(page, visit.id)
  const panel = page.getByTestId('skm-panel')
  await panel.getByRole('button', { name: 'Buka kios di layar lain' }).click()
  const dialog = page.getByRole('dialog', { name: 'Buka kios survei' })
  await dialog.getByLabel('PIN', { exact: true }).fill(PIN)
  await dialog.getByLabel('Ulangi PIN').fill(PIN)
  const [kiosk] = await Promise.all([
    page.waitForEvent('popup'),
    dialog.getByRole('button', { name: 'Buka kios' }).click(),
  ])
  await expect(kiosk.getByRole('button', { name: 'Mulai' })).toBeVisible()
  await expect(kiosk.getByTestId('kiosk-for')).toHaveText(/^Untuk kunjungan \S+$/)

  // Its own session (the browser copied the desk tab's storage into it): nobody is signed in there.
  const session = await kiosk.evaluate(async () => {
    const response = await fetch('/rpc/auth.session', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${sessionStorage.getItem('loket.webToken') ?? ''}`,
        'X-Loket-Client': sessionStorage.getItem('loket.clientKey.kiosk') ?? '',
      },
      body: '{}',
    })
    return (await response.json()) as { ok: boolean; value?: unknown }
  })
  expect(session).toEqual({ ok: true, value: null })

  // The desk stays the desk, and may send the next visit to the open kiosk.
  await expect(page.getByRole('navigation')).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Kirim ke kios' })).toBeVisible()

  await closeKiosk(kiosk, PIN)
  await kiosk.waitForEvent('close')
  await expect(panel.getByRole('button', { name: 'Buka kios di layar lain' })).toBeVisible()
})

test('the IKM report for this month counts the answers and prints', async ({ page }) => {
  await signInAsAdmin(page)
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
  })
    .format(Date.now())
    .split('-')
    .map(Number)
  const report = await rpc(page, 'skm.ikm', {
    period: { kind: 'month', year: year ?? 0, index: month ?? 0 },
    procedureId: null,
  })
  // The journeys above answered at least two sheets this month (the kiosk's and the paper one).
  expect(report.respondents).toBeGreaterThanOrEqual(2)

  await page.getByRole('navigation').getByRole('button', { name: /^IKM/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Indeks Kepuasan Masyarakat' })).toBeVisible()
  await expect(page.getByTestId('ikm-respondents')).toHaveText(String(report.respondents))
  const ikm = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    report.ikm ?? 0,
  )
  await expect(page.getByTestId('ikm-value')).toHaveText(ikm)
  await expect(page.getByTestId('ikm-grade')).toContainText(`Mutu ${report.category?.grade ?? ''}`)
  const elements = page.getByRole('table').first()
  await expect(elements.getByRole('row')).toHaveCount(10)
  await snap(page, 'survey-ikm')

  await page.getByRole('button', { name: /^Cetak laporan IKM/ }).click()
  await expect(page.getByRole('dialog', { name: /Laporan IKM|IKM/ })).toBeVisible()
})
