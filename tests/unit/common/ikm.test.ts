import { describe, expect, it } from 'vitest'
import type { SkmQuestionnaire } from '../../../common/skm'
import { skmQuestionnaire } from '../../../common/skm'
import { computeIkm } from '../../../common/ikm/compute'
import type { IkmPeriod } from '../../../common/ikm/periods'
import {
  IkmPeriod as IkmPeriodSchema,
  periodLabel,
  periodOfDay,
  periodRange,
  previousPeriods,
} from '../../../common/ikm/periods'
import { IkmReport, buildIkmReport } from '../../../common/ikm/report'
import { krejcieMorganMinimum } from '../../../common/ikm/sample-size'

/**
 * Issue 12: the IKM of PermenPANRB No. 14 Tahun 2017 computed exactly from summed answers (weight
 * 1/9 as a fraction, rounded half up once at the end), graded by the questionnaire's own bounds;
 * the least sample of Krejcie & Morgan (1970); and the report periods.
 */
const q = skmQuestionnaire('permenpanrb-14-2017')
const total = (sums: readonly number[]) => sums.reduce((a, b) => a + b, 0)

/**
 * What an office spreadsheet does when it types the weight as a rounded decimal (0.111, or the
 * 0.11 of the regulation's worked example): Σ NRR × weight × 25 in floats, rounded to two decimals,
 * and graded by the same bounds. Kept here only to show what the exact 1/9 avoids.
 */
function ikmFromRoundedWeight(
  questionnaire: SkmQuestionnaire,
  n: number,
  sums: readonly number[],
  weight: number,
) {
  const ikm =
    Math.round(sums.reduce((a, sum) => a + (sum / n) * weight, 0) * questionnaire.conversionFactor * 100) /
    100
  const grade = questionnaire.categories.find((c) => c.min <= ikm && ikm <= c.max)?.grade ?? null
  return { ikm, grade }
}

