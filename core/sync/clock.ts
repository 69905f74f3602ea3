import { MAX_CLOCK_AHEAD_MS, MAX_DRIFT_MS } from '../../common/hlc'
import type { Db } from '../db'
import { readMeta, writeMeta } from '../meta/local-meta'

/** The server's clock against this PC's, as last measured. */
export interface ClockOffset {
  /** Server time minus this PC's time, ms: negative when this PC's clock runs ahead. */
  offsetMs: number
}

/**
 * Records the server's time from an answer that carried it (`serverTime`, ms UTC), against the
 * middle of the request as this PC's clock saw it, so network time does not count as skew.
 */
export function noteServerTime(
  db: Db,
  serverTime: number | undefined,
  sentAt: number,
  receivedAt: number,
): void {
  if (serverTime === undefined) return
  const offset = Math.round(serverTime - (sentAt + receivedAt) / 2)
  writeMeta(db, 'clock_offset', String(offset))
}

export function clockOffset(db: Db): ClockOffset | null {
  const offset = readMeta(db, 'clock_offset')
  return offset === null ? null : { offsetMs: Number(offset) }
}

/**
 * The latest HLC time this desk takes from others, ms UTC: the server's clock (as last measured)
 * plus the server's own tolerance. Never measured: this PC's clock plus a day (the old guard), so a
 * desk that never reached the server still applies what it gets.
 */
export function latestAcceptable(db: Db, now: number): number {
  const measured = clockOffset(db)
  return measured ? now + measured.offsetMs + MAX_CLOCK_AHEAD_MS : now + MAX_DRIFT_MS
}
