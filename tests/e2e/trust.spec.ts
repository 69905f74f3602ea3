import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import type { DeskHost } from './desk-host'
import { startDeskHost } from './desk-host'
import { adminToken, centralUrl, snap } from './helpers'
import { visitorInput } from '../helpers/visitor-input'
import { rpc } from './queue-helpers'

/**
 * Issue 7 at the screen: an administrator of an enrolled desk changes the office online with their
 * own password; a taken desk code is refused; enrolment asks for https; a desk whose clock runs two
 * days ahead says so on every screen and lists what the server refused.
 */
const base = Number(process.env.LOKET_E2E_PORT ?? 5199)
const hosts: DeskHost[] = []
test.afterAll(async () => {
  for (const host of hosts) await host.stop()
})

async function officeWithAdmin(request: APIRequestContext, name: string) {
  const admin = { authorization: `Bearer ${adminToken()}` }
  const office = await request.post(`${centralUrl()}/api/v1/admin/offices`, {
    headers: admin,
    data: { name },
  })
  const { officeId } = (await office.json()) as { officeId: string }
  await request.post(`${centralUrl()}/api/v1/admin/offices/${officeId}/users`, {
    headers: admin,
    data: { username: 'sari', fullName: 'Sari Wulandari', role: 'admin', password: 'sandi-sari-1' },
  })
  const code = async () => {
    const response = await request.post(`${centralUrl()}/api/v1/admin/offices/${officeId}/enrolment-codes`, {
      headers: admin,
      data: {},
    })
    return ((await response.json()) as { code: string }).code
  }
  return { officeId, code }
}

async function signIn(page: Page) {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible()
  await page.getByLabel('Nama pengguna').fill('sari')
  await page.getByLabel('Kata sandi', { exact: true }).fill('sandi-sari-1')
  await page.getByLabel('Kata sandi', { exact: true }).press('Enter')
  await expect(page.getByRole('navigation')).toBeVisible()
}

test('an enrolled desk’s administrator changes the office online, in their own name', async ({
  page,
  request,
}) => {
  const { code } = await officeWithAdmin(request, 'Dinas Kearsipan Kota Contoh')
  // Another desk of the office already holds LK2.
  await request.post(`${centralUrl()}/api/v1/desks/enroll`, {
    data: { code: await code(), deskName: 'Loket 2', deskCode: 'LK2' },
  })
  const host = await startDeskHost('desk-online', base - 3)
  hosts.push(host)
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(host.url)
  await page.getByText('Daftarkan ke server pusat').click()

  // Plain http across the network: refused unless chosen deliberately, then warned about.
  await page.getByLabel(/^Alamat server pusat/).fill('http://10.20.30.40:8787')
  await expect(page.getByText(/Alamat server harus https:\/\//)).toBeVisible()
  await page.getByRole('checkbox', { name: /Jaringan kantor tanpa TLS/ }).check()
  await expect(page.getByText('Koneksi tanpa enkripsi')).toBeVisible()
  await snap(page, '30-enrol-lan-without-tls')
  await page.getByRole('checkbox', { name: /Jaringan kantor tanpa TLS/ }).uncheck()

  await page.getByLabel(/^Alamat server pusat/).fill(centralUrl())
  await page.getByLabel(/^Kode pendaftaran/).fill(await code())
  await page.getByLabel(/^Kode loket/).fill('LK1')
  await page.getByRole('button', { name: 'Daftarkan loket' }).click()
  await signIn(page)

  await page.keyboard.press('Alt+7')
  await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible()
  await expect(page.getByText('Dikelola server pusat')).toBeVisible()
  await page.getByLabel('Nama kantor').fill('Dinas Kearsipan dan Perpustakaan Kota Contoh')
  await page.getByRole('button', { name: 'Simpan' }).first().click()

  const prompt = page.getByRole('dialog', { name: 'Konfirmasi di server pusat' })
  await expect(prompt).toBeVisible()
  await expect(prompt.getByText(/atas nama Sari Wulandari/)).toBeVisible()
  // The password field has the focus: the administrator types and presses Enter.
  await page.keyboard.type('salah-sandi')
  await page.keyboard.press('Enter')
  await expect(prompt.getByRole('alert')).toContainText('Nama pengguna atau kata sandi salah')
  await snap(page, '31-central-confirm-wrong')
  await prompt.getByRole('textbox', { name: /Kata sandi/ }).fill('sandi-sari-1')
  await page.keyboard.press('Enter')
  await expect(prompt).toBeHidden()
  await expect(page.getByText('Pengaturan tersimpan di server pusat.')).toBeVisible()
  await expect(
    page.getByRole('banner').getByText('Dinas Kearsipan dan Perpustakaan Kota Contoh'),
  ).toBeVisible()
  await snap(page, '32-settings-saved-centrally')

  // A desk code another desk of the office holds is refused by the server; the form keeps it.
  await page.getByLabel(/^Kode loket/).fill('LK2')
  await page.getByRole('button', { name: 'Simpan' }).first().click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'Kode loket ini sudah dipakai loket lain' }),
  ).toBeVisible()
  await expect(page.getByLabel(/^Kode loket/)).toHaveValue('LK2')
  await page.setViewportSize({ width: 1024, height: 768 })
  await snap(page, '33-desk-code-taken-1024')

  // A day off, on the server, in the same grant: no second prompt.
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.keyboard.press('Alt+6')
  await expect(page.getByText('Dikelola server pusat')).toBeVisible()
  await page.getByLabel('Tanggal').fill('28-12-2026')
  await page.keyboard.press('Escape')
  await page.getByRole('textbox', { name: 'Nama', exact: true }).fill('Hari Jadi Dinas Kearsipan')
  await page.keyboard.press('Control+S')
  await expect(page.getByText('Hari libur 28 Desember 2026 tersimpan.')).toBeVisible()
  await expect(prompt).toBeHidden()
  const saved = (await rpc(page, 'holidays.list', { year: 2026 })).find((day) => day.date === '2026-12-28')
  expect(saved).toMatchObject({ name: 'Hari Jadi Dinas Kearsipan', fromCentral: true })
  await snap(page, '36-holiday-saved-centrally')
})

test('a desk whose clock runs two days ahead says so on every screen, and keeps what the server refused', async ({
  page,
  request,
}) => {
  const { code } = await officeWithAdmin(request, 'Kantor Jam Maju')
  const host = await startDeskHost('desk-fast-clock', base - 4, {
    LOKET_CLOCK_SKEW_MS: String(2 * 24 * 60 * 60 * 1000),
  })
  hosts.push(host)
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(host.url)
  await page.getByText('Daftarkan ke server pusat').click()
  await page.getByLabel(/^Alamat server pusat/).fill(centralUrl())
  await page.getByLabel(/^Kode pendaftaran/).fill(await code())
  await page.getByLabel(/^Kode loket/).fill('LK5')
  await page.getByRole('button', { name: 'Daftarkan loket' }).click()
  await signIn(page)

  const banner = page.getByRole('alert').filter({ hasText: 'Jam komputer ini tidak tepat' })
  await expect(banner).toContainText('selisih 2 hari dari server pusat (lebih cepat)')
  await rpc(page, 'visitors.register', visitorInput({ fullName: 'Dewi Lestari' }))
  await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click()
  await page.keyboard.press('Alt+7')
  await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible()
  await expect(banner).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Jam komputer terlalu maju' }).first()).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Pengunjung' }).first()).toBeVisible()
  await snap(page, '34-clock-ahead-1366')
  await page.setViewportSize({ width: 1024, height: 768 })
  await snap(page, '35-clock-ahead-1024')
})
