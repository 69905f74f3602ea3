import { rmSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { v7 as uuidv7 } from 'uuid'
import type { IkmPeriod } from '../../common/ikm/periods'
import { periodRange } from '../../common/ikm/periods'
import { skmQuestionnaire } from '../../common/skm'
import { DATABASE_FILE } from '../../core/app'
import { ikmReport, populationOf } from '../../core/skm/ikm-query'
import { openDatabase } from '../../db'
import { MIGRATIONS, percentile, seededDesk } from './seeded'

/**
 * `npm run bench` (IKM, issue 12): a busy office's year on a desk database, 250,000 SKM answer
 * sheets and 300,000 visits served over 2026 across twelve procedures, and the IKM report read
 * from it (core/skm/ikm-query.ts: one aggregate over the period and its four earlier ones, then
 * the exact IKM): the year for the whole office and for one procedure, a quarter, and the year's
 * population. Goal: the year's IKM < 200 ms at p95. Figures only, never assertions. The seeded
 * file is kept in .tmp/bench/ (BENCH_RESEED=1 remakes it).
 */
const ANSWERS = Number(process.env.BENCH_SKM_ANSWERS ?? 250_000)
const VISITS = Number(process.env.BENCH_IKM_VISITS ?? 300_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 30)
const PROCEDURES = Array.from({ length: 12 }, (_, i) => `proc-${String(i + 1).padStart(2, '0')}`)
// v2: the day sums (skm_day_sums) are filled by triggers as the sheets go in.
const SEED_VERSION = `v2-${ANSWERS}-${VISITS}`

const pad = (n: number) => String(n).padStart(2, '0')

/** Seeds straight into SQLite, the rows as the core writes them; days spread over 2026. */
function seed(file: string): void {
  const sqlite = new Database(file)
  sqlite.pragma('synchronous = OFF')
  const deskId = sqlite.prepare(`select value from local_meta where key = 'desk_id'`).pluck().get() as string
  const version = skmQuestionnaire().version
  const insertVisitor = sqlite.prepare(
    `insert into visitors (id, updated_at, hlc, origin_desk, full_name) values (?, 0, '0', ?, 'Pengunjung Bench')`,
  )
  const insertVisit = sqlite.prepare(`insert into visits
    (id, updated_at, hlc, origin_desk, visitor_id, visit_number, purpose, desk_id, status, arrived_at, procedure_id, office_day)
    values (?, ?, '0', ?, ?, ?, 'consultation', ?, ?, ?, ?, ?)`)
  const insertAnswer = sqlite.prepare(`insert into skm_responses
    (id, updated_at, hlc, deleted_at, origin_desk, visit_id, procedure_id, questionnaire_version, scores, source,
     answered_at, office_day, desk_id)
    values (?, ?, '0', ?, ?, null, ?, ?, ?, 'paper', ?, ?, ?)`)
  const rng = xoroshiro128plus(2026)
  const int = (n: number) => uniformInt(rng, 0, n - 1)
  const start = Date.UTC(2026, 0, 1, 1)
  const DAY = 86_400_000
  const dayOf = (i: number, of: number) => {
    const at = start + Math.floor((i / of) * 365) * DAY + int(8 * 60) * 60_000
    const d = new Date(at + 7 * 3_600_000)
    return { at, day: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` }
  }
  // Mostly 3s and 4s, as offices report; now and then a 1 or 2.
  const score = () => [1, 2, 3, 3, 3, 4, 4, 4, 4, 4][int(10)]
  const visitorId = uuidv7()
  insertVisitor.run(visitorId, deskId)
  const began = performance.now()
  const visitsBatch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const { at, day } = dayOf(i, VISITS)
      const status = int(20) === 0 ? 'cancelled' : 'done'
      insertVisit.run(
        uuidv7(),
        at,
        deskId,
        visitorId,
        `LK1-B-${i}`,
        deskId,
        status,
        at,
        PROCEDURES[int(12)],
        day,
      )
    }
  })
  const answersBatch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const { at, day } = dayOf(i, ANSWERS)
      const scores = Array.from({ length: 9 }, score).join('')
      const deleted = int(500) === 0 ? at : null
      insertAnswer.run(uuidv7(), at, deleted, deskId, PROCEDURES[int(12)], version, scores, at, day, deskId)
    }
  })
  for (let from = 0; from < VISITS; from += 10_000) visitsBatch(from, Math.min(VISITS, from + 10_000))
  for (let from = 0; from < ANSWERS; from += 10_000) answersBatch(from, Math.min(ANSWERS, from + 10_000))
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  sqlite.prepare('analyze').run()
  sqlite.close()
  console.log(
    `seeded ${ANSWERS.toLocaleString('en')} answer sheets and ${VISITS.toLocaleString('en')} visits in ${((performance.now() - began) / 1000).toFixed(1)} s`,
  )
}

const ms = (value: number) => `${value.toFixed(1)} ms`

function timed(runs: number, fn: () => unknown): { p50: number; p95: number; max: number } {
  fn() // warm: the first run compiles the statement and pages the file in.
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    samples.push(performance.now() - t)
  }
  samples.sort((a, b) => a - b)
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1) ?? Number.NaN }
}

async function main(): Promise<void> {
  const dataDir = await seededDesk(`ikm-${SEED_VERSION}`, seed)
  const opened = openDatabase({ file: join(dataDir, DATABASE_FILE), migrationsFolder: MIGRATIONS })
  try {
    const q = skmQuestionnaire()
    const year: IkmPeriod = { kind: 'year', year: 2026, index: 1 }
    const quarter: IkmPeriod = { kind: 'quarter', year: 2026, index: 3 }
    const load = `load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} CPUs`
    console.log(
      `IKM on ${ANSWERS.toLocaleString('en')} answer sheets and ${VISITS.toLocaleString('en')} visits over 2026, ${RUNS} runs each (goal: the year's IKM < 200 ms at p95; ${load})`,
    )
    const population = populationOf(opened.db, periodRange(year), null)
    const office = ikmReport(opened.db, { period: year, procedureId: null, questionnaire: q, population })
    const cases: [string, () => unknown][] = [
      [
        'year, whole office (+4 years trend)',
        () => ikmReport(opened.db, { period: year, procedureId: null, questionnaire: q, population }),
      ],
      [
        'year, one procedure',
        () =>
          ikmReport(opened.db, {
            period: year,
            procedureId: PROCEDURES[0] ?? null,
            questionnaire: q,
            population: 0,
          }),
      ],
      [
        'quarter, whole office (+4 quarters)',
        () => ikmReport(opened.db, { period: quarter, procedureId: null, questionnaire: q, population: 0 }),
      ],
      ['population of the year (visits done)', () => populationOf(opened.db, periodRange(year), null)],
      [
        "year's IKM with its population",
        () =>
          ikmReport(opened.db, {
            period: year,
            procedureId: null,
            questionnaire: q,
            population: populationOf(opened.db, periodRange(year), null),
          }),
      ],
    ]
    for (const [name, fn] of cases) {
      const { p50, p95, max } = timed(RUNS, fn)
      console.log(`  ${name.padEnd(40)} p50 ${ms(p50)}  p95 ${ms(p95)}  max ${ms(max)}`)
    }
    console.log(
      `  (the year: ${office.respondents.toLocaleString('en')} sheets, IKM ${office.ikm} ${office.category?.grade ?? '—'}, population ${population.toLocaleString('en')}, least sample ${office.minimumSample})`,
    )
  } finally {
    opened.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

void main()
