import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IkmPeriod } from '../../../common/ikm/periods'
import { periodRange } from '../../../common/ikm/periods'
import { IkmReport } from '../../../common/ikm/report'
import { skmQuestionnaire } from '../../../common/skm'
import { ikmReport, populationOf } from '../../../core/skm/ikm-query'
import type { OpenedDatabase } from '../../../db'
import { openDatabase } from '../../../db'
import { MIGRATIONS } from '../../helpers/temp-core'

/**
 * Issue 12: the IKM report read from a real desk database (migrated SQLite file): sums by one
 * aggregate over skm_responses in the period's office days, of a procedure or the whole office,
 * deleted sheets left out, other questionnaire versions apart, the trend over four earlier periods,
 * and the population from the visits served.
 */
const q = skmQuestionnaire()
const Q1_2026: IkmPeriod = { kind: 'quarter', year: 2026, index: 1 }
let dir: string
let opened: OpenedDatabase
let serial = 0

/**
 * `n` score strings whose columns add up to `sums`: each element's answers are its mean rounded
 * down, one point more on the first (sum mod n) sheets.
 */
function sheets(n: number, sums: readonly number[]): string[] {
  return Array.from({ length: n }, (_, j) =>
    sums.map((sum) => Math.floor(sum / n) + (j < sum % n ? 1 : 0)).join(''),
  )
}

function answer(
  day: string,
  scores: string,
  fields: { procedureId?: string | null; version?: string; deletedAt?: number | null } = {},
): void {
  serial += 1
  opened.sqlite
    .prepare(
      `insert into skm_responses (id, updated_at, hlc, deleted_at, origin_desk, visit_id, procedure_id,
        questionnaire_version, scores, source, answered_at, office_day, desk_id)
       values (?, 0, '0', ?, 'desk-1', null, ?, ?, ?, 'paper', 0, ?, 'desk-1')`,
    )
    .run(
      `skm-${serial}`,
      fields.deletedAt ?? null,
      fields.procedureId === undefined ? 'proc-1' : fields.procedureId,
      fields.version ?? q.version,
      scores,
      day,
    )
}

function visit(
  day: string,
  status: string,
  procedureId: string | null,
  deletedAt: number | null = null,
): void {
  serial += 1
  opened.sqlite
    .prepare(
      `insert into visits (id, updated_at, hlc, deleted_at, origin_desk, visitor_id, visit_number, purpose,
        desk_id, status, arrived_at, procedure_id, office_day)
       values (?, 0, '0', ?, 'desk-1', 'visitor-1', ?, 'consultation', 'desk-1', ?, 0, ?, ?)`,
    )
    .run(`visit-${serial}`, deletedAt, `LK1-${serial}`, status, procedureId, day)
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'loket-ikm-query-'))
  opened = openDatabase({ file: join(dir, 'loket.sqlite'), migrationsFolder: MIGRATIONS })
  opened.sqlite
    .prepare(
      `insert into visitors (id, updated_at, hlc, origin_desk, full_name) values ('visitor-1', 0, '0', 'desk-1', 'Uji')`,
    )
    .run()
  // Triwulan I 2026, proc-1: 24 sheets adding up to 763 (88,31, A), the first and last day included.
  sheets(24, [90, 88, 86, 85, 84, 84, 83, 82, 81]).forEach((s, i) =>
    answer(i === 0 ? '2026-01-01' : i === 1 ? '2026-03-31' : '2026-02-15', s),
  )
  // Left out of proc-1's Q1: a deleted sheet, a day before and after, another procedure, another version.
  answer('2026-02-10', '111111111', { deletedAt: 1 })
  answer('2025-12-31', '111111111')
  answer('2026-04-01', '111111111')
  answer('2024-12-31', '111111111')
  sheets(5, [15, 14, 13, 13, 13, 13, 12, 12, 12]).forEach((s) =>
    answer('2026-03-01', s, { procedureId: 'proc-2' }),
  )
  sheets(3, [12, 12, 12, 12, 12, 12, 12, 12, 12]).forEach((s) =>
    answer('2026-01-20', s, { version: 'permenpanrb-99-2099' }),
  )
  // The trend: Q3 2025 (19 sheets, 88,30, B), Q4 2025 (two sheets, 86,11, B, besides the 2025-12-31 one).
  sheets(19, [70, 69, 68, 67, 67, 66, 66, 66, 65]).forEach((s) => answer('2025-08-17', s))
  for (const s of ['434343434', '334433424']) answer('2025-11-30', s)
  // The population of proc-1's Q1: 27 served; cancelled, deleted, April and another procedure not counted.
  for (let i = 0; i < 27; i++) visit(i % 2 ? '2026-01-01' : '2026-03-31', 'done', 'proc-1')
  visit('2026-02-02', 'cancelled', 'proc-1')
  visit('2026-02-02', 'in_progress', 'proc-1')
  visit('2026-02-02', 'done', 'proc-1', 1)
  visit('2026-04-01', 'done', 'proc-1')
  for (let i = 0; i < 4; i++) visit('2026-02-03', 'done', 'proc-2')
  visit('2026-02-03', 'done', null)
})