describe('report periods', () => {
  const p = (kind: IkmPeriod['kind'], year: number, index: number): IkmPeriod => ({ kind, year, index })

  it('spans office-local dates, both ends inclusive, leap February included', () => {
    expect(periodRange(p('month', 2026, 1))).toEqual({ first: '2026-01-01', last: '2026-01-31' })
    expect(periodRange(p('month', 2028, 2))).toEqual({ first: '2028-02-01', last: '2028-02-29' })
    expect(periodRange(p('month', 2026, 2))).toEqual({ first: '2026-02-01', last: '2026-02-28' })
    expect(periodRange(p('quarter', 2026, 2))).toEqual({ first: '2026-04-01', last: '2026-06-30' })
    expect(periodRange(p('quarter', 2026, 4))).toEqual({ first: '2026-10-01', last: '2026-12-31' })
    expect(periodRange(p('semester', 2026, 1))).toEqual({ first: '2026-01-01', last: '2026-06-30' })
    expect(periodRange(p('semester', 2026, 2))).toEqual({ first: '2026-07-01', last: '2026-12-31' })
    expect(periodRange(p('year', 2026, 1))).toEqual({ first: '2026-01-01', last: '2026-12-31' })
  })

  it('refuses an index the kind does not have, and years outside 2000–2100', () => {
    for (const bad of [
      p('month', 2026, 13),
      p('quarter', 2026, 5),
      p('semester', 2026, 3),
      p('year', 2026, 2),
    ]) {
      expect(IkmPeriodSchema.safeParse(bad).success).toBe(false)
      expect(() => periodRange(bad)).toThrow()
    }
    expect(IkmPeriodSchema.safeParse(p('month', 1999, 12)).success).toBe(false)
    expect(IkmPeriodSchema.safeParse(p('year', 2101, 1)).success).toBe(false)
    expect(IkmPeriodSchema.safeParse(p('month', 2026, 0)).success).toBe(false)
  })

  it('steps back over year ends, newest first, and stops at the year 2000', () => {
    expect(previousPeriods(p('month', 2026, 2), 3)).toEqual([
      p('month', 2026, 1),
      p('month', 2025, 12),
      p('month', 2025, 11),
    ])
    expect(previousPeriods(p('quarter', 2026, 1), 4)).toEqual([
      p('quarter', 2025, 4),
      p('quarter', 2025, 3),
      p('quarter', 2025, 2),
      p('quarter', 2025, 1),
    ])
    expect(previousPeriods(p('semester', 2026, 1), 2)).toEqual([
      p('semester', 2025, 2),
      p('semester', 2025, 1),
    ])
    expect(previousPeriods(p('year', 2026, 1), 2)).toEqual([p('year', 2025, 1), p('year', 2024, 1)])
    expect(previousPeriods(p('month', 2000, 2), 4)).toEqual([p('month', 2000, 1)])
    expect(previousPeriods(p('year', 2026, 1), 0)).toEqual([])
    expect(() => previousPeriods(p('year', 2026, 1), -1)).toThrow(RangeError)
  })

  it('finds the period of a day', () => {
    expect(periodOfDay('month', '2026-03-31')).toEqual(p('month', 2026, 3))
    expect(periodOfDay('quarter', '2026-03-31')).toEqual(p('quarter', 2026, 1))
    expect(periodOfDay('quarter', '2026-04-01')).toEqual(p('quarter', 2026, 2))
    expect(periodOfDay('semester', '2026-06-30')).toEqual(p('semester', 2026, 1))
    expect(periodOfDay('semester', '2026-07-01')).toEqual(p('semester', 2026, 2))
    expect(periodOfDay('year', '2026-12-31')).toEqual(p('year', 2026, 1))
    for (const kind of ['month', 'quarter', 'semester', 'year'] as const) {
      const period = periodOfDay(kind, '2026-08-17')
      const { first, last } = periodRange(period)
      expect(first <= '2026-08-17' && '2026-08-17' <= last).toBe(true)
    }
    expect(() => periodOfDay('month', '2026-02-30')).toThrow(RangeError)
    expect(() => periodOfDay('month', '17-08-2026')).toThrow(RangeError)
    expect(() => periodOfDay('month', '1999-12-31')).toThrow(RangeError)
  })

  it('names periods as Indonesian reports do, and in English', () => {
    expect(periodLabel(p('month', 2026, 1), 'id')).toBe('Januari 2026')
    expect(periodLabel(p('month', 2026, 8), 'id')).toBe('Agustus 2026')
    expect(periodLabel(p('quarter', 2026, 1), 'id')).toBe('Triwulan I 2026')
    expect(periodLabel(p('quarter', 2026, 4), 'id')).toBe('Triwulan IV 2026')
    expect(periodLabel(p('semester', 2026, 2), 'id')).toBe('Semester II 2026')
    expect(periodLabel(p('year', 2026, 1), 'id')).toBe('Tahun 2026')
    expect(periodLabel(p('month', 2026, 1), 'en')).toBe('January 2026')
    expect(periodLabel(p('quarter', 2026, 1), 'en')).toBe('Q1 2026')
    expect(periodLabel(p('semester', 2026, 2), 'en')).toBe('H2 2026')
    expect(periodLabel(p('year', 2026, 1), 'en')).toBe('Year 2026')
  })
})

