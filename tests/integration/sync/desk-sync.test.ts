import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore } from '../../../core/app'
import { recordChange } from '../../../core/sync/outbox'
import { SyncStop } from '../../../core/sync/errors'
import { enrollWithServer, syncOnce } from '../../../core/sync/session'
import { nextStamp } from '../../../core/sync/stamp'
import type { OpenedDatabase } from '../../../db'
import { openDatabase } from '../../../db'
import { outbox, syncRejects, users, visitors } from '../../../db/schema'
import {
  createEnrolmentCode,
  createOffice,
  createUser,
  disableUser,
  revokeDesk,
} from '../../../server/admin/operations'
import type { TestServer } from '../../helpers/test-server'
import { startTestServer } from '../../helpers/test-server'
import { MIGRATIONS, RESOURCES } from '../../helpers/temp-core'

/** Desks as they run: real SQLite files, talking HTTP to a real server listening on 127.0.0.1. */
let central: TestServer
let database: TestServer['database']
let serverUrl = ''
const dirs: string[] = []
const now = () => Date.now()

beforeAll(async () => {
  central = await startTestServer()
  database = central.database
  serverUrl = central.url
})
afterAll(async () => {
  await central.close()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

function openDesk(): OpenedDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'loket-desk-'))
  dirs.push(dir)
  return openDatabase({ file: join(dir, 'loket.sqlite'), migrationsFolder: MIGRATIONS })
}

async function enrolledDesk(officeId: string, deskCode: string): Promise<OpenedDatabase> {
  const desk = openDesk()
  const { code } = await createEnrolmentCode(database.db, { officeId }, now())
  const result = await enrollWithServer(
    desk.db,
    { serverUrl, code, deskName: `Loket ${deskCode}`, deskCode },
    { fetch, now },
  )
  expect(result.ok).toBe(true)
  return desk
}

/** A visitor written the way a desk repository writes: row and outbox entry in one transaction. */
function registerVisitor(desk: OpenedDatabase, fullName: string, id = uuidv7()): string {
  desk.db.transaction((tx) => {
    const row = { id, fullName, deletedAt: null, ...nextStamp(tx, now()) }
    tx.insert(visitors).values(row).onConflictDoUpdate({ target: visitors.id, set: row }).run()
    recordChange(tx, { table: visitors, rowId: id, op: 'upsert', hlc: row.hlc, data: row }, now())
  })
  return id
}

const names = (desk: OpenedDatabase) =>
  desk.db
    .select({ fullName: visitors.fullName })
    .from(visitors)
    .all()
    .map((v) => v.fullName)
    .sort()

