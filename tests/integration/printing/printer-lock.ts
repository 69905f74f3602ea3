import { mkdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A lock left by a test process that died is taken over after this long. */
const STALE_MS = 5 * 60_000

/**
 * Runs `body` alone among the test files that stop and start the CUPS queue `printer`
 * (cups.test.ts, cups-queue.test.ts): vitest runs files in parallel processes, and one file's
 * `cupsenable` in the middle of another's stopped printer would print what that one expects held.
 * The lock is a directory in the temporary folder (mkdir is atomic); bounded wait.
 */
export async function withPrinterAlone<T>(printer: string, body: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), `loket-cups-lock-${printer.replace(/[^\w-]/g, '_')}`)
  const deadline = Date.now() + 3 * 60_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error
      const age = (() => {
        try {
          return Date.now() - statSync(lock).mtimeMs
        } catch {
          return 0
        }
      })()
      if (age > STALE_MS) rmSync(lock, { recursive: true, force: true })
      else if (Date.now() > deadline)
        throw new Error(`the CUPS queue ${printer} stayed locked by another test`, { cause: error })
      else await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  try {
    return await body()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}
