import { rmSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { v7 as uuidv7 } from 'uuid'
import type { ChainHolder, ComplaintEventKind } from '../../common/complaints/chain'
import { formatComplaintNumber } from '../../common/complaints/complaint'
import { formatHlc } from '../../common/hlc'
import { nameWords, phoneticKey } from '../../common/search/name-keys'
import { DATABASE_FILE, createCore } from '../../core/app'
import { SETUP } from '../helpers/temp-core'
import { MIGRATIONS, RESOURCES, percentile, seededDesk } from './seeded'

/**
 * `npm run bench` (complaints, issue 11): on a desk database seeded with 1,000,000 complaints and
 * 10,000,000 events along the SP4N-LAPOR! chain, the officer's lookup through the contract (local
 * number, LAPOR! ID, NIK, phone, name) beside its own statements on raw better-sqlite3 (goal: p95
 * < 10 ms and ≤ 2× the raw query), and a complaint's detail (record, ten events folded, hops timed
 * on the office calendar). The complainants here are names alone (found by their own keys); the
 * visitor search the lookup also asks is measured on a million visitors in tests/bench/front-desk.ts.
 * Figures only, never assertions. The seeded file is kept in .tmp/bench/ (BENCH_RESEED=1 remakes it).
 */
const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 1_000_000)
/** The chain from report to closing: ten events (seed 004). */
const CHAIN: [ComplaintEventKind, ChainHolder, ChainHolder | null][] = [
  ['reported', 'admin_nasional', null],
  ['forwarded', 'admin_nasional', 'admin_instansi'],
  ['received', 'admin_instansi', null],
  ['forwarded', 'admin_instansi', 'admin_eselon1'],
  ['received', 'admin_eselon1', null],
  ['responded', 'admin_eselon1', null],
  ['forwarded', 'admin_eselon1', 'admin_upt'],
  ['received', 'admin_upt', null],
  ['followed_up', 'admin_upt', null],
  ['completed', 'admin_upt', null],
]
const SEED_VERSION = `v1-${COMPLAINTS}`