afterAll(() => {
  opened.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the IKM report from the desk database', () => {
  it("counts a period's visits served, of a procedure or the whole office", () => {
    const range = periodRange(Q1_2026)
    expect(populationOf(opened.db, range, 'proc-1')).toBe(27)
    expect(populationOf(opened.db, range, 'proc-2')).toBe(4)
    expect(populationOf(opened.db, range, null)).toBe(32)
    expect(populationOf(opened.db, { first: '2026-04-01', last: '2026-04-30' }, null)).toBe(1)
  })

  it("computes a procedure's quarter exactly, with the trend and other versions apart", () => {
    const population = populationOf(opened.db, periodRange(Q1_2026), 'proc-1')
    const report = ikmReport(opened.db, {
      period: Q1_2026,
      procedureId: 'proc-1',
      questionnaire: q,
      population,
      serviceName: { id: 'Rekomendasi', en: 'Recommendation' },
    })
    expect(IkmReport.parse(report)).toEqual(report)
    expect(report).toMatchObject({
      respondents: 24,
      population: 27,
      minimumSample: 25,
      sampleMet: false,
      ikm: 88.31,
      category: { grade: 'A' },
      weakest: ['U9', 'U8', 'U7'],
      procedureId: 'proc-1',
      serviceName: { id: 'Rekomendasi' },
      questionnaireVersion: 'permenpanrb-14-2017',
      otherVersions: [{ version: 'permenpanrb-99-2099', respondents: 3 }],
    })
    expect(report.elements.map((e) => e.nrrRounded)).toEqual([
      3.75, 3.67, 3.58, 3.54, 3.5, 3.5, 3.46, 3.42, 3.38,
    ])
    expect(report.trend.map((t) => [t.periodLabel.id, t.respondents, t.ikm, t.grade])).toEqual([
      ['Triwulan I 2025', 0, null, null],
      ['Triwulan II 2025', 0, null, null],
      ['Triwulan III 2025', 19, 88.3, 'B'],
      ['Triwulan IV 2025', 3, expect.any(Number), expect.any(String)],
      ['Triwulan I 2026', 24, 88.31, 'A'],
    ])
  })

  it('adds every procedure for the whole office, and reads other period kinds', () => {
    const office = ikmReport(opened.db, {
      period: Q1_2026,
      procedureId: null,
      questionnaire: q,
      population: 32,
    })
    // proc-1's 763 over 24 plus proc-2's 117 over 5: 2500·880/(9·29) = 8429.1 → 84,29, B.
    expect(office).toMatchObject({ respondents: 29, ikm: 84.29, category: { grade: 'B' }, serviceName: null })
    const march = ikmReport(opened.db, {
      period: { kind: 'month', year: 2026, index: 3 },
      procedureId: 'proc-1',
      questionnaire: q,
      population: 0,
    })
    expect(march.respondents).toBe(1)
    expect(march.trend.map((t) => t.periodLabel.id)).toEqual([
      'November 2025',
      'Desember 2025',
      'Januari 2026',
      'Februari 2026',
      'Maret 2026',
    ])
    expect(march.trend.map((t) => t.respondents)).toEqual([2, 1, 1, 22, 1])
    const year = ikmReport(opened.db, {
      period: { kind: 'year', year: 2025, index: 1 },
      procedureId: 'proc-1',
      questionnaire: q,
      population: 0,
    })
    expect(year.respondents).toBe(22)
    expect(year.trend.map((t) => t.respondents)).toEqual([0, 0, 0, 1, 22])
  })

  it('reports an empty period with no IKM', () => {
    const empty = ikmReport(opened.db, {
      period: { kind: 'semester', year: 2026, index: 2 },
      procedureId: 'proc-1',
      questionnaire: q,
      population: 0,
    })
    expect(empty).toMatchObject({ respondents: 0, ikm: null, category: null, weakest: [], sampleMet: false })
    expect(empty.trend.at(-1)).toMatchObject({ respondents: 0, ikm: null })
  })

  it('refuses scores that cannot be complete sheets rather than report on them', () => {
    answer('2027-05-05', '44', { procedureId: 'proc-bad' })
    expect(() =>
      ikmReport(opened.db, {
        period: { kind: 'month', year: 2027, index: 5 },
        procedureId: 'proc-bad',
        questionnaire: q,
        population: 1,
      }),
    ).toThrow(RangeError)
  })
})