describe('the least sample of Krejcie & Morgan (1970)', () => {
  /**
   * Their table (Educational and Psychological Measurement 30, p. 608) as it is widely reproduced,
   * N → S. Some reproductions add 100 000 → 384, tested apart below.
   */
  const TABLE: [number, number][] = [
    [10, 10],
    [15, 14],
    [20, 19],
    [25, 24],
    [30, 28],
    [35, 32],
    [40, 36],
    [45, 40],
    [50, 44],
    [55, 48],
    [60, 52],
    [65, 56],
    [70, 59],
    [75, 63],
    [80, 66],
    [85, 70],
    [90, 73],
    [95, 76],
    [100, 80],
    [110, 86],
    [120, 92],
    [130, 97],
    [140, 103],
    [150, 108],
    [160, 113],
    [170, 118],
    [180, 123],
    [190, 127],
    [200, 132],
    [210, 136],
    [220, 140],
    [230, 144],
    [240, 148],
    [250, 152],
    [260, 155],
    [270, 159],
    [280, 162],
    [290, 165],
    [300, 169],
    [320, 175],
    [340, 181],
    [360, 186],
    [380, 191],
    [400, 196],
    [420, 201],
    [440, 205],
    [460, 210],
    [480, 214],
    [500, 217],
    [550, 226],
    [600, 234],
    [650, 242],
    [700, 248],
    [750, 254],
    [800, 260],
    [850, 265],
    [900, 269],
    [950, 274],
    [1000, 278],
    [1100, 285],
    [1200, 291],
    [1300, 297],
    [1400, 302],
    [1500, 306],
    [1600, 310],
    [1700, 313],
    [1800, 317],
    [1900, 320],
    [2000, 322],
    [2200, 327],
    [2400, 331],
    [2600, 335],
    [2800, 338],
    [3000, 341],
    [3500, 346],
    [4000, 351],
    [4500, 354],
    [5000, 357],
    [6000, 361],
    [7000, 364],
    [8000, 367],
    [9000, 368],
    [10000, 370],
    [15000, 375],
    [20000, 377],
    [30000, 379],
    [40000, 380],
    [50000, 381],
    [75000, 382],
    [1000000, 384],
  ]

  it('gives the usual checkpoints: 10→10, 50→44, 100→80, 500→217, 1000→278, 5000→357, 10000→370', () => {
    expect([10, 50, 100, 500, 1000, 5000, 10000].map(krejcieMorganMinimum)).toEqual([
      10, 44, 80, 217, 278, 357, 370,
    ])
  })

  it('matches every row of the table', () => {
    expect(TABLE).toHaveLength(90)
    expect(TABLE.filter(([n, s]) => krejcieMorganMinimum(n) !== s)).toEqual([])
  })

  it('gives 383 for N = 100 000, one fewer than the 384 some reproductions print there', () => {
    // 3841·100 000 / (10·100 000 + 3831) = 382.63…; 384 is the unbounded limit 384.1, reached near 10⁶.
    expect((3841 * 100000) / (10 * 100000 + 3831)).toBeCloseTo(382.634, 3)
    expect(krejcieMorganMinimum(100000)).toBe(383)
    expect(krejcieMorganMinimum(1000000)).toBe(384)
  })

  it('rounds to nearest because rounding up would ask one more than the table in 45 rows', () => {
    const up = (n: number) => Math.ceil((3841 * n) / (10 * n + 3831))
    const upDiffer = TABLE.filter(([n, s]) => up(n) !== s)
    expect(upDiffer).toHaveLength(45)
    expect(upDiffer.every(([n, s]) => up(n) === s + 1)).toBe(true)
    expect(up(50)).toBe(45)
  })

  it('asks no one of no one, everyone of a handful, and never more than 385', () => {
    expect(krejcieMorganMinimum(0)).toBe(0)
    expect(krejcieMorganMinimum(1)).toBe(1)
    expect(krejcieMorganMinimum(5)).toBe(5)
    expect(krejcieMorganMinimum(Number.MAX_SAFE_INTEGER)).toBe(384)
    for (let n = 1; n < 3000; n++) {
      expect(krejcieMorganMinimum(n)).toBeLessThanOrEqual(n)
      expect(krejcieMorganMinimum(n)).toBeGreaterThanOrEqual(krejcieMorganMinimum(n - 1))
    }
  })

  it('refuses a population that is not a whole number ≥ 0', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => krejcieMorganMinimum(bad)).toThrow(RangeError)
    }
  })
})

