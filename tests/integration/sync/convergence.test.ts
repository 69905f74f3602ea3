import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { v7 as uuidv7 } from 'uuid'
import { afterAll, describe, expect, it } from 'vitest'
import { PullResponse } from '../../../common/sync-protocol'
import { SyncRetry } from '../../../core/sync/errors'
import { recordChange } from '../../../core/sync/outbox'
import { enrollWithServer, syncOnce, syncTarget } from '../../../core/sync/session'
import { nextStamp } from '../../../core/sync/stamp'
import { callServer } from '../../../core/sync/transport'
import type { OpenedDatabase } from '../../../db'
import { openDatabase } from '../../../db'
import { outbox, visitors } from '../../../db/schema'
import type { Fault } from '../../helpers/fault-proxy'
import { startFaultProxy } from '../../helpers/fault-proxy'
import { ServerProcess, freePort } from '../../helpers/server-process'
import { MIGRATIONS } from '../../helpers/temp-core'

/**
 * Three desks and a real server process, through a proxy that drops, delays, duplicates and cuts
 * requests and responses, with the server SIGKILLed and restarted midway. Seeded: the seed is
 * printed, and SYNC_SEED=<seed> replays the same run.
 */
const seed = Number(process.env.SYNC_SEED ?? Math.floor(Math.random() * 2 ** 31))
const rng = xoroshiro128plus(seed)
const FAULTS: Fault[] = [
  'drop_request',
  'delay',
  'reorder',
  'duplicate',
  'cut_request',
  'cut_response',
  'drop_response',
]
const ROUNDS = 14
const ADMIN_TOKEN = 'convergence-admin-token-0123456789abcdef'
const dir = mkdtempSync(join(tmpdir(), 'loket-convergence-'))
const now = () => Date.now()
let server: ServerProcess | null = null

afterAll(async () => {
  await server?.kill()
  rmSync(dir, { recursive: true, force: true })
})

async function admin(path: string, body: unknown): Promise<Record<string, unknown>> {
  if (!server) throw new Error('no server')
  const response = await fetch(`${server.url}/api/v1/admin${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return (await response.json()) as Record<string, unknown>
}

function writeVisitor(desk: OpenedDatabase, id: string, fullName: string): void {
  desk.db.transaction((tx) => {
    const row = { id, fullName, deletedAt: null, ...nextStamp(tx, now()) }
    tx.insert(visitors).values(row).onConflictDoUpdate({ target: visitors.id, set: row }).run()
    recordChange(tx, { table: visitors, rowId: id, op: 'upsert', hlc: row.hlc, data: row }, now())
  })
}

const replica = (desk: OpenedDatabase) =>
  desk.db
    .select({ id: visitors.id, fullName: visitors.fullName, hlc: visitors.hlc })
    .from(visitors)
    .all()
    .sort((a, b) => a.id.localeCompare(b.id))

async function trySync(desk: OpenedDatabase): Promise<number> {
  try {
    const outcome = await syncOnce(desk.db, { fetch, now })
    return outcome.pushed + outcome.pulled
  } catch (error) {
    if (error instanceof SyncRetry) return -1
    throw error
  }
}

describe(`sync convergence under faults (seed ${seed})`, () => {
  it('loses nothing, applies nothing twice, and leaves every replica equal once faults heal', async () => {
    console.log(`sync convergence seed: ${seed} (SYNC_SEED=${seed} replays it)`)
    server = new ServerProcess(await freePort(), {
      LOKET_SERVER_DATA: join(dir, 'central'),
      LOKET_ADMIN_TOKEN: ADMIN_TOKEN,
    })
    await server.start()
    let faulty = false
    const current = server
    const proxy = await startFaultProxy(
      () => current.url,
      () =>
        faulty && uniformFloat64(rng) < 0.45
          ? (FAULTS[uniformInt(rng, 0, FAULTS.length - 1)] ?? 'pass')
          : 'pass',
    )
    const { officeId } = (await admin('/offices', { name: 'Kantor Konvergensi' })) as { officeId: string }
    const desks: OpenedDatabase[] = []
    for (const n of [1, 2, 3, 4]) {
      const { code } = (await admin(`/offices/${officeId}/enrolment-codes`, {})) as { code: string }
      const desk = openDatabase({ file: join(dir, `desk-${n}.sqlite`), migrationsFolder: MIGRATIONS })
      const enrolled = await enrollWithServer(
        desk.db,
        { serverUrl: proxy.url, code, deskName: `L${n}`, deskCode: `LK${n}` },
        { fetch, now },
      )
      expect(enrolled.ok).toBe(true)
      desks.push(desk)
    }
    const observer = desks.pop()
    if (!observer) throw new Error('no observer desk')

    faulty = true
    let writes = 0
    const known: string[] = []
    for (let round = 0; round < ROUNDS; round++) {
      if (round === Math.floor(ROUNDS / 2)) await current.kill()
      if (round === Math.floor(ROUNDS / 2) + 2) await current.start()
      for (const desk of desks) {
        for (let i = uniformInt(rng, 0, 3); i > 0; i--) {
          // New visitors, and edits of visitors other desks registered: last writer must win everywhere.
          const edit = known.length > 0 && uniformFloat64(rng) < 0.3
          const id = edit ? (known[uniformInt(rng, 0, known.length - 1)] ?? uuidv7()) : uuidv7()
          if (!edit) known.push(id)
          writeVisitor(desk, id, `visitor ${writes}`)
          writes++
        }
        await trySync(desk)
      }
    }

    // Faults heal: the outboxes must drain by themselves, and the replicas settle.
    faulty = false
    let quiet = 0
    for (let pass = 0; pass < 30 && quiet < 2; pass++) {
      let moved = 0
      for (const desk of [...desks, observer]) moved += Math.abs(await trySync(desk))
      quiet = moved === 0 ? quiet + 1 : 0
    }
    expect(quiet, `replicas did not settle (seed ${seed})`).toBe(2)

    for (const desk of desks) expect(desk.db.select().from(outbox).all(), `seed ${seed}`).toEqual([])
    const expected = replica(observer)
    expect(expected.map((v) => v.id).sort()).toEqual([...new Set(known)].sort())
    for (const desk of desks) expect(replica(desk), `seed ${seed}`).toEqual(expected)

    // Exactly once in effect: the server's log holds one change per write, however often it was sent.
    const target = syncTarget(observer.db)
    if (!target) throw new Error('observer not enrolled')
    let cursor = 0
    let logged = 0
    for (;;) {
      const answer = await callServer(fetch, target.serverUrl, `/sync/pull?cursor=${cursor}`, {
        method: 'GET',
        token: target.token,
      })
      const page = PullResponse.parse(answer.body)
      logged += page.changes.filter((c) => c.table === 'visitors').length
      cursor = page.nextCursor
      if (!page.hasMore) break
    }
    expect(logged, `seed ${seed}`).toBe(writes)
    console.log(`faults injected: ${JSON.stringify(proxy.counts)}; ${writes} writes on ${desks.length} desks`)

    for (const desk of [...desks, observer]) desk.close()
    await proxy.close()
  })
})