describe('the day sums the IKM reads (skm_day_sums)', () => {
  /** The sums as the triggers keep them, and as a recount from the sheets gives them. */
  function kept() {
    return opened.sqlite
      .prepare(
        `select office_day, procedure_id, questionnaire_version, respondents, s1, s2, s9 from skm_day_sums
         where respondents <> 0 or s1 <> 0 order by 1, 2, 3`,
      )
      .all()
  }
  function recounted() {
    return opened.sqlite
      .prepare(
        `select office_day, coalesce(procedure_id, '') as procedure_id, questionnaire_version,
           count(*) as respondents, sum(cast(substr(scores, 1, 1) as integer)) as s1,
           sum(cast(substr(scores, 2, 1) as integer)) as s2, sum(cast(substr(scores, 9, 1) as integer)) as s9
         from skm_responses where deleted_at is null group by 1, 2, 3 order by 1, 2, 3`,
      )
      .all()
  }

  it('stay exact through a sheet changed, moved to another day, tombstoned, revived and deleted', () => {
    answer('2027-05-03', '111111111', { procedureId: null })
    answer('2027-05-03', '444444444')
    const id = `skm-${serial}`
    expect(kept()).toEqual(recounted())
    const update = (set: string, ...values: unknown[]) =>
      opened.sqlite.prepare(`update skm_responses set ${set} where id = ?`).run(...values, id)
    update('scores = ?', '234123412')
    expect(kept()).toEqual(recounted())
    update('office_day = ?, procedure_id = ?', '2027-05-04', 'proc-2')
    expect(kept()).toEqual(recounted())
    update('deleted_at = ?', 1)
    expect(kept()).toEqual(recounted())
    update('deleted_at = null')
    expect(kept()).toEqual(recounted())
    // As sync applies a pulled row: an upsert on the id.
    opened.sqlite
      .prepare(
        `insert into skm_responses (id, updated_at, hlc, origin_desk, procedure_id, questionnaire_version, scores,
           source, answered_at, office_day, desk_id)
         values (?, 1, '1', 'desk-2', 'proc-2', ?, '333333333', 'kiosk', 0, '2027-05-04', 'desk-2')
         on conflict (id) do update set scores = excluded.scores, origin_desk = excluded.origin_desk`,
      )
      .run(id, q.version)
    expect(kept()).toEqual(recounted())
    opened.sqlite.prepare('delete from skm_responses where id = ?').run(id)
    expect(kept()).toEqual(recounted())
  })
})
