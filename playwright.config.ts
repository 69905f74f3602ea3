import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'

// Set once in the runner; workers inherit the environment, so they see the same run's values.
process.env.LOKET_WEB_TOKEN ??= randomBytes(24).toString('hex')
process.env.LOKET_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'loket-e2e-'))
process.env.LOKET_ADMIN_TOKEN ??= randomBytes(24).toString('hex')
const port = Number(process.env.LOKET_E2E_PORT ?? 5199)
/** A second, fresh desk (enrolled with the central server in its journey) and the central server itself. */
const enrolPort = port - 1
const centralPort = port + 600
process.env.LOKET_WEB_URL = `http://127.0.0.1:${port}/#token=${process.env.LOKET_WEB_TOKEN}`
process.env.LOKET_WEB_URL_ENROL = `http://127.0.0.1:${enrolPort}/#token=${process.env.LOKET_WEB_TOKEN}`
process.env.LOKET_CENTRAL_URL = `http://127.0.0.1:${centralPort}`

export default defineConfig({
  testDir: 'tests/e2e',
  // One desk database per run, and the journeys build on each other's state: run them in order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/artifacts',
  // The foundation journey sets up the first desk from its empty database, so it runs first; every
  // other journey signs in to that desk (or sets it up itself when run alone: helpers.signInAsAdmin).
  projects: [
    { name: 'foundation', testMatch: /foundation\.spec\.ts$/ },
    { name: 'journeys', testIgnore: /foundation\.spec\.ts$/, dependencies: ['foundation'] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: 'node_modules/.bin/tsx tests/web-host/main.ts',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(port),
        LOKET_DATA_DIR: join(process.env.LOKET_E2E_DATA, 'desk-a'),
        LOKET_WEB_TOKEN: process.env.LOKET_WEB_TOKEN,
      },
      stdout: 'pipe',
    },
    {
      command: 'node_modules/.bin/tsx tests/web-host/main.ts',
      url: `http://127.0.0.1:${enrolPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(enrolPort),
        LOKET_DATA_DIR: join(process.env.LOKET_E2E_DATA, 'desk-b'),
        LOKET_WEB_TOKEN: process.env.LOKET_WEB_TOKEN,
      },
      stdout: 'pipe',
    },
    {
      command: 'node_modules/.bin/tsx server/main.ts',
      url: `http://127.0.0.1:${centralPort}/api/v1/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(centralPort),
        LOKET_SERVER_DATA: join(process.env.LOKET_E2E_DATA, 'central'),
        LOKET_ADMIN_TOKEN: process.env.LOKET_ADMIN_TOKEN,
        LOG_LEVEL: 'warn',
      },
      stdout: 'pipe',
    },
  ],
})
