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
