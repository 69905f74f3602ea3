import { z } from 'zod'
import type { SkmCategory, SkmQuestionnaire } from '../skm'

/** What the IKM is computed from: the answer sheets of one questionnaire version, summed. */
export interface IkmSums {
  questionnaire: SkmQuestionnaire
  /** Answer sheets counted (whole, ≥ 0). */
  respondents: number
  /**
   * `sums[i]` is the total of every respondent's answer to `questionnaire.elements[i]`, in scale
   * points; every sheet answers every element (a sheet with a gap is refused at entry), so each
   * lies between respondents × scale.min and respondents × scale.max.
   */
  sums: readonly number[]
}

/** One element's result; its figures are null when no one answered. */
export const IkmElementResult = z.object({
  id: z.string(),
  /** NRR (nilai rata-rata): the element's mean answer in scale points, unrounded. */
  nrr: z.number().nullable(),
  /** The NRR rounded half up to two decimals, as a report prints it. */
  nrrRounded: z.number().nullable(),
  /** NRR × the element's weight (NRR tertimbang), unrounded. */
  weighted: z.number().nullable(),
})
export type IkmElementResult = z.infer<typeof IkmElementResult>

export interface IkmResult {
  respondents: number
  elements: IkmElementResult[]
  /** The IKM (25–100 for PermenPANRB 14/2017) rounded half up to two decimals; null for no respondents. */
  ikm: number | null
  /** The same IKM in hundredths, an integer: what the grade is read from. */
  ikmCents: number | null
  /** The questionnaire's grade the IKM falls in; null for no respondents. */
  category: SkmCategory | null
  /** Up to three element ids with the lowest NRR, lowest first, a tie kept in element order. */
  weakest: string[]
}

/** A finite decimal number (25, 12.5) as an exact fraction of integers, read from its digits. */
function decimalFraction(value: number): { numerator: bigint; denominator: bigint } {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(String(value))
  if (!match) throw new RangeError(`computeIkm: conversion factor ${value} is not a plain decimal`)
  const decimals = match[2] ?? ''
  return { numerator: BigInt(match[1] + decimals), denominator: 10n ** BigInt(decimals.length) }
}

/** a/b rounded half up to an integer, for a ≥ 0 and b > 0. */
function divideHalfUp(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b)
}

/** A grade's bound (two decimals in the data) in hundredths, as the questionnaire's own check reads it. */
const cents = (value: number) => Math.round(value * 100)

/**
 * Takes the summed answers of one questionnaire version over a period (see IkmSums) and gives
 * the Indeks Kepuasan Masyarakat of PermenPANRB No. 14 Tahun 2017: each element's
 * NRR = sum / respondents, NRR tertimbang = NRR × weight, and IKM = Σ NRR tertimbang × conversion
 * factor, then its grade (mutu pelayanan A–D) and the weakest elements.
 *
 * The IKM is exact: with the weight a fraction num/den, 100 × IKM = 100·factor·num·Σsums /
 * (den·respondents), an integer ratio rounded half up once, at the end, in BigInt. Float
 * arithmetic would not do: 5 000 sheets whose sums add up to 158 949 give exactly 88.305, which
 * rounds to 88.31 (grade A), while adding the nine float NRR × (1/9) gives 88.30499999999998,
 * grade B. Nor would the rounded weight 0.11 of the regulation's worked example, about a point
 * lower (../shared/RESEARCH.md §3). The grade is found by comparing hundredths with the
 * questionnaire's own bounds; none is written here.
 *
 * Throws a RangeError when respondents is not a whole number ≥ 0, when there is not one sum per
 * element, or when a sum is not a whole number within respondents × the scale's range, since such
 * sums cannot come from complete answer sheets; and when the questionnaire's conversion factor is
 * not a plain decimal (no exponent), which an exact fraction cannot be read from.
 */
export function computeIkm(input: IkmSums): IkmResult {
  const { questionnaire: q, respondents: n, sums } = input
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`computeIkm: respondents must be a whole number ≥ 0, got ${n}`)
  }
  if (sums.length !== q.elements.length) {
    throw new RangeError(`computeIkm: ${sums.length} sums for ${q.elements.length} elements`)
  }
  sums.forEach((sum, i) => {
    if (!Number.isSafeInteger(sum) || sum < n * q.scale.min || sum > n * q.scale.max) {
      throw new RangeError(
        `computeIkm: the sum ${sum} of ${q.elements[i]?.id} cannot come from ${n} complete answer sheets`,
      )
    }
  })
  if (n === 0) {
    return {
      respondents: 0,
      elements: q.elements.map(({ id }) => ({ id, nrr: null, nrrRounded: null, weighted: null })),
      ikm: null,
      ikmCents: null,
      category: null,
      weakest: [],
    }
  }
  const weight = q.weight.numerator / q.weight.denominator
  const elements = q.elements.map(({ id }, i): IkmElementResult => {
    const sum = sums[i] ?? 0
    const nrr = sum / n
    return {
      id,
      nrr,
      nrrRounded: Number(divideHalfUp(100n * BigInt(sum), BigInt(n))) / 100,
      weighted: nrr * weight,
    }
  })
  const factor = decimalFraction(q.conversionFactor)
  const total = sums.reduce((a, b) => a + BigInt(b), 0n)
  const ikmCents = Number(
    divideHalfUp(
      100n * factor.numerator * BigInt(q.weight.numerator) * total,
      factor.denominator * BigInt(q.weight.denominator) * BigInt(n),
    ),
  )
  const category = q.categories.find((c) => cents(c.min) <= ikmCents && ikmCents <= cents(c.max)) ?? null
  // The same n divides every sum, so comparing sums compares NRRs exactly; sort is stable.
  const weakest = q.elements
    .map(({ id }, i) => ({ id, sum: sums[i] ?? 0 }))
    .sort((a, b) => a.sum - b.sum)
    .slice(0, 3)
    .map(({ id }) => id)
  return { respondents: n, elements, ikm: ikmCents / 100, ikmCents, category, weakest }
}
