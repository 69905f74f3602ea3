import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { v7 as uuidv7 } from 'uuid'
import { formatHlc } from '../../common/hlc'
import type { ChangeRecord } from '../../common/sync-protocol'
import { DESK_SCHEMA_VERSION, PullResponse } from '../../common/sync-protocol'
import { recordChange } from '../../core/sync/outbox'
import { enrollWithServer, syncOnce } from '../../core/sync/session'
import { nextStamp } from '../../core/sync/stamp'
import { openDatabase } from '../../db'
import { visitors } from '../../db/schema'
import { ServerProcess, freePort } from '../helpers/server-process'

/**
 * `npm run bench` (sync part): push and pull throughput for 100,000 changes beside a raw batched
 * INSERT of the same rows into the same database, three offline desks with 10,000 changes each
 * converging, and the server's memory meanwhile. PostgreSQL from BENCH_DATABASE_URL or
 * TEST_DATABASE_URL (a throwaway database is made in it); PGlite otherwise.
 */
const TOTAL = Number(process.env.BENCH_CHANGES ?? 100_000)
const PER_DESK = Number(process.env.BENCH_DESK_CHANGES ?? 10_000)
const BATCH = 1000
const ADMIN = 'bench-admin-token-0123456789abcdef0123'
const now = () => Date.now()

async function throwawayDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
  if (!adminUrl) return null
  const name = `loket_bench_${randomBytes(4).toString('hex')}`
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  await client.query(`create database ${name}`)
  await client.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl })
      await c.connect()
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
    },
  }
}

async function admin(server: ServerProcess, path: string, body: unknown): Promise<Record<string, string>> {
  const response = await fetch(`${server.url}/api/v1/admin${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return (await response.json()) as Record<string, string>
}

async function enroll(server: ServerProcess, officeId: string) {
  const { code = '' } = await admin(server, `/offices/${officeId}/enrolment-codes`, {})
  const response = await fetch(`${server.url}/api/v1/desks/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deskName: 'bench' }),
  })
  return (await response.json()) as { deskId: string; token: string }
}

