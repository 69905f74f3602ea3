/**
 * Takes the population of a period (whole people: the visits served) and gives the least number
 * of respondents the survey needs, by the formula of Krejcie, R.V. & Morgan, D.W. (1970),
 * "Determining sample size for research activities", Educational and Psychological Measurement
 * 30, 607–610, whose table PermenPANRB No. 14 Tahun 2017 tells units to take the sample from:
 *
 *   s = X²·N·P(1−P) / (d²·(N−1) + X²·P(1−P)),  X² = 3.841 (95 %, 1 df), P = 0.5, d = 0.05.
 *
 * With those constants s = 3841·N / (10·N + 3831) exactly, so the figure is computed on integers
 * and never meets float rounding. It is rounded to the NEAREST whole respondent (a half going
 * up), because that is what the published table does. Checked against the table as it is widely
 * reproduced (90 rows, N = 10 … 75 000 and 1 000 000; tests/unit/common/ikm.test.ts), nearest
 * rounding gives the printed figure in every row, while rounding up would ask one respondent more
 * than the table in 45 of them (N = 50 gives 44.34: the table prints 44, rounding up 45).
 *
 * One difference is known: some reproductions have a row N = 100 000 → 384, for which the formula
 * gives 382.63, so 383 here, one fewer. 384 is the limit for an unbounded population
 * (960.25/2.5 = 384.1), which the formula reaches only near N = 1 000 000 (383.95 → 384); the
 * original article could not be consulted to tell whether that row is its own or a misprint of
 * 1 000 000, so the formula is kept and the difference documented.
 *
 * Gives 0 for a population of 0 (no one was served, so no one can be asked). Throws a RangeError
 * when `population` is not a whole number from 0 up to Number.MAX_SAFE_INTEGER.
 */
export function krejcieMorganMinimum(population: number): number {
  if (!Number.isSafeInteger(population) || population < 0) {
    throw new RangeError(`krejcieMorganMinimum: population must be a whole number ≥ 0, got ${population}`)
  }
  // X²·P(1−P) = 3.841/4 and d² = 1/400; multiplying through by 4000 leaves integers only.
  const n = BigInt(population)
  const numerator = 3841n * n
  const denominator = 10n * n + 3831n
  // Nearest with a half up, as floor((2a + b) / 2b) in integer division.
  return Number((2n * numerator + denominator) / (2n * denominator))
}
