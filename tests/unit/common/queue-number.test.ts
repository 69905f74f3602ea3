import { describe, expect, it } from 'vitest'
import { officeDay } from '../../../common/calendar/office-day'
import {
  VISIT_NUMBER_PATTERN,
  formatQueueNumber,
  formatVisitNumber,
  isVisitNumber,
  parseQueueNumber,
  queueValue,
} from '../../../common/queue-number'
import { QUEUE_BLOCKS } from '../../../common/sync-protocol'

describe('queue numbers', () => {
  it('number a block 1–99, then 1001–1099, 2001–2099, …', () => {
    expect([1, 2, 99, 100, 198, 199].map((serial) => queueValue(0, serial))).toEqual([
      1, 2, 99, 1001, 1099, 2001,
    ])
    expect([1, 99, 100].map((serial) => queueValue(1, serial))).toEqual([101, 199, 1101])
    expect([1, 99, 100].map((serial) => queueValue(9, serial))).toEqual([901, 999, 1901])
  })

  it('print at least three digits', () => {
    expect(formatQueueNumber('A', queueValue(0, 7))).toBe('A-007')
    expect(formatQueueNumber('A', queueValue(1, 7))).toBe('A-107')
    expect(formatQueueNumber('A', queueValue(0, 106))).toBe('A-1007')
    expect(formatQueueNumber('B', queueValue(9, 99))).toBe('B-999')
  })

  it('never collide across the 10 desks’ blocks, and round-trip through parseQueueNumber', () => {
    const seen = new Map<number, string>()
    const problems: string[] = []
    for (let block = 0; block < QUEUE_BLOCKS; block++) {
      for (let serial = 1; serial <= 2000; serial++) {
        const value = queueValue(block, serial)
        const owner = `block ${block} serial ${serial}`
        const earlier = seen.get(value)
        if (earlier !== undefined) problems.push(`${value}: ${earlier} and ${owner}`)
        seen.set(value, owner)
        const parsed = parseQueueNumber(formatQueueNumber('A', value))
        if (parsed?.service !== 'A' || parsed.value !== value) problems.push(`${owner} does not round-trip`)
      }
    }
    expect(problems).toEqual([])
    expect(seen.size).toBe(QUEUE_BLOCKS * 2000)
  })

  it('keep each desk’s serials in order: a later ticket of a desk never has a smaller number', () => {
    for (let block = 0; block < QUEUE_BLOCKS; block++) {
      for (let serial = 1; serial < 500; serial++) {
        expect(queueValue(block, serial + 1)).toBeGreaterThan(queueValue(block, serial))
      }
    }
  })

  it('restart at office-local midnight, not UTC midnight', () => {
    // Two desks (blocks 0 and 1) counting per office day, as the visit service does.
    const counters = new Map<string, number>()
    const ticket = (block: number, at: number) => {
      const key = `${officeDay(at, 'Asia/Jakarta')}:${block}`
      const serial = (counters.get(key) ?? 0) + 1
      counters.set(key, serial)
      return formatQueueNumber('A', queueValue(block, serial))
    }
    const beforeMidnight = Date.UTC(2026, 10, 23, 16, 59) // 23:59 WIB, Monday 23 Nov
    const afterMidnight = Date.UTC(2026, 10, 23, 17, 1) // 00:01 WIB, Tuesday 24 Nov
    const halfPastMidnight = Date.UTC(2026, 10, 23, 17, 30) // 00:30 WIB, though still the 23rd in UTC
    expect(officeDay(beforeMidnight, 'Asia/Jakarta')).toBe('2026-11-23')
    expect(officeDay(afterMidnight, 'Asia/Jakarta')).toBe('2026-11-24')
    expect(officeDay(halfPastMidnight, 'Asia/Jakarta')).toBe('2026-11-24')

    expect([ticket(0, beforeMidnight), ticket(0, beforeMidnight), ticket(1, beforeMidnight)]).toEqual([
      'A-001',
      'A-002',
      'A-101',
    ])
    expect([ticket(0, afterMidnight), ticket(1, afterMidnight), ticket(0, halfPastMidnight)]).toEqual([
      'A-001',
      'A-101',
      'A-002',
    ])
    expect(formatVisitNumber('LK1', officeDay(beforeMidnight, 'Asia/Jakarta'), 42)).toBe('LK1-20261123-0042')
    expect(formatVisitNumber('LK1', officeDay(afterMidnight, 'Asia/Jakarta'), 1)).toBe('LK1-20261124-0001')
  })

  it('refuse a block or serial the scheme has no room for', () => {
    expect(() => queueValue(QUEUE_BLOCKS, 1)).toThrow(RangeError)
    expect(() => queueValue(-1, 1)).toThrow(RangeError)
    expect(() => queueValue(0, 0)).toThrow(RangeError)
    expect(() => queueValue(0, 1.5)).toThrow(RangeError)
    expect(() => formatQueueNumber('A', 100)).toThrow(RangeError)
    expect(() => formatQueueNumber('a', 1)).toThrow(RangeError)
  })

  it('parse what an officer types, and nothing queueValue cannot make', () => {
    expect(parseQueueNumber(' a-7 ')).toEqual({ service: 'A', value: 7 })
    expect(parseQueueNumber('A 1007')).toEqual({ service: 'A', value: 1007 })
    expect(parseQueueNumber('B007')).toEqual({ service: 'B', value: 7 })
    for (const text of ['A-000', 'A-100', 'A-1000', '007', 'A-', 'A--7', 'A-7x', '1-007', '']) {
      expect(parseQueueNumber(text), text).toBeNull()
    }
  })
})

describe('visit numbers', () => {
  it('name the desk, the office day and the serial', () => {
    expect(formatVisitNumber('LK1', '2026-11-23', 7)).toBe('LK1-20261123-0007')
    expect(formatVisitNumber('LK1', '2026-11-23', 12345)).toBe('LK1-20261123-12345')
    expect(VISIT_NUMBER_PATTERN.test('LK1-20261123-0007')).toBe(true)
    expect(VISIT_NUMBER_PATTERN.test('LK1-20261123-12345')).toBe(true)
  })

  it('refuse a desk code, date or serial that is not one', () => {
    expect(() => formatVisitNumber('lk1', '2026-11-23', 1)).toThrow(RangeError)
    expect(() => formatVisitNumber('1LK', '2026-11-23', 1)).toThrow(RangeError)
    expect(() => formatVisitNumber('LK1', '2026-02-30', 1)).toThrow(RangeError)
    expect(() => formatVisitNumber('LK1', '2026-11-23', 0)).toThrow(RangeError)
  })

  it('are recognised as a barcode scanner types them', () => {
    expect(isVisitNumber('LK1-20261123-0007')).toBe(true)
    expect(isVisitNumber(' lk1-20261123-0007\r\n')).toBe(true)
    expect(isVisitNumber('LOKET2-20261123-0007')).toBe(true)
    for (const text of [
      'L-20261123-0007',
      'LK1-20261123-007',
      'LK1-20261332-0007',
      'LK1-2026-11-23-0007',
      'A-007',
      '',
    ]) {
      expect(isVisitNumber(text), text).toBe(false)
    }
  })
})