const FIRST = ['Siti', 'Muhammad', 'Dewi', 'Agus', 'Sri', 'Budi', 'Nur', 'Ahmad', 'Putri', 'Rina', 'Eko']
const MIDDLE = ['', ' Dwi', ' Tri', ' Ayu', ' Nur', ' Indah', ' Adi', ' Rizky', ' Eka']
const LAST = ['Lestari', 'Santoso', 'Pratama', 'Hidayat', 'Wati', 'Saputra', 'Rahmawati', 'Kurniawan']
const SUBJECTS = ['Jalan rusak', 'Pungutan liar', 'Lampu jalan mati', 'Antrean lama', 'Sampah menumpuk']
const CHANNELS = ['lapor', 'walk_in', 'whatsapp', 'email', 'letter'] as const

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** Seeds straight into SQLite, the rows as the core writes them and their derived state and keys. */
function seed(file: string): void {
  const sqlite = new Database(file)
  sqlite.pragma('synchronous = OFF')
  const deskId = sqlite.prepare(`select value from local_meta where key = 'desk_id'`).pluck().get() as string
  const insertComplaint = sqlite.prepare(`insert into complaints
    (id, updated_at, hlc, deleted_at, origin_desk, number, lapor_tracking_id, channel, classification, category, subject,
     visitor_id, complainant_name, complainant_nik, complainant_phone, reported_at, desk_id, visit_id, created_by)
    values (?, ?, ?, null, ?, ?, ?, ?, 'pengaduan', '', ?, null, ?, ?, ?, ?, ?, null, null)`)
  const insertEvent = sqlite.prepare(`insert into complaint_events
    (id, hlc, origin_desk, complaint_id, kind, at, by, "to", actor, note, desk_id, user_id)
    values (?, ?, ?, ?, ?, ?, ?, ?, null, null, ?, null)`)
  const insertState = sqlite.prepare(
    `insert into complaint_states (complaint_id, stage, holder, since, due_at, events) values (?, 'completed', 'admin_upt', ?, null, ?)`,
  )
  const insertKey = sqlite.prepare(
    `insert or ignore into complaint_name_keys (key, complaint_id) values (?, ?)`,
  )
  const rng = xoroshiro128plus(2026)
  const int = (n: number) => uniformInt(rng, 0, n - 1)
  const start = Date.UTC(2024, 0, 2, 2)
  const DAY = 86_400_000
  const perDay = new Map<string, number>()
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = uuidv7()
      const at = start + Math.floor((i / COMPLAINTS) * 1000 * DAY) + int(8 * 60) * 60_000
      const day = new Date(at + 7 * 3_600_000).toISOString().slice(0, 10)
      const serial = (perDay.get(day) ?? 0) + 1
      perDay.set(day, serial)
      const name = `${FIRST[int(FIRST.length)]}${MIDDLE[int(MIDDLE.length)]} ${LAST[int(LAST.length)]}`
      const hlc = formatHlc({ millis: at, counter: 0 }, deskId)
      insertComplaint.run(
        id,
        at,
        hlc,
        deskId,
        formatComplaintNumber('LK1', day, serial),
        `LPR-${pad(i, 8)}`,
        CHANNELS[int(CHANNELS.length)],
        SUBJECTS[int(SUBJECTS.length)],
        name,
        `32${pad(int(100_000_000), 8)}${pad(i % 1_000_000, 6)}`,
        `+62812${pad(i, 8)}`,
        at,
        deskId,
      )
      CHAIN.forEach(([kind, by, to], n) => {
        insertEvent.run(uuidv7(), hlc, deskId, id, kind, at + n * 3_600_000, by, to, deskId)
      })
      insertState.run(id, at + 9 * 3_600_000, CHAIN.length)
      for (const key of new Set(nameWords(name).map(phoneticKey))) insertKey.run(key, id)
    }
  })
  const began = performance.now()
  for (let from = 0; from < COMPLAINTS; from += 10_000) {
    batch(from, Math.min(COMPLAINTS, from + 10_000))
    if ((from / 10_000) % 10 === 0) process.stdout.write(`\rseeding ${from.toLocaleString('en')} complaints…`)
  }
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  sqlite.prepare('analyze').run()
  sqlite.close()
  console.log(
    `\rseeded ${COMPLAINTS.toLocaleString('en')} complaints and ${(COMPLAINTS * CHAIN.length).toLocaleString('en')} events in ${((performance.now() - began) / 1000).toFixed(0)} s`,
  )
}

const ms = (value: number) => `${value.toFixed(3)} ms`

interface Sample {
  number: string
  lapor: string
  nik: string
  phone: string
  name: string
  id: string
}

