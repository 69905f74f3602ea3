/**
 * Reads `read()` every 200 ms until `done` holds of its value or `boundMs` has passed, and gives
 * the last value read: the caller asserts on it, so a bound reached fails with what was seen
 * (tests never assert on wall time; the bound only stops a wait that would never end).
 */
export async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  boundMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + boundMs
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    value = await read()
  }
  return value
}
