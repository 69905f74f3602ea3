import { sql } from 'drizzle-orm'
import { dayCounters } from '../../db/schema'
import type { Db } from '../db'
import { readMeta } from '../meta/local-meta'

/**
 * The next value of one of this desk's per-day counters (visit numbers; queue numbers per
 * service), in the caller's transaction. Local: the desk code or queue block keeps other desks'
 * numbers apart, so no desk needs another's counter.
 */
export function nextDayCounter(db: Db, day: string, name: string): number {
  const row = db
    .insert(dayCounters)
    .values({ day, name, last: 1 })
    .onConflictDoUpdate({
      target: [dayCounters.day, dayCounters.name],
      set: { last: sql`${dayCounters.last} + 1` },
    })
    .returning({ last: dayCounters.last })
    .get()
  return row.last
}

/** This desk's queue block, or null when it hands out no numbers (all blocks taken at enrolment). */
export function queueBlock(db: Db): number | null {
  const stored = readMeta(db, 'queue_block')
  return stored === null || stored === '' ? null : Number(stored)
}