async function main(): Promise<void> {
  const dataDir = await seededDesk(`complaints-${SEED_VERSION}`, seed)
  const core = createCore({
    dataDir,
    migrationsFolder: MIGRATIONS,
    resourcesFolder: RESOURCES,
    appVersion: 'bench',
  })
  const raw = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
  const client = { clientKey: 'bench' }
  try {
    await core.dispatch(client, 'auth.login', {
      username: SETUP.adminUsername,
      password: SETUP.adminPassword,
    })
    const load = () => `load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} CPUs`
    const step = Math.max(1, Math.floor(COMPLAINTS / 400))
    const sample = raw
      .prepare(
        `select id, number, lapor_tracking_id as lapor, complainant_nik as nik, complainant_phone as phone, complainant_name as name
         from complaints where rowid in (${Array.from({ length: 400 }, (_, i) => 1 + i * step).join(',')})`,
      )
      .all() as Sample[]
    // The raw statements each reading comes down to (core/complaints/lookup.ts), then the states of the hits.
    const byNumber = raw.prepare(`select * from complaints where number = ? or lapor_tracking_id in (?, ?)`)
    const byNik = raw.prepare(`select * from complaints where complainant_nik = ? limit 20`)
    const byPhone = raw.prepare(`select * from complaints where complainant_phone = ? limit 20`)
    const states = raw.prepare(
      `select * from complaint_states where complaint_id in (select value from json_each(?))`,
    )
    const withStates = (rows: { id: string }[]) => states.all(JSON.stringify(rows.map((row) => row.id)))
    const byName = (name: string) => {
      const keys = [...new Set(nameWords(name).map(phoneticKey))]
      const ids = raw
        .prepare(
          `${keys.map(() => 'select complaint_id from complaint_name_keys where key = ?').join(' intersect ')} limit 20`,
        )
        .pluck()
        .all(...keys) as string[]
      return raw
        .prepare(`select * from complaints where id in (select value from json_each(?))`)
        .all(JSON.stringify(ids)) as { id: string }[]
    }
    const kinds: [string, (s: Sample) => string, (s: Sample) => unknown][] = [
      [
        'local number (ADU-LK1-…)',
        (s) => s.number,
        (s) => withStates(byNumber.all(s.number, s.number, s.number) as { id: string }[]),
      ],
      [
        'LAPOR! tracking ID',
        (s) => s.lapor,
        (s) =>
          withStates(byNumber.all(s.lapor.toUpperCase(), s.lapor, s.lapor.toUpperCase()) as { id: string }[]),
      ],
      ['NIK', (s) => s.nik, (s) => withStates(byNik.all(s.nik) as { id: string }[])],
      [
        'phone (0812…)',
        (s) => `0${s.phone.slice(3)}`,
        (s) => withStates(byPhone.all(s.phone) as { id: string }[]),
      ],
      ['name (complainant, names alone)', (s) => s.name, (s) => withStates(byName(s.name))],
    ]
    console.log(
      `complaint lookup on ${COMPLAINTS.toLocaleString('en')} complaints and ${(COMPLAINTS * CHAIN.length).toLocaleString('en')} events (limit 20; goal: p95 < 10 ms and ≤ 2× the raw query; ${load()})`,
    )
    // What any call through the contract costs (session, input check, the turn of the event loop):
    // the floor under a lookup whose raw statements take a tenth of a millisecond.
    const floor: number[] = []
    for (let i = 0; i < 400; i++) {
      const t = performance.now()
      await core.dispatch(client, 'auth.session', {})
      floor.push(performance.now() - t)
    }
    floor.sort((a, b) => a - b)
    console.log(
      `  ${'the contract alone (auth.session)'.padEnd(34)} p50 ${ms(percentile(floor, 50))}  p95 ${ms(percentile(floor, 95))}`,
    )
    for (const [kind, query, direct] of kinds) {
      const contract: number[] = []
      const rawTimes: number[] = []
      let found = 0
      for (const s of sample) {
        let t = performance.now()
        const result = await core.dispatch(client, 'complaints.lookup', { query: query(s), limit: 20 })
        contract.push(performance.now() - t)
        if (result.ok && (result.value as { hits: unknown[] }).hits.length > 0) found += 1
        t = performance.now()
        direct(s)
        rawTimes.push(performance.now() - t)
      }
      contract.sort((a, b) => a - b)
      rawTimes.sort((a, b) => a - b)
      const p50 = percentile(contract, 50)
      const p95 = percentile(contract, 95)
      const rawP50 = percentile(rawTimes, 50)
      const rawP95 = percentile(rawTimes, 95)
      console.log(
        `  ${kind.padEnd(34)} p50 ${ms(p50)}  p95 ${ms(p95)}  | raw statements p50 ${ms(rawP50)} p95 ${ms(rawP95)}; ours ${(p50 / rawP50).toFixed(2)}× at p50, ${(p95 / rawP95).toFixed(2)}× at p95  | found ${found}/${sample.length}`,
      )
    }
    const detail: number[] = []
    for (const s of sample) {
      const t = performance.now()
      const result = await core.dispatch(client, 'complaints.get', { id: s.id })
      detail.push(performance.now() - t)
      if (!result.ok) throw new Error(JSON.stringify(result.error))
    }
    detail.sort((a, b) => a - b)
    console.log(
      `complaint detail (record, ${CHAIN.length} events folded, hops timed on the calendar): p50 ${ms(percentile(detail, 50))}  p95 ${ms(percentile(detail, 95))}`,
    )
  } finally {
    raw.close()
    core.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

void main()