const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en')} changes/s`

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-sync-'))
  const database = await throwawayDatabase()
  const server = new ServerProcess(await freePort(), {
    LOKET_ADMIN_TOKEN: ADMIN,
    ...(database ? { DATABASE_URL: database.url } : { LOKET_SERVER_DATA: join(dir, 'central') }),
  })
  await server.start()
  let peakRss = server.rssMiB()
  const sample = () => (peakRss = Math.max(peakRss, server.rssMiB()))
  console.log(
    `central server on ${database ? 'PostgreSQL' : 'PGlite'}; ${TOTAL.toLocaleString('en')} changes`,
  )
  try {
    const { officeId = '' } = await admin(server, '/offices', { name: 'Kantor Bench' })
    const pusher = await enroll(server, officeId)
    const puller = await enroll(server, officeId)

    const started = performance.now()
    for (let seq = 1; seq <= TOTAL; seq += BATCH) {
      const changes: ChangeRecord[] = []
      for (let s = seq; s < seq + BATCH && s <= TOTAL; s++) {
        const id = uuidv7()
        changes.push({
          seq: s,
          id: uuidv7(),
          table: 'visitors',
          rowId: id,
          op: 'upsert',
          hlc: formatHlc({ millis: now(), counter: s % 0xffff }, pusher.deskId),
          data: { id, fullName: `Pengunjung ${s}`, phone: '+6281234567890' },
        })
      }
      const response = await fetch(`${server.url}/api/v1/sync/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${pusher.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ deskId: pusher.deskId, schemaVersion: DESK_SCHEMA_VERSION, changes }),
      })
      if (response.status !== 200) throw new Error(`push answered ${response.status}`)
      sample()
    }
    const pushMs = performance.now() - started

    const pullStart = performance.now()
    let cursor = 0
    let pulled = 0
    for (;;) {
      const response = await fetch(`${server.url}/api/v1/sync/pull?cursor=${cursor}&limit=1000`, {
        headers: { authorization: `Bearer ${puller.token}` },
      })
      const page = PullResponse.parse(await response.json())
      pulled += page.changes.length
      cursor = page.nextCursor
      sample()
      if (!page.hasMore) break
    }
    const pullMs = performance.now() - pullStart
    console.log(`push   ${rate(TOTAL, pushMs)}  (${(pushMs / 1000).toFixed(1)} s)`)
    console.log(
      `pull   ${rate(pulled, pullMs)}  (${(pullMs / 1000).toFixed(1)} s, ${pulled.toLocaleString('en')} changes)`,
    )

    if (database) {
      const client = new pg.Client({ connectionString: database.url })
      await client.connect()
      await client.query('create table raw_insert (like changes including defaults)')
      const rawStart = performance.now()
      for (let seq = 1; seq <= TOTAL; seq += BATCH) {
        const values: unknown[] = []
        const rows: string[] = []
        for (let s = seq; s < seq + BATCH && s <= TOTAL; s++) {
          const id = uuidv7()
          const base = values.length
          rows.push(
            `($${base + 1}, $${base + 2}, $${base + 3}, 'visitors', $${base + 4}, 'upsert', $${base + 5}, $${base + 6}, $${base + 7})`,
          )
          values.push(
            officeId,
            pusher.deskId,
            uuidv7(),
            id,
            formatHlc({ millis: now(), counter: 0 }, 'x'),
            { id, fullName: `Pengunjung ${s}` },
            now(),
          )
        }
        await client.query(
          `insert into raw_insert (office_id, origin_desk_id, change_id, table_name, row_id, op, hlc, data, received_at) values ${rows.join(',')}`,
          values,
        )
      }
      const rawMs = performance.now() - rawStart
      await client.end()
      console.log(
        `raw batched INSERT ${rate(TOTAL, rawMs)}  → push/raw ratio ${(rawMs / pushMs).toFixed(2)} (goal ≥ 0.3)`,
      )
    } else {
      console.log('raw batched INSERT: needs PostgreSQL (set BENCH_DATABASE_URL or TEST_DATABASE_URL)')
    }

    const desks = []
    for (let n = 0; n < 3; n++) {
      const { code = '' } = await admin(server, `/offices/${officeId}/enrolment-codes`, {})
      const desk = openDatabase({
        file: join(dir, `desk-${n}.sqlite`),
        migrationsFolder: resolve(import.meta.dirname, '../../db/migrations'),
      })
      await enrollWithServer(
        desk.db,
        { serverUrl: server.url, code, deskName: `L${n}`, deskCode: `LK${n}` },
        { fetch, now },
      )
      await syncOnce(desk.db, { fetch, now })
      for (let i = 0; i < PER_DESK; i++) {
        desk.db.transaction((tx) => {
          const row = {
            id: uuidv7(),
            fullName: `Desk ${n} visitor ${i}`,
            deletedAt: null,
            ...nextStamp(tx, now()),
          }
          tx.insert(visitors).values(row).run()
          recordChange(tx, { table: visitors, rowId: row.id, op: 'upsert', hlc: row.hlc, data: row }, now())
        })
      }
      desks.push(desk)
    }
    const convergeStart = performance.now()
    for (let round = 0; round < 2; round++) {
      for (const desk of desks) {
        await syncOnce(desk.db, { fetch, now })
        sample()
      }
    }
    const convergeMs = performance.now() - convergeStart
    const counts = desks.map(
      (d) => d.sqlite.prepare('select count(*) as n from visitors').get() as { n: number },
    )
    console.log(
      `3 desks × ${PER_DESK.toLocaleString('en')} offline changes converged in ${(convergeMs / 1000).toFixed(1)} s (visitors per desk: ${counts.map((c) => c.n).join(', ')})`,
    )
    console.log(`server peak RSS ${peakRss.toFixed(0)} MiB`)
    for (const desk of desks) desk.close()
  } finally {
    await server.kill()
    await database?.drop()
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
