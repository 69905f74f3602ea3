/**
 * Hybrid logical clock (SYNC-PROTOCOL.md): `<13-digit ms>-<4 hex counter>-<deskId>`.
 * The string sorts lexicographically in causal order. A clock never goes backwards, even when
 * the wall clock does, and it advances past every HLC it receives.
 */
export interface HlcState {
  millis: number
  counter: number
}

const MAX_COUNTER = 0xffff
/** A remote clock further ahead than this is refused rather than dragging ours into the future. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000
/**
 * How far ahead of the central server's clock a pushed change's HLC may be. Beyond it the server
 * refuses the change (a rejected change the desk keeps and sends again once its clock is right):
 * a desk whose clock runs days ahead would otherwise win every last-writer merge for days, and
 * other desks would refuse its changes (issue 7, fault 3). Ten minutes leaves room for PCs
 * without time sync, whose clocks drift by minutes over months.
 */
export const MAX_CLOCK_AHEAD_MS = 10 * 60 * 1000
/** A desk whose clock differs from the server's by more than this says so plainly. */
export const CLOCK_WARNING_MS = 3 * 60 * 1000

export class HlcError extends Error {
  override name = 'HlcError'
}

export function formatHlc(state: HlcState, deskId: string): string {
  return `${String(state.millis).padStart(13, '0')}-${state.counter.toString(16).padStart(4, '0')}-${deskId}`
}

export function parseHlc(hlc: string): HlcState & { deskId: string } {
  const [, millis, counter, deskId] = /^(\d{13})-([0-9a-f]{4})-(.+)$/.exec(hlc) ?? []
  if (millis === undefined || counter === undefined || deskId === undefined) {
    throw new HlcError(`malformed HLC: ${hlc}`)
  }
  return { millis: Number(millis), counter: parseInt(counter, 16), deskId }
}

/** The clock's next value for a local event. */
export function tickHlc(state: HlcState, now: number): HlcState {
  if (now > state.millis) return { millis: now, counter: 0 }
  return bump(state.millis, state.counter + 1)
}

/** The clock's next value after seeing a remote HLC, so later local events sort after it. */
export function receiveHlc(state: HlcState, remote: string, now: number): HlcState {
  const r = parseHlc(remote)
  if (r.millis - now > MAX_DRIFT_MS) throw new HlcError(`remote clock too far ahead: ${remote}`)
  const millis = Math.max(state.millis, r.millis, now)
  if (millis === state.millis && millis === r.millis)
    return bump(millis, Math.max(state.counter, r.counter) + 1)
  if (millis === state.millis) return bump(millis, state.counter + 1)
  if (millis === r.millis) return bump(millis, r.counter + 1)
  return { millis, counter: 0 }
}

function bump(millis: number, counter: number): HlcState {
  // Counter overflow borrows a millisecond rather than wrapping, so order is kept.
  return counter > MAX_COUNTER ? { millis: millis + 1, counter: 0 } : { millis, counter }
}

/**
 * The lowest HLC string that lies further ahead of `now` (ms UTC) than `toleranceMs`: every HLC
 * that sorts above it was stamped by a clock that ran ahead. Such a stamp must never win a
 * last-writer merge against an honest one (issue 7: a holiday stamped in 2286 could no longer be
 * edited), so merges let any valid change replace a row that carries one.
 */
export function hlcCeiling(now: number, toleranceMs = MAX_CLOCK_AHEAD_MS): string {
  return `${String(now + toleranceMs + 1).padStart(13, '0')}-`
}