describe('the IKM of PermenPANRB 14/2017, exact', () => {
  it('computes a tiny example as by hand', () => {
    // Two sheets:        U1 U2 U3 U4 U5 U6 U7 U8 U9
    //   sheet 1           4  3  4  3  4  3  4  3  4
    //   sheet 2           3  3  4  4  3  3  4  2  4
    //   sums              7  6  8  7  7  6  8  5  8   (62)
    //   NRR             3.5  3  4 3.5 3.5 3  4 2.5  4   (Σ 31)
    // IKM = 31 × 1/9 × 25 = 775/9 = 86.111… → 86.11, grade B (76.61–88.30), Baik.
    // Weakest: U8 (2.5), then U2 and U6 tied at 3, kept in element order.
    const r = computeIkm({ questionnaire: q, respondents: 2, sums: [7, 6, 8, 7, 7, 6, 8, 5, 8] })
    expect(r.ikm).toBe(86.11)
    expect(r.ikmCents).toBe(8611)
    expect(r.category?.grade).toBe('B')
    expect(r.category?.performance).toEqual({ id: 'Baik', en: 'Good' })
    expect(r.elements.map((e) => e.nrr)).toEqual([3.5, 3, 4, 3.5, 3.5, 3, 4, 2.5, 4])
    expect(r.elements.map((e) => e.nrrRounded)).toEqual([3.5, 3, 4, 3.5, 3.5, 3, 4, 2.5, 4])
    expect(r.elements[0]?.weighted).toBeCloseTo(3.5 / 9, 12)
    expect(r.elements[0]?.id).toBe('U1')
    expect(r.weakest).toEqual(['U8', 'U2', 'U6'])
    expect(r.respondents).toBe(2)
  })

  it('rounds each NRR half up to two decimals on integers', () => {
    // 3 sheets summing 10 on U1: 3.333… → 3.33; 200 sheets summing 601: 3.005 exactly → 3.01.
    expect(
      computeIkm({ questionnaire: q, respondents: 3, sums: [10, 9, 9, 9, 9, 9, 9, 9, 9] }).elements[0]
        ?.nrrRounded,
    ).toBe(3.33)
    const r = computeIkm({
      questionnaire: q,
      respondents: 200,
      sums: [601, 600, 600, 600, 600, 600, 600, 600, 600],
    })
    expect(r.elements[0]?.nrr).toBe(3.005)
    expect(r.elements[0]?.nrrRounded).toBe(3.01)
  })

  /**
   * Data landing on each side of each grade boundary after rounding, found by searching n ≤ 40 and
   * every total Σ for 100·25·Σ/(9·n) rounding half up to the target, and checked here by hand:
   */
  const BOUNDARIES: { n: number; sums: number[]; cents: number; grade: string; hand: string }[] = [
    // 2500·763/(9·24) = 1 907 500/216 = 8831.0185… → 88.31, the least A.
    { n: 24, sums: [90, 88, 86, 85, 84, 84, 83, 82, 81], cents: 8831, grade: 'A', hand: '8831.019' },
    // 2500·604/(9·19) = 1 510 000/171 = 8830.409… → 88.30, the best B.
    { n: 19, sums: [70, 69, 68, 67, 67, 66, 66, 66, 65], cents: 8830, grade: 'B', hand: '8830.409' },
    // 2500·524/(9·19) = 1 310 000/171 = 7660.8187… → 76.61, the least B.
    { n: 19, sums: [62, 60, 59, 58, 58, 57, 57, 57, 56], cents: 7661, grade: 'B', hand: '7660.819' },
    // 2500·717/(9·26) = 1 792 500/234 = 7660.256… → 76.60, the best C.
    { n: 26, sums: [84, 82, 81, 80, 79, 79, 78, 77, 77], cents: 7660, grade: 'C', hand: '7660.256' },
    // 2500·117/(9·5) = 292 500/45 = 6500 exactly → 65.00, the least C.
    { n: 5, sums: [15, 14, 13, 13, 13, 13, 12, 12, 12], cents: 6500, grade: 'C', hand: '6500.000' },
    // 2500·889/(9·38) = 2 222 500/342 = 6498.538… → 64.99, the best D.
    { n: 38, sums: [104, 102, 100, 99, 98, 98, 97, 96, 95], cents: 6499, grade: 'D', hand: '6498.538' },
  ]

  it.each(BOUNDARIES)(
    'grades $cents hundredths $grade (100·IKM = $hand before rounding)',
    ({ n, sums, cents, grade, hand }) => {
      expect(((2500 * total(sums)) / (9 * n)).toFixed(3)).toBe(hand)
      const r = computeIkm({ questionnaire: q, respondents: n, sums })
      expect(r.ikmCents).toBe(cents)
      expect(r.ikm).toBe(cents / 100)
      expect(r.category?.grade).toBe(grade)
    },
  )

  /**
   * Exactly halfway: 100·IKM = 2500·Σ/(9·n) = c + ½ needs 5000·Σ = 9·n·(2c + 1), so n = 5 000 and
   * every element summing 2c + 1. The float sum of NRR × (1/9) lands a hair below the half and
   * would round down across the boundary; the exact computation rounds up.
   */
  it.each([
    { each: 17661, exact: '88.305', cents: 8831, grade: 'A', float: 88.30499999999998 },
    { each: 15321, exact: '76.605', cents: 7661, grade: 'B', float: 76.60499999999998 },
    { each: 12999, exact: '64.995', cents: 6500, grade: 'C', float: 64.995 },
  ])('rounds exactly $exact half up to $cents hundredths, grade $grade', ({ each, cents, grade, float }) => {
    const sums = Array<number>(9).fill(each)
    const r = computeIkm({ questionnaire: q, respondents: 5000, sums })
    expect(r.ikmCents).toBe(cents)
    expect(r.category?.grade).toBe(grade)
    // What a float implementation gets from the same data.
    const naive = sums.reduce((a, sum) => a + (sum / 5000) * (1 / 9), 0) * 25
    expect(naive).toBe(float)
  })

  it("lands in another grade with the weight rounded to 0.111, or to the Permen example's 0.11", () => {
    const [a, , b, , c] = BOUNDARIES
    if (!a || !b || !c) throw new Error('fixtures')
    // 88.31 exact (A): 763/24 × 0.111 × 25 = 88.22 → B; × 0.11 → 87.43, B.
    expect(computeIkm({ questionnaire: q, respondents: a.n, sums: a.sums }).category?.grade).toBe('A')
    expect(ikmFromRoundedWeight(q, a.n, a.sums, 0.111)).toEqual({ ikm: 88.22, grade: 'B' })
    expect(ikmFromRoundedWeight(q, a.n, a.sums, 0.11)).toEqual({ ikm: 87.43, grade: 'B' })
    // 76.61 exact (B): 524/19 × 0.111 × 25 = 76.53 → C; × 0.11 → 75.84, C.
    expect(ikmFromRoundedWeight(q, b.n, b.sums, 0.111)).toEqual({ ikm: 76.53, grade: 'C' })
    expect(ikmFromRoundedWeight(q, b.n, b.sums, 0.11)).toEqual({ ikm: 75.84, grade: 'C' })
    // 65.00 exact (C): 117/5 × 0.111 × 25 = 64.935, a float 64.9349… → 64.93, D; × 0.11 → 64.35, D.
    expect(ikmFromRoundedWeight(q, c.n, c.sums, 0.111)).toEqual({ ikm: 64.93, grade: 'D' })
    expect(ikmFromRoundedWeight(q, c.n, c.sums, 0.11)).toEqual({ ikm: 64.35, grade: 'D' })
    // And about a point lower at the top of the scale (../shared/RESEARCH.md §3: 90.56 vs 91.48).
    const high = [4, 4, 4, 4, 4, 4, 4, 4, 3]
    expect(computeIkm({ questionnaire: q, respondents: 1, sums: high }).ikm).toBe(97.22)
    expect(ikmFromRoundedWeight(q, 1, high, 0.11).ikm).toBe(96.25)
  })

  it('reads the grade bounds from the questionnaire, not from code', () => {
    const strict: SkmQuestionnaire = {
      ...q,
      version: 'test-strict',
      categories: [
        { grade: 'A', min: 90, max: 100, performance: { id: 'Unggul', en: 'Excellent' } },
        { grade: 'B', min: 25, max: 89.99, performance: { id: 'Cukup', en: 'Fair' } },
      ],
    }
    const [a] = BOUNDARIES
    if (!a) throw new Error('fixtures')
    expect(computeIkm({ questionnaire: strict, respondents: a.n, sums: a.sums }).category?.grade).toBe('B')
    expect(
      computeIkm({ questionnaire: strict, respondents: 1, sums: Array<number>(9).fill(4) }).category
        ?.performance.id,
    ).toBe('Unggul')
  })

  it('gives the extremes 25.00 (D) and 100.00 (A)', () => {
    expect(computeIkm({ questionnaire: q, respondents: 7, sums: Array<number>(9).fill(7) })).toMatchObject({
      ikm: 25,
      category: { grade: 'D' },
    })
    expect(computeIkm({ questionnaire: q, respondents: 7, sums: Array<number>(9).fill(28) })).toMatchObject({
      ikm: 100,
      category: { grade: 'A' },
    })
  })

  it('gives no IKM, grade or weakest element for no respondents', () => {
    const r = computeIkm({ questionnaire: q, respondents: 0, sums: Array<number>(9).fill(0) })
    expect(r).toMatchObject({ respondents: 0, ikm: null, ikmCents: null, category: null, weakest: [] })
    expect(r.elements).toHaveLength(9)
    expect(r.elements.every((e) => e.nrr === null && e.nrrRounded === null && e.weighted === null)).toBe(true)
  })

  it('refuses sums that complete answer sheets cannot give', () => {
    const run = (respondents: number, sums: number[]) => () =>
      computeIkm({ questionnaire: q, respondents, sums })
    expect(run(2, [7, 6, 8, 7, 7, 6, 8, 5])).toThrow(RangeError)
    expect(run(2, [7, 6, 8, 7, 7, 6, 8, 5, 8])).not.toThrow()
    expect(run(2, [7, 6, 8, 7, 7, 6, 8, 5, 7.5])).toThrow(RangeError)
    expect(run(2, [7, 6, 8, 7, 7, 6, 8, 1, 8])).toThrow(/U8/)
    expect(run(2, [2, 2, 2, 2, 2, 2, 2, 2, 2])).not.toThrow()
    expect(run(2, [7, 6, 8, 7, 7, 6, 8, 5, 9])).toThrow(RangeError)
    expect(run(-1, Array<number>(9).fill(0))).toThrow(RangeError)
    expect(run(1.5, Array<number>(9).fill(3))).toThrow(RangeError)
    expect(run(0, [1, 0, 0, 0, 0, 0, 0, 0, 0])).toThrow(RangeError)
  })

  it('stays exact for a busy office: 250 000 sheets a year', () => {
    // Σ = 7 000 001 over 250 000 sheets: 2500·7 000 001/2 250 000 = 7777.778… → 77.78.
    const sums = [777_778, 777_778, 777_778, 777_778, 777_778, 777_778, 777_778, 777_777, 777_778]
    expect(total(sums)).toBe(7_000_001)
    expect(computeIkm({ questionnaire: q, respondents: 250_000, sums }).ikm).toBe(77.78)
  })
})

