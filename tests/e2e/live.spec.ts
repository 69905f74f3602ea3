import type { APIRequestContext, Browser, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import type { DeskHost } from './desk-host'
import { startDeskHost } from './desk-host'
import { adminToken, centralUrl, snap } from './helpers'
import { PROCEDURE_001, rpc, startVisit } from './queue-helpers'

/**
 * Issue 9 at the screen: two counters of one office, each its own web host (its own core and
 * SQLite file) enrolled with the one central server, each in its own browser context. What the
 * front desk registers at one shows on the other's board and waiting-room display with no reload,
 * well within the minute a desk would otherwise wait; the officer's call shows back at the first.
 * The board asks the core only on its events, and once more when the office's day turns.
 */
const base = Number(process.env.LOKET_E2E_PORT ?? 5199)
const hosts: DeskHost[] = []
test.afterAll(async () => {
  for (const host of hosts) await host.stop()
})

/** Well under the desks' one-minute pull: seeing it sooner means the news travelled live. */
const LIVE = { timeout: 10_000 }

async function officeWithStaff(request: APIRequestContext) {
  const admin = { authorization: `Bearer ${adminToken()}` }
  const office = await request.post(`${centralUrl()}/api/v1/admin/offices`, {
    headers: admin,
    data: { name: 'Kantor Pelayanan Terpadu Kota Contoh' },
  })
  const { officeId } = (await office.json()) as { officeId: string }
  for (const user of [
    { username: 'rina', fullName: 'Rina Marlina', role: 'receptionist' },
    { username: 'sari', fullName: 'Sari Wulandari', role: 'officer' },
  ]) {
    await request.post(`${centralUrl()}/api/v1/admin/offices/${officeId}/users`, {
      headers: admin,
      data: { ...user, password: 'sandi-rahasia-9' },
    })
  }
  return async () => {
    const response = await request.post(`${centralUrl()}/api/v1/admin/offices/${officeId}/enrolment-codes`, {
      headers: admin,
      data: {},
    })
    return ((await response.json()) as { code: string }).code
  }
}

/** A counter PC: its own web host, enrolled, with `username` signed in, in a context of its own. */
async function counter(
  browser: Browser,
  name: string,
  port: number,
  deskCode: string,
  code: string,
  username: string,
) {
  const host = await startDeskHost(name, port)
  hosts.push(host)
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: 'Penyiapan awal' })).toBeVisible()
  await rpc(page, 'sync.enroll', { serverUrl: centralUrl(), code, deskCode })
  await page.reload()
  await page.getByLabel('Nama pengguna').fill(username)
  await page.getByLabel('Kata sandi', { exact: true }).fill('sandi-rahasia-9')
  await page.getByLabel('Kata sandi', { exact: true }).press('Enter')
  await expect(page.getByRole('navigation')).toBeVisible()
  return page
}

const boardRow = (page: Page, region: string, name: string) =>
  page.getByRole('region', { name: region, exact: true }).getByRole('row', { name })

test('a visitor registered at one counter is on the other counter’s board and display without a reload', async ({
  browser,
  request,
}) => {
  const code = await officeWithStaff(request)
  const front = await counter(browser, 'live-front', base - 5, 'LK1', await code(), 'rina')
  const officer = await counter(browser, 'live-officer', base - 6, 'LK2', await code(), 'sari')

  await officer.keyboard.press('Alt+3')
  await expect(officer.getByRole('heading', { name: 'Antrean hari ini' })).toBeVisible()
  const [display] = await Promise.all([
    officer.waitForEvent('popup'),
    officer.getByRole('button', { name: 'Layar ruang tunggu' }).click(),
  ])
  await expect(display.getByTestId('display-waiting')).toHaveText('0')
  await front.keyboard.press('Alt+3')
  await expect(front.getByRole('heading', { name: 'Antrean hari ini' })).toBeVisible()

  const visit = await startVisit(front, 'Yusuf Maulana', PROCEDURE_001)
  const number = visit.queueNumber ?? ''
  await expect(boardRow(front, 'Menunggu', `${number} Yusuf Maulana`)).toBeVisible()
  // At the other counter: on the board and the waiting-room display, with no reload.
  await expect(boardRow(officer, 'Menunggu', `${number} Yusuf Maulana`)).toBeVisible(LIVE)
  await expect(display.getByTestId('display-waiting')).toHaveText('1', LIVE)
  await snap(officer, '40-live-board-other-counter')

  // The officer calls them: the display rings it, and the front desk's board shows them served.
  await officer.keyboard.press('F8')
  await expect(officer.getByRole('heading', { level: 1, name: number })).toBeVisible()
  await expect(display.getByTestId('display-number')).toHaveText(number)
  await expect(display.getByTestId('display-counter')).toHaveText('Loket LK2')
  await expect(boardRow(front, 'Dilayani', `${number} Yusuf Maulana`)).toBeVisible(LIVE)
  await snap(front, '41-live-board-called-elsewhere')
  await front.setViewportSize({ width: 1024, height: 768 })
  await snap(front, '41-live-board-called-elsewhere-1024')
  await snap(display, '42-live-display')

  // Every screen has an address: Back and Forward move through them, a reload keeps the visit.
  await expect(officer).toHaveURL(new RegExp(`#/visit/${visit.id}$`))
  await officer.keyboard.press('Alt+ArrowLeft')
  await expect(officer.getByRole('heading', { name: 'Antrean hari ini' })).toBeVisible()
  await officer.keyboard.press('Alt+ArrowRight')
  await expect(officer.getByRole('heading', { level: 1, name: number })).toBeVisible()
  await officer.reload()
  await expect(officer.getByRole('heading', { level: 1, name: number })).toBeVisible()
  await officer.goBack()
  await expect(officer.getByRole('heading', { name: 'Antrean hari ini' })).toBeVisible()

  // Nothing changes for a minute: the front desk's board asks the core nothing (no polling), while
  // its clock ticks; when the office's day turns (23:59 → 00:00 WIB in the page), it asks again
  // for the new day's board, with no event from the core.
  await front.clock.install({ time: Date.UTC(2026, 11, 1, 16, 58) })
  await front.reload()
  await expect(front.getByRole('heading', { name: 'Antrean hari ini' })).toBeVisible()
  let asked = 0
  front.on('request', (request) => {
    if (request.url().endsWith('/rpc/visits.board')) asked += 1
  })
  // The event stream opening asks once more: let it settle, then count.
  await front.waitForTimeout(1500)
  const settled = asked
  await front.clock.fastForward('01:00')
  await front.waitForTimeout(500)
  expect(asked).toBe(settled)
  await front.clock.fastForward('01:00')
  await expect.poll(() => asked).toBeGreaterThan(settled)
})
