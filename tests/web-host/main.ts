import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createCore } from '../../core/app'
import { startWebHost } from './server'

/**
 * `npm run dev:web`: the app in a browser, on a machine without Electron. Env: LOKET_DATA_DIR
 * (default ./.loket-web-data), PORT (default 5180; 0 picks a free one), LOKET_WEB_TOKEN (default random),
 * LOKET_RENDERER_DIR (the built renderer; default out/renderer), LOKET_CLOCK_SKEW_MS (this desk's
 * clock set that far off, to see how a desk with a wrong PC clock behaves; default 0).
 */
const root = resolve(import.meta.dirname, '../..')
const dataDir = resolve(process.env.LOKET_DATA_DIR ?? join(root, '.loket-web-data'))
mkdirSync(dataDir, { recursive: true })
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }

const skew = Number(process.env.LOKET_CLOCK_SKEW_MS ?? 0)

async function main(): Promise<void> {
  const core = createCore({
    dataDir,
    migrationsFolder: join(root, 'db', 'migrations'),
    resourcesFolder: join(root, 'resources'),
    appVersion: pkg.version,
    ...(skew === 0 ? {} : { now: () => Date.now() + skew }),
  })
  const token = process.env.LOKET_WEB_TOKEN ?? randomBytes(24).toString('hex')
  const host = await startWebHost({
    core,
    token,
    rendererDir: resolve(process.env.LOKET_RENDERER_DIR ?? join(root, 'out', 'renderer')),
    port: Number(process.env.PORT ?? 5180),
  })
  core.sync.start()
  console.log(`Loket web host: data in ${dataDir}`)
  console.log(`LOKET_WEB_URL=${host.url}#token=${token}`)

  let stopping = false
  async function stop(): Promise<void> {
    if (stopping) return
    stopping = true
    await host.close()
    core.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

void main()
