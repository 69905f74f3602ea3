import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { v7 as uuidv7 } from 'uuid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordChange } from '../../../core/sync/outbox'
import { enrollWithServer, syncOnce } from '../../../core/sync/session'
import { nextStamp } from '../../../core/sync/stamp'
import { openDatabase } from '../../../db'
import { visitors } from '../../../db/schema'
import { createEnrolmentCode, createOffice } from '../../../server/admin/operations'
import type { TestServer } from '../../helpers/test-server'
import { startTestServer } from '../../helpers/test-server'
import { MIGRATIONS } from '../../helpers/temp-core'

const root = resolve(import.meta.dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'loket-pull-crash-'))
const now = () => Date.now()
let central: TestServer
let database: TestServer['database']
let serverUrl = ''

beforeAll(async () => {
  central = await startTestServer()
  database = central.database
  serverUrl = central.url
})
afterAll(async () => {
  await central.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Starts a pull in a child process on the desk file and SIGKILLs it `afterMs` after it began. */
function pullThenKill(file: string, afterMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'tests/integration/sync/pull-child.ts'), file],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('pulling')) setTimeout(() => child.kill('SIGKILL'), afterMs)
    })
    child.on('exit', () => done())
    child.on('error', fail)
  })
}

describe('a desk killed while applying a pull', () => {
  it('resumes where its last committed page ended: nothing lost, nothing applied twice', async () => {
    const { officeId } = await createOffice(database.db, { name: 'Kantor Crash' }, now())
    const enrol = async (n: number) => {
      const desk = openDatabase({ file: join(dir, `desk-${n}.sqlite`), migrationsFolder: MIGRATIONS })
      const { code } = await createEnrolmentCode(database.db, { officeId }, now())
      await enrollWithServer(
        desk.db,
        { serverUrl, code, deskName: `L${n}`, deskCode: `LK${n}` },
        { fetch, now },
      )
      return desk
    }
    const writer = await enrol(1)
    const TOTAL = 6000
    for (let i = 0; i < TOTAL; i++) {
      writer.db.transaction((tx) => {
        const row = { id: uuidv7(), fullName: `Pengunjung ${i}`, deletedAt: null, ...nextStamp(tx, now()) }
        tx.insert(visitors).values(row).run()
        recordChange(tx, { table: visitors, rowId: row.id, op: 'upsert', hlc: row.hlc, data: row }, now())
      })
    }
    await syncOnce(writer.db, { fetch, now })
    writer.close()

    const reader = await enrol(2)
    const file = join(dir, 'desk-2.sqlite')
    reader.close()
    for (const afterMs of [150, 400, 700]) await pullThenKill(file, afterMs)

    const reopened = openDatabase({ file, migrationsFolder: MIGRATIONS })
    expect(reopened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    const partial = reopened.sqlite.prepare('select count(*) as n from visitors').get() as { n: number }
    await syncOnce(reopened.db, { fetch, now })
    const after = reopened.sqlite
      .prepare('select count(*) as n, count(distinct id) as ids from visitors')
      .get()
    expect(after).toEqual({ n: TOTAL, ids: TOTAL })
    console.log(`pull killed 3 times; ${partial.n} of ${TOTAL} visitors were in before resuming`)
    reopened.close()
  })
})
