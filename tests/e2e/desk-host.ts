import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { join } from 'node:path'

/** Playwright runs from the repository's root (its webServer commands rely on it too). */
const root = process.cwd()

export interface DeskHost {
  /** The desk's address with this run's token, to open in a page. */
  url: string
  stop(): Promise<void>
}

/**
 * One more desk for a journey that needs a fresh one of its own (its own data folder under this
 * run's, its own port), started like the configured web hosts; `env` adds e.g. a clock skew.
 */
export async function startDeskHost(
  name: string,
  port: number,
  env: Record<string, string> = {},
): Promise<DeskHost> {
  const token = process.env.LOKET_WEB_TOKEN ?? ''
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'tests/web-host/main.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        LOKET_DATA_DIR: join(process.env.LOKET_E2E_DATA ?? '', name),
        LOKET_WEB_TOKEN: token,
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`desk host ${name} exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${base}/`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`desk host ${name} did not start`)
    await new Promise((done) => setTimeout(done, 200))
  }
  return {
    url: `${base}/#token=${token}`,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
      }),
  }
}
