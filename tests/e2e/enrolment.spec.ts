import { expect, test } from '@playwright/test'
import { adminToken, centralUrl, enrolDeskUrl, snap } from './helpers'

/**
 * The administrator enrols a new counter PC with the office's central server: an office, a user and
 * a single-use code are made on the server; the desk is enrolled from its first-run screen, the
 * user arrives by sync and signs in, and the header shows the desk in sync.
 */
test('a fresh desk enrols with the central server and signs in a user made centrally', async ({
  page,
  request,
}) => {
  const admin = { authorization: `Bearer ${adminToken()}` }
  const office = await request.post(`${centralUrl()}/api/v1/admin/offices`, {
    headers: admin,
    data: { name: 'Dinas Pelayanan Kota Contoh' },
  })
  const { officeId } = (await office.json()) as { officeId: string }
  await request.post(`${centralUrl()}/api/v1/admin/offices/${officeId}/users`, {
    headers: admin,
    data: { username: 'dewi', fullName: 'Dewi Lestari', role: 'receptionist', password: 'sandi-rahasia' },
  })
  const codeResponse = await request.post(
    `${centralUrl()}/api/v1/admin/offices/${officeId}/enrolment-codes`,
    {
      headers: admin,
      data: {},
    },
  )
  const { code } = (await codeResponse.json()) as { code: string }

  await page.goto(enrolDeskUrl())
  await page.getByText('Daftarkan ke server pusat').click()
  await page.getByLabel(/^Alamat server pusat/).fill('loket kantor')
  await page.getByLabel(/^Kode pendaftaran/).fill('SALAH-KODE')
  await page.getByLabel(/^Kode loket/).fill('LK3')
  await expect(page.getByText(/Alamat server harus diawali http/)).toBeVisible()
  await snap(page, '10-enrol-invalid')

  await page.getByLabel(/^Alamat server pusat/).fill(centralUrl())
  await page.getByRole('button', { name: 'Daftarkan loket' }).click()
  await expect(page.getByRole('alert')).toContainText('Kode pendaftaran tidak dikenal')
  await page.getByLabel(/^Kode pendaftaran/).fill(code)
  await page.getByRole('button', { name: 'Daftarkan loket' }).click()

  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible()
  await page.getByLabel('Nama pengguna').fill('dewi')
  await page.getByLabel('Kata sandi', { exact: true }).fill('sandi-rahasia')
  await page.getByLabel('Kata sandi', { exact: true }).press('Enter')
  await expect(page.getByRole('heading', { name: 'Selamat datang, Dewi Lestari' })).toBeVisible()
  await expect(page.getByRole('status')).toContainText('Tersinkron')
  await expect(page.getByRole('banner').getByText('Dinas Pelayanan Kota Contoh')).toBeVisible()
  await snap(page, '11-enrolled-home')

  const desks = await request.get(`${centralUrl()}/api/v1/admin/desks?officeId=${officeId}`, {
    headers: admin,
  })
  const [desk] = (await desks.json()) as { deskId: string }[]
  await request.post(`${centralUrl()}/api/v1/admin/desks/${desk?.deskId ?? ''}/revoke`, { headers: admin })
  await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click()
  await expect(page.getByRole('alert', { name: 'Sinkronisasi berhenti' })).toContainText(
    'Loket ini dicabut dari server pusat',
  )
  await snap(page, '12-desk-revoked')
})