describe('desks syncing through the central server', () => {
  it('brings visitors to the other desks of the office, users down from the centre, and drains the outbox', async () => {
    const { officeId } = await createOffice(database.db, { name: 'Kantor Sinkron' }, now())
    await createUser(
      database.db,
      { officeId, username: 'rina', fullName: 'Rina', role: 'receptionist', password: 'sandi-rahasia' },
      now(),
    )
    const a = await enrolledDesk(officeId, 'LK1')
    const b = await enrolledDesk(officeId, 'LK2')
    registerVisitor(a, 'Ani')
    registerVisitor(b, 'Budi')
    await syncOnce(a.db, { fetch, now })
    await syncOnce(b.db, { fetch, now })
    await syncOnce(a.db, { fetch, now })
    expect(names(a)).toEqual(['Ani', 'Budi'])
    expect(names(b)).toEqual(['Ani', 'Budi'])
    for (const desk of [a, b]) {
      expect(desk.db.select().from(outbox).all()).toEqual([])
      expect(desk.db.select({ username: users.username, active: users.active }).from(users).all()).toEqual([
        { username: 'rina', active: true },
      ])
    }
    await disableUser(database.db, { officeId, username: 'rina' }, now() + 1)
    await syncOnce(b.db, { fetch, now })
    expect(b.db.select({ active: users.active }).from(users).where(eq(users.username, 'rina')).get()).toEqual(
      { active: false },
    )
  })

  it('takes a pulled row that lacks its sync columns from the change envelope, and skips one it cannot take', async () => {
    const { officeId } = await createOffice(database.db, { name: 'Kantor Amplop' }, now())
    const a = await enrolledDesk(officeId, 'LK1')
    const b = await enrolledDesk(officeId, 'LK2')
    const bare = uuidv7()
    a.db.transaction((tx) => {
      const { hlc } = nextStamp(tx, now())
      recordChange(
        tx,
        { table: visitors, rowId: bare, op: 'upsert', hlc, data: { id: bare, fullName: 'Tanpa Kolom' } },
        now(),
      )
      // No full name: this desk's schema cannot hold it, so it is skipped and the page goes on.
      const broken = uuidv7()
      recordChange(
        tx,
        { table: visitors, rowId: broken, op: 'upsert', hlc: nextStamp(tx, now()).hlc, data: { id: broken } },
        now(),
      )
    })
    registerVisitor(a, 'Sesudahnya')
    await syncOnce(a.db, { fetch, now })
    await syncOnce(b.db, { fetch, now })
    expect(names(b)).toEqual(['Sesudahnya', 'Tanpa Kolom'])
  })

  it('moves a refused change to the rejects list and keeps going', async () => {
    const { officeId } = await createOffice(database.db, { name: 'Kantor Tolak' }, now())
    const desk = await enrolledDesk(officeId, 'LK1')
    desk.db.transaction((tx) => {
      recordChange(
        tx,
        {
          table: visitors,
          rowId: 'row-1',
          op: 'upsert',
          hlc: nextStamp(tx, now()).hlc,
          data: { id: 'other-id' },
        },
        now(),
      )
    })
    registerVisitor(desk, 'Citra')
    expect(await syncOnce(desk.db, { fetch, now })).toMatchObject({ pushed: 2 })
    expect(desk.db.select({ code: syncRejects.code }).from(syncRejects).all()).toEqual([{ code: 'bad_data' }])
    expect(desk.db.select().from(outbox).all()).toEqual([])
  })

  it('stops syncing, and says why, once its token is revoked; local writes still succeed', async () => {
    const { officeId } = await createOffice(database.db, { name: 'Kantor Cabut' }, now())
    const desk = await enrolledDesk(officeId, 'LK1')
    await syncOnce(desk.db, { fetch, now })
    const deskId = desk.sqlite
      .prepare(`select value from local_meta where key = 'desk_id'`)
      .pluck()
      .get() as string
    await revokeDesk(database.db, deskId, now())
    registerVisitor(desk, 'Dedi')
    await expect(syncOnce(desk.db, { fetch, now })).rejects.toMatchObject({ reason: 'revoked' })
    await expect(syncOnce(desk.db, { fetch, now })).rejects.toBeInstanceOf(SyncStop)
    expect(names(desk)).toEqual(['Dedi'])
    expect(desk.db.select().from(outbox).all()).toHaveLength(1)
  })

  it('enrols a fresh desk through the contract, signs in a centrally created user, and reports its sync state', async () => {
    const { officeId } = await createOffice(database.db, { name: 'Kantor Kontrak' }, now())
    await createUser(
      database.db,
      { officeId, username: 'sari', fullName: 'Sari', role: 'admin', password: 'sandi-rahasia' },
      now(),
    )
    const dataDir = mkdtempSync(join(tmpdir(), 'loket-desk-'))
    dirs.push(dataDir)
    const core = createCore({
      dataDir,
      migrationsFolder: MIGRATIONS,
      resourcesFolder: RESOURCES,
      appVersion: 'test',
    })
    const client = { clientKey: 'w' }
    try {
      const bad = await core.dispatch(client, 'sync.enroll', {
        serverUrl: serverUrl,
        code: 'WRONG-CODE',
        deskCode: 'LK9',
      })
      expect(bad).toMatchObject({ ok: false, error: { code: 'enrolment_code_invalid' } })
      const unreachable = await core.dispatch(client, 'sync.enroll', {
        serverUrl: 'http://127.0.0.1:9',
        code: 'ABCD-EFGH-JKMN',
        deskCode: 'LK9',
      })
      expect(unreachable).toMatchObject({ ok: false, error: { code: 'server_unreachable' } })
      const malformed = await core.dispatch(client, 'sync.enroll', {
        serverUrl: 'loket kantor',
        code: 'x',
        deskCode: 'LK9',
      })
      expect(malformed).toMatchObject({
        ok: false,
        error: { code: 'validation_failed', fields: { serverUrl: expect.anything() } },
      })

      const { code } = await createEnrolmentCode(database.db, { officeId }, now())
      expect(await core.dispatch(client, 'sync.enroll', { serverUrl, code, deskCode: 'LK9' })).toEqual({
        ok: true,
        value: { officeId },
      })
      expect(
        await core.dispatch(client, 'auth.login', { username: 'sari', password: 'sandi-rahasia' }),
      ).toMatchObject({
        ok: true,
        value: { role: 'admin' },
      })
      const status = await core.dispatch(client, 'sync.now', {})
      expect(status).toMatchObject({
        ok: true,
        value: {
          enrolled: true,
          phase: 'idle',
          pending: 0,
          rejected: 0,
          stopReason: null,
          lastSuccessAt: expect.any(Number),
        },
      })
    } finally {
      core.close()
    }
  })
})