describe('the report assembled from sums', () => {
  it('names the period and elements, sets the sample against the population, and trends oldest first', () => {
    const zero = { respondents: 0, sums: Array<number>(9).fill(0) }
    const report = buildIkmReport({
      period: { kind: 'quarter', year: 2026, index: 1 },
      procedureId: null,
      serviceName: null,
      questionnaire: q,
      current: { respondents: 24, sums: [90, 88, 86, 85, 84, 84, 83, 82, 81] },
      population: 27,
      trend: [
        { period: { kind: 'quarter', year: 2025, index: 3 }, sums: zero },
        {
          period: { kind: 'quarter', year: 2025, index: 4 },
          sums: { respondents: 2, sums: [7, 6, 8, 7, 7, 6, 8, 5, 8] },
        },
      ],
      otherVersions: [
        { version: 'permenpanrb-99-2099', respondents: 3 },
        { version: 'old', respondents: 0 },
      ],
    })
    expect(IkmReport.parse(report)).toEqual(report)
    expect(report.periodLabel).toEqual({ id: 'Triwulan I 2026', en: 'Q1 2026' })
    expect(report.ikm).toBe(88.31)
    expect(report.category).toEqual({ grade: 'A', performance: { id: 'Sangat baik', en: 'Very good' } })
    // 3841·27/(270 + 3831) = 25.29 → 25 respondents needed of 27 served.
    expect(report.minimumSample).toBe(25)
    expect(report.sampleMet).toBe(false)
    expect(report.elements[1]?.name.id).toBe('Sistem, mekanisme, dan prosedur')
    expect(report.weakest).toEqual(['U9', 'U8', 'U7'])
    expect(report.trend.map((t) => [t.periodLabel.id, t.respondents, t.ikm, t.grade])).toEqual([
      ['Triwulan III 2025', 0, null, null],
      ['Triwulan IV 2025', 2, 86.11, 'B'],
      ['Triwulan I 2026', 24, 88.31, 'A'],
    ])
    expect(report.otherVersions).toEqual([{ version: 'permenpanrb-99-2099', respondents: 3 }])
    expect(report.questionnaireLabel).toBe('PermenPANRB No. 14 Tahun 2017')
  })
})
