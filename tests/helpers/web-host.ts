import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { WebHost } from '../web-host/server'
import { startWebHost } from '../web-host/server'
import type { TempCore } from './temp-core'
import { tempCore } from './temp-core'

/**
 * A web host over a fresh desk (a real core on a temporary SQLite file) for a test file's tests,
 * with `token` as its page token and a stand-in page for the renderer: started before the first
 * test, closed after the last. Call at the top of the file.
 */
export function webHostForFile(token: string): { readonly desk: TempCore; readonly host: WebHost } {
  const rendererDir = mkdtempSync(join(tmpdir(), 'loket-renderer-'))
  let started: { desk: TempCore; host: WebHost } | null = null
  beforeAll(async () => {
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Loket</title>')
    const desk = tempCore()
    started = { desk, host: await startWebHost({ core: desk.core, rendererDir, token }) }
  })
  afterAll(async () => {
    await started?.host.close()
    started?.desk.dispose()
    rmSync(rendererDir, { recursive: true, force: true })
  })
  const get = () => {
    if (!started) throw new Error('the web host starts in beforeAll')
    return started
  }
  return {
    get desk() {
      return get().desk
    },
    get host() {
      return get().host
    },
  }
}
