import { expect, test } from '@playwright/test'
import { snap, webUrl } from './helpers'

/**
 * The administrator's first day: set up the desk, sign in, change the office's settings, and find
 * them still there after a reload. One journey, run in order on one fresh desk database.
 */
test.describe.configure({ mode: 'serial' })

const ADMIN = { fullName: 'Siti Rahmawati', username: 'siti', password: 'rahasia-kuat-1' }

test('first run: bad input is answered clearly, then setup creates the office and administrator', async ({
  page,
}) => {
  await page.goto(webUrl())
  await expect(page.getByRole('heading', { name: 'Penyiapan awal' })).toBeVisible()
  await expect(page).not.toHaveURL(/token=/)
  await snap(page, '01-setup-empty')

  await page.getByLabel('Nama kantor').fill('Ka')
  await page.getByLabel('Kode loket').fill('1$')
  await page.getByLabel('Nama lengkap').fill(ADMIN.fullName)
  await page.getByLabel('Nama pengguna').fill('Siti Rahma!')
  await page.getByLabel(/^Kata sandi/).fill('pendek')
  await page.getByLabel('Ulangi kata sandi').fill('lain')
  await page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click()
  await expect(page.getByText('Minimal 3 karakter.')).toBeVisible()
  await expect(page.getByText(/Kode loket 2–6 huruf kapital/)).toBeVisible()
  await expect(page.getByText(/Gunakan 3–32 huruf kecil/)).toBeVisible()
  await expect(page.getByText('Kata sandi minimal 8 karakter.')).toBeVisible()
  // The hint does not repeat the error next to it (issue 8, fault 12).
  await expect(page.getByText('Minimal 8 karakter.', { exact: true })).toBeHidden()
  await expect(page.getByText('Kedua kata sandi tidak sama.')).toBeVisible()
  await snap(page, '02-setup-invalid')

  await page.getByLabel('Nama kantor').fill('Dinas Pemberdayaan Masyarakat dan Nagari')
  await page.getByLabel('Alamat kantor').fill('Jl. Lintas Sumatera, Arosuka, Kabupaten Solok')
  await page.getByLabel('Kode loket').fill('lk1')
  await page.getByLabel('Nama pengguna').fill(ADMIN.username)
  await page.getByLabel(/^Kata sandi/).fill(ADMIN.password)
  await page.getByLabel('Ulangi kata sandi').fill(ADMIN.password)
  await expect(page.getByText('Kedua kata sandi tidak sama.')).toHaveCount(0)
  await page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click()

  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible()
  await expect(page.getByText('Penyiapan selesai.', { exact: false })).toBeVisible()
  await expect(page.getByLabel('Nama pengguna')).toHaveValue(ADMIN.username)
  await snap(page, '03-login-after-setup')
})

test('sign-in: a wrong password is refused with a clear message, the right one signs in', async ({
  page,
}) => {
  await page.goto(webUrl())
  await page.getByLabel('Nama pengguna').fill(ADMIN.username)
  await page.getByLabel('Kata sandi', { exact: true }).fill('salah-sandi')
  await page.getByLabel('Kata sandi', { exact: true }).press('Enter')
  await expect(page.getByRole('alert')).toContainText('Nama pengguna atau kata sandi salah.')
  await expect(page.getByLabel('Kata sandi', { exact: true })).toHaveValue('')
  await snap(page, '04-login-wrong-password')

  await page.getByLabel('Kata sandi', { exact: true }).fill(ADMIN.password)
  await page.getByLabel('Kata sandi', { exact: true }).press('Enter')
  await expect(page.getByRole('heading', { name: `Selamat datang, ${ADMIN.fullName}` })).toBeVisible()
  await expect(page.getByText('Loket LK1')).toBeVisible()
  await expect(page.getByText(/WIB$/)).toBeVisible()
  await snap(page, '05-home')
})

test('settings: bad input keeps the other edits; saved settings survive a reload', async ({ page }) => {
  await page.goto(webUrl())
  await page.getByLabel('Nama pengguna').fill(ADMIN.username)
  await page.getByLabel('Kata sandi', { exact: true }).fill(ADMIN.password)
  await page.getByLabel('Kata sandi', { exact: true }).press('Enter')
  await expect(page.getByRole('heading', { name: /Selamat datang/ })).toBeVisible()

  await page.keyboard.press('Alt+7')
  await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible()
  await expect(page.getByLabel('Nama kantor')).toHaveValue('Dinas Pemberdayaan Masyarakat dan Nagari')

  await page.getByLabel('Alamat kantor').fill('Jl. Merdeka No. 10, Arosuka')
  await page.getByLabel('Nama kantor').fill('')
  await page.getByRole('button', { name: 'Simpan' }).first().click()
  await expect(page.getByText('Wajib diisi.')).toBeVisible()
  await expect(page.getByLabel('Alamat kantor')).toHaveValue('Jl. Merdeka No. 10, Arosuka')
  await snap(page, '06-settings-invalid')

  await page.getByLabel('Nama kantor').fill('Dinas PMN Kabupaten Solok')
  await page.getByRole('combobox', { name: 'Zona waktu' }).click()
  await page.getByRole('option', { name: /WITA/ }).click()
  await page.getByLabel('Kode loket').fill('LK2')
  await page.locator('input[type=file]').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGUlEQVR4nGPgzsv7TwlmGDVg1IBRA4aLAQD/x+YQyc1A4AAAAABJRU5ErkJggg==',
      'base64',
    ),
  })
  await expect(page.getByRole('img', { name: 'Logo kop surat' })).toBeVisible()
  await page.getByRole('button', { name: 'Simpan' }).first().click()
  await expect(page.getByText('Pengaturan tersimpan.')).toBeVisible()
  await expect(page.getByRole('banner').getByText('Dinas PMN Kabupaten Solok')).toBeVisible()
  await snap(page, '07-settings-saved')

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Pengaturan' })).toBeVisible()
  await expect(page.getByLabel('Nama kantor')).toHaveValue('Dinas PMN Kabupaten Solok')
  await expect(page.getByLabel('Alamat kantor')).toHaveValue('Jl. Merdeka No. 10, Arosuka')
  await expect(page.getByRole('combobox', { name: 'Zona waktu' })).toHaveValue(/WITA/)
  await expect(page.getByLabel('Kode loket')).toHaveValue('LK2')
  await expect(page.getByRole('img', { name: 'Logo kop surat' })).toBeVisible()
  await expect(page.getByRole('banner').getByText('Loket LK2')).toBeVisible()
  await snap(page, '08-settings-after-reload')
})

test('English: the same screens in the second locale, and the choice is remembered', async ({ page }) => {
  await page.goto(webUrl())
  await page.getByText('EN', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.getByLabel('Username').fill(ADMIN.username)
  await page.getByLabel('Password', { exact: true }).fill('wrong-password')
  await page.getByLabel('Password', { exact: true }).press('Enter')
  await expect(page.getByRole('alert')).toContainText('Wrong username or password.')
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password)
  await page.getByLabel('Password', { exact: true }).press('Enter')
  await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.fullName}` })).toBeVisible()
  await expect(page.getByText(/WITA$/)).toBeVisible()
  await snap(page, '09-home-english')
  await page.reload()
  await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.fullName}` })).toBeVisible()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
})
