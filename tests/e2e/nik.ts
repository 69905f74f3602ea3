/**
 * Where this module's NIKs start: random, so a worker restarted after a failure (the module loaded
 * again, its count back at 0) does not hand out the first run's NIKs again.
 */
const start = Math.floor(Math.random() * 1_000_000)
let issued = 0
/**
 * A 16-digit NIK that parses (region 320301, a woman born in 1991), unique within a run across
 * every journey that takes its NIKs here: each one
 * a new value of a count laid out over the birth day, month and 4-digit serial (3,359,664 values),
 * never the last digits of the clock, which repeat every second (a visitor refused as already
 * registered under another name, in whichever journey drew the same digits).
 */
export function uniqueNik(): string {
  const value = (start + issued) % (28 * 12 * 9999)
  issued += 1
  const day = 1 + (value % 28) + 40
  const month = 1 + (Math.floor(value / 28) % 12)
  const serial = 1 + Math.floor(value / (28 * 12))
  const two = (n: number) => String(n).padStart(2, '0')
  return `320301${two(day)}${two(month)}91${String(serial).padStart(4, '0')}`
}
