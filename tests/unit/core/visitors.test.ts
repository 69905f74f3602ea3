import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../core/app'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, addUser, tempCore, visitorInput } from '../../helpers/temp-core'

let desk: TempCore
afterEach(() => desk?.dispose())

async function signedIn(d = tempCore()): Promise<TempCore> {
  if ((await d.call('app.info', {})).needsSetup) await d.call('setup.run', SETUP)
  await d.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
  return d
}

const visitor = visitorInput

describe('visitor registry', () => {
  it('registers a visitor with consent, normalising numbers, and reads what the NIK says', async () => {
    desk = await signedIn()
    const saved = await desk.call(
      'visitors.register',
      visitor({ fullName: 'Dewi Lestari', nik: '3273 0141 0590 0001', phone: '0812-3456-7890' }),
    )
    expect(saved).toMatchObject({
      fullName: 'Dewi Lestari',
      nik: '3273014105900001',
      nikMasked: expect.stringMatching(/^3273.+0001$/),
      phone: '+6281234567890',
      consentAt: desk.clock.now,
    })
    expect(saved.identities[0]).toMatchObject({
      kind: 'nik',
      birthDate: '1990-05-01',
      sex: 'female',
      regency: expect.stringMatching(/Bandung/),
    })
  })

  it('refuses a number that cannot be one, and a missing consent, field by field', async () => {
    desk = await signedIn()
    const error = await desk.fail('visitors.register', {
      ...visitor({ fullName: 'Budi', nik: '32010a', phone: '12' }),
      // What a form sends when the box was left unticked.
      consent: false,
    })
    expect(error.code).toBe('validation_failed')
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['consent', 'nik', 'phone'])
    expect(error.fields?.nik?.id).toMatch(/16 digit/)
    expect(error.fields?.consent?.en).toMatch(/consent/)
  })

  it('keeps one record per NIK and names whose it is', async () => {
    desk = await signedIn()
    await desk.call('visitors.register', visitor({ fullName: 'Dewi Lestari', nik: '3273014105900001' }))
    const error = await desk.fail(
      'visitors.register',
      visitor({ fullName: 'Dewi L', nik: '3273014105900001' }),
    )
    expect(error.code).toBe('nik_already_registered')
    expect(error.fields?.nik?.id).toContain('Dewi Lestari')
  })

  it('finds a phone however it is written, as registration read it, whole or while typing (issue 8)', async () => {
    desk = await signedIn()
    const dewi = await desk.call(
      'visitors.register',
      visitor({ fullName: 'Dewi Lestari', phone: '0812-3456-7890' }),
    )
    const eko = await desk.call(
      'visitors.register',
      visitor({ fullName: 'Eko Prasetyo', phone: '857 1234 5678' }),
    )
    const found = async (query: string) =>
      (await desk.call('visitors.search', { query, limit: 5 })).map((hit) => hit.id)
    for (const query of [
      '+62 0812 3456 7890',
      '(+62) 812 3456 7890',
      '812-3456-7890',
      '0812\u200B3456\u20607890',
      '+62 812 34',
      '812 345',
    ]) {
      expect(await found(query), query).toEqual([dewi.id])
    }
    expect(await found('857 1234 5678')).toEqual([eko.id])
    expect(await found('+62 857')).toEqual([eko.id])
  })

  it('takes a NIK pasted with invisible characters, and names a character that is no digit', async () => {
    desk = await signedIn()
    const saved = await desk.call(
      'visitors.register',
      visitor({ fullName: 'Ani', nik: '3273\u200B0141\u00AD05900001' }),
    )
    expect(saved.nik).toBe('3273014105900001')
    const refused = await desk.fail(
      'visitors.register',
      visitor({ fullName: 'Budi', nik: '3273O14105900001' }),
    )
    expect(refused.fields?.nik?.id).toContain('“O” bukan angka')
  })

  it('finds returning visitors by number, by name, by a spelling variant and by a slip', async () => {
    desk = await signedIn()
    const siti = await desk.call(
      'visitors.register',
      visitor({ fullName: 'Siti Rahmawati', nik: '1302014107850002', phone: '+62 813 1111 2222' }),
    )
    await desk.call('visitors.register', visitor({ fullName: 'Djoko Susanto' }))
    await desk.call('visitors.register', visitor({ fullName: 'Muhammad Yusuf' }))
    const search = async (query: string) => desk.call('visitors.search', { query, limit: 10 })

    expect((await search('1302 0141')).map((h) => h.id)).toEqual([siti.id])
    expect((await search('0813-1111')).map((h) => h.id)).toEqual([siti.id])
    expect((await search('6281311112222')).map((h) => h.id)).toEqual([siti.id])
    const byName = await search('siti rahm')
    expect(byName).toMatchObject([
      { id: siti.id, match: 'exact', nikMasked: expect.not.stringContaining('0141') },
    ])
    expect((await search('Rahmawaty'))[0]).toMatchObject({ id: siti.id, match: 'variant' })
    expect((await search('Joko'))[0]).toMatchObject({ fullName: 'Djoko Susanto', match: 'variant' })
    expect((await search('Mochamad Yusup'))[0]).toMatchObject({ fullName: 'Muhammad Yusuf' })
    expect((await search('Rahmwati'))[0]).toMatchObject({ id: siti.id, match: 'similar' })
    expect(await search('Bambang')).toEqual([])
  })

  it('lists the most recent visitor first, and an edit keeps the index right', async () => {
    desk = await signedIn()
    const first = await desk.call('visitors.register', visitor({ fullName: 'Ani Wijaya' }))
    desk.clock.now += 1000
    const second = await desk.call('visitors.register', visitor({ fullName: 'Ani Kusuma' }))
    expect((await desk.call('visitors.search', { query: 'ani', limit: 10 })).map((h) => h.id)).toEqual([
      second.id,
      first.id,
    ])
    desk.clock.now += 1000
    await desk.call('visitors.update', { id: first.id, ...visitor({ fullName: 'Ana Wijaya' }) })
    expect((await desk.call('visitors.search', { query: 'wijaya', limit: 10 }))[0]).toMatchObject({
      id: first.id,
      fullName: 'Ana Wijaya',
    })
    expect((await desk.call('visitors.search', { query: 'ani', limit: 10 })).map((h) => h.id)).toEqual([
      second.id,
    ])
  })

  it('lists a visitor who just came first, without rewriting their record (no lost edit by another desk)', async () => {
    desk = await signedIn()
    const older = await desk.call('visitors.register', visitor({ fullName: 'Rudi Hartono' }))
    desk.clock.now += 1000
    const newer = await desk.call('visitors.register', visitor({ fullName: 'Rudi Salim' }))
    const outboxOf = (table: string) => {
      const sqlite = new Database(join(desk.dataDir, DATABASE_FILE), { readonly: true })
      try {
        return sqlite.prepare(`select count(*) from outbox where table_name = ?`).pluck().get(table)
      } finally {
        sqlite.close()
      }
    }
    const visitorChanges = outboxOf('visitors')
    desk.clock.now += 1000
    await desk.call('visits.start', { visitorId: older.id, purpose: 'information' })
    expect(outboxOf('visitors')).toBe(visitorChanges)
    const hits = await desk.call('visitors.search', { query: 'rudi', limit: 5 })
    expect(hits.map((h) => h.id)).toEqual([older.id, newer.id])
    expect(hits[0]?.lastVisitAt).toBe(desk.clock.now)
    expect((await desk.call('visitors.get', { id: older.id })).lastVisitAt).toBe(desk.clock.now)
  })

  it('leaves the index as it is when the visitor who comes holds its newest key already', async () => {
    desk = await signedIn()
    const older = await desk.call('visitors.register', visitor({ fullName: 'Rudi Hartono' }))
    const newest = await desk.call('visitors.register', visitor({ fullName: 'Rudi Salim' }))
    const keyOf = (id: string) => {
      const sqlite = new Database(join(desk.dataDir, DATABASE_FILE), { readonly: true })
      try {
        return sqlite.prepare(`select key from visitor_search_keys where visitor_id = ?`).pluck().get(id)
      } finally {
        sqlite.close()
      }
    }
    const before = keyOf(newest.id)
    await desk.call('visits.start', { visitorId: newest.id, purpose: 'information' })
    expect(keyOf(newest.id)).toBe(before)
    await desk.call('visits.start', { visitorId: older.id, purpose: 'information' })
    expect(keyOf(older.id)).toBeGreaterThan(before as number)
    const hits = await desk.call('visitors.search', { query: 'rudi', limit: 5 })
    expect(hits.map((h) => h.id)).toEqual([older.id, newest.id])
  })

  it('rebuilds the search index when it was built by other keys, and finds the same people', async () => {
    desk = await signedIn()
    const saved = await desk.call('visitors.register', visitor({ fullName: 'Citra Handayani' }))
    const sqlite = new Database(join(desk.dataDir, DATABASE_FILE))
    sqlite.prepare(`update local_meta set value = '0' where key = 'search_index_version'`).run()
    sqlite.prepare(`insert into visitor_fts (visitor_fts) values ('delete-all')`).run()
    sqlite.close()
    desk = await signedIn(desk.reopen())
    expect((await desk.call('visitors.search', { query: 'handayani', limit: 5 })).map((h) => h.id)).toEqual([
      saved.id,
    ])
  })

  it('lets staff search and record a letter’s requester but not start a visit, and nobody without signing in', async () => {
    desk = await signedIn()
    await desk.call('visitors.register', visitor({ fullName: 'Eka Putri' }))
    const staff = await addUser(desk, 'staff')
    expect(await desk.call('visitors.search', { query: 'eka', limit: 5 }, staff)).toHaveLength(1)
    // Issue 12: the secretariat records the requester of a consultation by letter (seed 000 step 2).
    const requester = await desk.call('visitors.register', visitor({ fullName: 'Fajar Nugroho' }), staff)
    expect(
      (await desk.fail('visits.start', { visitorId: requester.id, purpose: 'information' }, staff)).code,
    ).toBe('forbidden')
    const stranger = await desk.fail('visitors.search', { query: 'eka' }, 'nobody-signed-in')
    expect(stranger.code).toBe('unauthenticated')
  })
})
