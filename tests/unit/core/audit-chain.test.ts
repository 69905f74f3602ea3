import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AUDIT_GENESIS, chainHead, verifyAuditChain } from '../../../core/audit/chain'
import { DATABASE_FILE } from '../../../core/app'
import type { OpenedDatabase } from '../../../db'
import { openDatabase } from '../../../db'
import type { TempCore } from '../../helpers/temp-core'
import { MIGRATIONS, SETUP, tempCore, visitorInput } from '../../helpers/temp-core'

/**
 * Issue 13 (first piece): the audit log as a hash chain, on a real desk file written through the
 * contract. The database refuses to change or remove an entry; one who drops its triggers and
 * edits, deletes, reorders or cuts entries is found at the first entry that shows it; erasing a
 * detail's personal data leaves the chain whole.
 */

let desk: TempCore
let opened: OpenedDatabase | null = null
afterEach(() => {
  opened?.close()
  opened = null
  desk?.dispose()
})

/** A desk with a few audited commands, closed, and its file opened as whoever holds it would. */
async function loggedDesk(): Promise<OpenedDatabase> {
  desk = tempCore()
  await desk.call('setup.run', SETUP)
  await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
  await desk.fail('auth.login', { username: SETUP.adminUsername, password: 'salah-sandi-9' }, 'other')
  for (const fullName of ['Dewi Lestari', 'Budi Santoso', 'Sri Wahyuni']) {
    await desk.call('visitors.register', visitorInput({ fullName }))
  }
  desk.core.close()
  opened = openDatabase({ file: join(desk.dataDir, DATABASE_FILE), migrationsFolder: MIGRATIONS })
  return opened
}

/** What an attacker with the file does first: drops the triggers that keep the log append-only. */
function dropGuards(db: OpenedDatabase) {
  db.sqlite.exec('drop trigger audit_log_no_update; drop trigger audit_log_no_delete')
}

const ids = (db: OpenedDatabase) =>
  db.sqlite.prepare('select id from audit_log order by rowid').pluck().all() as string[]

describe('the audit log’s hash chain', () => {
  it('chains every entry from the genesis, and verifies', async () => {
    const db = await loggedDesk()
    const check = verifyAuditChain(db.db)
    expect(check).toMatchObject({ ok: true, broken: null, detailsChanged: 0 })
    expect(check.entries).toBe(ids(db).length)
    expect(check.entries).toBeGreaterThanOrEqual(6)
    expect(check.head).toBe(chainHead(db.db))
    expect(check.head).not.toBe(AUDIT_GENESIS)
    const first = db.sqlite.prepare('select prev_hash from audit_log order by rowid limit 1').pluck().get()
    expect(first).toBe(AUDIT_GENESIS)
  })

  it('is refused any change or removal by the database itself, but a new sync stamp', async () => {
    const db = await loggedDesk()
    expect(() => db.sqlite.prepare(`update audit_log set action = 'x'`).run()).toThrow(/append-only/)
    expect(() => db.sqlite.prepare(`update audit_log set detail = null`).run()).toThrow(/append-only/)
    // A change refused for a clock that ran ahead is sent again with a new HLC: that alone may change.
    db.sqlite.prepare(`update audit_log set hlc = hlc || '-x'`).run()
    expect(verifyAuditChain(db.db).ok).toBe(true)
    expect(() => db.sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/)
  })

  it('finds an edited entry, at that entry', async () => {
    const db = await loggedDesk()
    dropGuards(db)
    const target = ids(db)[3]
    db.sqlite.prepare(`update audit_log set outcome = 'ok' where id = ?`).run(target)
    db.sqlite.prepare(`update audit_log set user_id = 'someone-else' where id = ?`).run(target)
    expect(verifyAuditChain(db.db).broken).toEqual({ reason: 'altered', id: target, position: 4 })
  })

  it('finds a deleted entry, at the one after it', async () => {
    const db = await loggedDesk()
    dropGuards(db)
    const all = ids(db)
    db.sqlite.prepare('delete from audit_log where id = ?').run(all[2])
    expect(verifyAuditChain(db.db).broken).toEqual({ reason: 'link', id: all[3], position: 3 })
  })

  it('finds two entries swapped', async () => {
    const db = await loggedDesk()
    dropGuards(db)
    const rows = db.sqlite.prepare('select rowid, * from audit_log order by rowid').all() as Record<
      string,
      unknown
    >[]
    const [a, b] = [rows[1], rows[2]]
    if (!a || !b) throw new Error('too few entries')
    // Each row takes the other's content: the order of the log is what changed.
    db.sqlite.prepare("update audit_log set id = id || '-tmp' where rowid in (?, ?)").run(a.rowid, b.rowid)
    const put = db.sqlite.prepare(
      `update audit_log set id = @id, hlc = @hlc, origin_desk = @origin_desk, at = @at, user_id = @user_id,
         desk_id = @desk_id, action = @action, outcome = @outcome, detail = @detail, detail_hash = @detail_hash,
         prev_hash = @prev_hash, hash = @hash where rowid = @at_rowid`,
    )
    put.run({ ...b, at_rowid: a.rowid })
    put.run({ ...a, at_rowid: b.rowid })
    expect(verifyAuditChain(db.db).broken).toMatchObject({ reason: 'link', position: 2, id: b.id })
  })

  it('finds a cut tail against the head carried outside the database, and only then', async () => {
    const db = await loggedDesk()
    const head = verifyAuditChain(db.db).head
    dropGuards(db)
    const all = ids(db)
    for (const id of all.slice(-2)) db.sqlite.prepare('delete from audit_log where id = ?').run(id)
    // What is left is a whole chain: the cut shows only against the head printed before.
    expect(verifyAuditChain(db.db).ok).toBe(true)
    expect(verifyAuditChain(db.db, head)).toMatchObject({
      ok: false,
      entries: all.length - 2,
      broken: { reason: 'truncated', id: null },
    })
  })

  it('stays whole when a detail’s personal data is erased, and counts the erased detail', async () => {
    const db = await loggedDesk()
    // Erasure (UU 27/2022) replaces a detail; the chain covers only its hash.
    db.sqlite.exec('drop trigger audit_log_no_update')
    const target = ids(db)[4]
    db.sqlite.prepare(`update audit_log set detail = '{"erased":true}' where id = ?`).run(target)
    expect(verifyAuditChain(db.db)).toMatchObject({ ok: true, broken: null, detailsChanged: 1 })
  })
})
