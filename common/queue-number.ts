import { IsoDate } from './holidays'
import { DeskCode } from './settings'
import { QUEUE_BLOCKS } from './sync-protocol'

/** Numbers per block and round: b*100+1 … b*100+99, so a block never reaches the next block's hundred. */
const PER_ROUND = 99
/** Each further round of a block starts this much higher, above every block's first round (0–999). */
const ROUND_STEP = 1000

/**
 * Each desk of an office owns one block (0–9, given at enrolment; a stand-alone desk has 0). Numbers
 * of block b: b*100+1 … b*100+99, then b*100+1001 … b*100+1099 (+1000 per further round), so two desks
 * never hand out the same number on a day without talking to each other.
 */
export function queueValue(block: number, serial: number): number {
  if (!Number.isInteger(block) || block < 0 || block >= QUEUE_BLOCKS) {
    throw new RangeError(`queue block must be an integer 0–${QUEUE_BLOCKS - 1}, got ${block}`)
  }
  if (!Number.isInteger(serial) || serial < 1) {
    throw new RangeError(`queue serial must be a positive integer, got ${serial}`)
  }
  const round = Math.floor((serial - 1) / PER_ROUND)
  const position = ((serial - 1) % PER_ROUND) + 1
  return round * ROUND_STEP + block * 100 + position
}

/** A value queueValue can make: positive and never a multiple of 100 (position 0 is never used). */
export function isQueueValue(value: number): boolean {
  return Number.isInteger(value) && value > 0 && value % 100 !== 0
}

/** The service letter(s) on the ticket and the caller display: 'A', 'B', … */
const SERVICE = /^[A-Z]{1,3}$/

/** 'A-007', 'A-107', 'A-1007': at least three digits so a day's tickets line up on the display. */
export function formatQueueNumber(service: string, value: number): string {
  if (!SERVICE.test(service))
    throw new RangeError(`queue service must be 1–3 capital letters, got "${service}"`)
  if (!isQueueValue(value)) throw new RangeError(`not a queue number value: ${value}`)
  return `${service}-${String(value).padStart(3, '0')}`
}

/**
 * Reads what an officer types to call or find a ticket: 'A-007', 'a 7', 'A007'. Null for anything
 * queueValue cannot have made, so a typo does not silently match another desk's ticket.
 */
export function parseQueueNumber(text: string): { service: string; value: number } | null {
  const match = /^([A-Z]{1,3})[-\s]?(\d{1,7})$/.exec(text.trim().toUpperCase())
  if (!match) return null
  const value = Number(match[2])
  return isQueueValue(value) ? { service: match[1] as string, value } : null
}

/** Visit number per desk per day: 'LK1-20261123-0007'. */
export function formatVisitNumber(deskCode: string, day: string, serial: number): string {
  const desk = DeskCode.safeParse(deskCode)
  if (!desk.success || desk.data !== deskCode) throw new RangeError(`not a desk code: "${deskCode}"`)
  if (!IsoDate.safeParse(day).success) throw new RangeError(`not a date YYYY-MM-DD: "${day}"`)
  if (!Number.isInteger(serial) || serial < 1) {
    throw new RangeError(`visit serial must be a positive integer, got ${serial}`)
  }
  return `${deskCode}-${day.replaceAll('-', '')}-${String(serial).padStart(4, '0')}`
}

/**
 * What formatVisitNumber makes. The desk part repeats common/settings.ts DeskCode's pattern
 * (/^[A-Z][A-Z0-9]{1,5}$/); the serial may grow past four digits on a very busy day.
 */
export const VISIT_NUMBER_PATTERN = /^[A-Z][A-Z0-9]{1,5}-(\d{4})(\d{2})(\d{2})-\d{4,}$/

/** Trims and upper-cases first: a barcode scanner types it, sometimes with Caps Lock on or a trailing Enter. */
export function isVisitNumber(text: string): boolean {
  const match = VISIT_NUMBER_PATTERN.exec(text.trim().toUpperCase())
  return match !== null && IsoDate.safeParse(`${match[1]}-${match[2]}-${match[3]}`).success
}
