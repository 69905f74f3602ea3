import type { Page } from '@playwright/test'

function fromConfig(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the e2e tests through playwright.config.ts`)
  return value
}

/** The first desk's web host, with this run's token (set by playwright.config.ts). */
export const webUrl = (): string => fromConfig('LOKET_WEB_URL')
/** A second desk, fresh, for the enrolment journey. */
export const enrolDeskUrl = (): string => fromConfig('LOKET_WEB_URL_ENROL')
/** The central server, and the token of its admin API. */
export const centralUrl = (): string => fromConfig('LOKET_CENTRAL_URL')
export const adminToken = (): string => fromConfig('LOKET_ADMIN_TOKEN')

/** A full-page screenshot under test-results/screens/, to be looked at, not compared. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true })
}

/** The office and administrator every journey can rely on (the foundation journey makes the same). */
export const DESK_ADMIN = { fullName: 'Siti Rahmawati', username: 'siti', password: 'rahasia-kuat-1' }

/**
 * Opens the first desk signed in as its administrator, setting the desk up first when a journey
 * runs on a fresh database, so each spec stands on its own whatever ran before it.
 */
export async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto(webUrl())
  const setup = page.getByRole('heading', { name: 'Penyiapan awal' })
  const login = page.getByRole('heading', { name: 'Masuk' })
  const signedIn = page.getByRole('navigation')
  await setup.or(login).or(signedIn).first().waitFor()
  if (await setup.isVisible()) {
    await page.getByLabel('Nama kantor').fill('Dinas Pemberdayaan Masyarakat dan Nagari')
    await page.getByLabel('Kode loket').fill('LK1')
    await page.getByLabel('Nama lengkap').fill(DESK_ADMIN.fullName)
    await page.getByLabel('Nama pengguna').fill(DESK_ADMIN.username)
    await page.getByLabel(/^Kata sandi/).fill(DESK_ADMIN.password)
    await page.getByLabel('Ulangi kata sandi').fill(DESK_ADMIN.password)
    await page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click()
    await login.waitFor()
  }
  if (await login.isVisible()) {
    await page.getByLabel('Nama pengguna').fill(DESK_ADMIN.username)
    await page.getByLabel('Kata sandi', { exact: true }).fill(DESK_ADMIN.password)
    await page.getByLabel('Kata sandi', { exact: true }).press('Enter')
  }
  await signedIn.waitFor()
}
