import { describe, expect, it } from 'vitest'
import { officeInstant } from '../../../common/calendar/office-day'
import { DEFAULT_WEEK_HOURS } from '../../../common/calendar/office-hours'
import type { OfficeCalendar } from '../../../common/calendar/working-time'
import type { ChainEvent, ChainHolder, ComplaintEventKind } from '../../../common/complaints/chain'
import { CHAIN_REFUSALS, foldChain, nextState } from '../../../common/complaints/chain'
import { errorCatalog } from '../../../common/errors'
import { SEED_004_DEADLINES, complaintTimeline } from '../../../common/complaints/deadlines'

/**
 * Issue 11, first piece: a complaint's state along SP4N-LAPOR! (seed 004) derived from its events
 * in any arrival order, events that do not fit refused with their reason and never lost, and each
 * hop's deadline in working days on the office calendar, across holidays and the year's end.
 */
const wib = (day: string, time: string) => officeInstant(day, time, 'Asia/Jakarta')
let serial = 0
function event(
  kind: ComplaintEventKind,
  at: number,
  by: ChainHolder,
  to: ChainHolder | null = null,
): ChainEvent {
  serial += 1
  return { id: `e${String(serial).padStart(3, '0')}`, kind, at, by, to }
}

/** A report through LAPOR! down to the UPT and closed, one step a working day from Mon 7 Dec 2026. */
function wholeChain(): ChainEvent[] {
  const day = (d: number, time = '09:00') => wib(`2026-12-${String(d).padStart(2, '0')}`, time)
  return [
    event('reported', day(7), 'admin_nasional'),
    event('forwarded', day(8), 'admin_nasional', 'admin_instansi'),
    event('received', day(8, '09:30'), 'admin_instansi'),
    event('forwarded', day(9), 'admin_instansi', 'admin_eselon1'),
    event('received', day(9, '09:20'), 'admin_eselon1'),
    event('responded', day(10), 'admin_eselon1'),
    event('forwarded', day(11), 'admin_eselon1', 'admin_upt'),
    event('received', day(11, '09:10'), 'admin_upt'),
    event('followed_up', day(11, '10:00'), 'admin_upt'),
    event('completed', day(14), 'admin_upt'),
    event('closed', day(28), 'admin_upt'),
  ]
}

/** A reproducible shuffle (mulberry32), so a failing order can be replayed from its seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed
  const random = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

describe('a complaint along the SP4N-LAPOR! chain', () => {
  it('goes from the report to the system closing it, holder by holder', () => {
    const { state, history } = foldChain(wholeChain())
    expect(state).toEqual({ stage: 'closed', holder: 'admin_upt' })
    expect(history.every((e) => e.refused === null)).toBe(true)
  })

  it('reaches the same state and history whatever order its events arrive in (sync from two desks and the centre)', () => {
    const events = wholeChain()
    const expected = foldChain(events)
    for (let seed = 1; seed <= 200; seed++) {
      expect(foldChain(shuffled(events, seed)), `seed ${seed}`).toEqual(expected)
    }
  })

  it('orders a disposition and its receipt stamped in the same millisecond by their place in the chain', () => {
    const at = wib('2026-12-07', '09:00')
    const events = [
      event('received', at, 'admin_instansi'),
      event('forwarded', at, 'admin_nasional', 'admin_instansi'),
    ]
    const { state, history } = foldChain([event('reported', at - 1, 'admin_nasional'), ...events])
    expect(state).toEqual({ stage: 'verifying', holder: 'admin_instansi' })
    expect(history.map((e) => e.refused)).toEqual([null, null, null])
  })

  it('sets aside an event that does not fit where it falls, with its reason, and keeps it', () => {
    const reported = event('reported', wib('2026-12-07', '09:00'), 'admin_nasional')
    // A "closed" stamped before the report was even verified (a desk whose clock ran ahead).
    const closed = event('closed', wib('2026-12-07', '10:00'), 'admin_nasional')
    const forwarded = event('forwarded', wib('2026-12-08', '09:00'), 'admin_nasional', 'admin_instansi')
    const { state, history } = foldChain([closed, forwarded, reported])
    expect(state).toEqual({ stage: 'forwarded', holder: 'admin_instansi' })
    expect(history.map((e) => [e.kind, e.refused])).toEqual([
      ['reported', null],
      ['closed', 'complaint_not_completed'],
      ['forwarded', null],
    ])
  })

  it('refuses each move the chain does not allow, saying why', () => {
    const at = wib('2026-12-07', '09:00')
    const verifyingAt = (holder: ChainHolder) => ({ stage: 'verifying' as const, holder })
    expect(nextState(null, event('forwarded', at, 'admin_nasional', 'admin_instansi'))).toBe(
      'complaint_not_reported',
    )
    expect(nextState(verifyingAt('admin_instansi'), event('reported', at, 'admin_instansi'))).toBe(
      'complaint_already_reported',
    )
    // A disposition goes one level down, a return one level up, only from the holder.
    expect(
      nextState(verifyingAt('admin_nasional'), event('forwarded', at, 'admin_nasional', 'admin_eselon1')),
    ).toBe('complaint_wrong_level')
    expect(
      nextState(verifyingAt('admin_instansi'), event('returned', at, 'admin_instansi', 'admin_eselon1')),
    ).toBe('complaint_wrong_level')
    expect(
      nextState(verifyingAt('admin_instansi'), event('forwarded', at, 'admin_nasional', 'admin_instansi')),
    ).toBe('complaint_not_holder')
    expect(
      nextState({ stage: 'forwarded', holder: 'admin_instansi' }, event('received', at, 'admin_eselon1')),
    ).toBe('complaint_not_forwarded_to')
    // The first response is echelon 1's; a follow-up is echelon 1's or the UPT's.
    expect(nextState(verifyingAt('admin_instansi'), event('responded', at, 'admin_instansi'))).toBe(
      'complaint_wrong_level',
    )
    expect(nextState(verifyingAt('admin_instansi'), event('followed_up', at, 'admin_instansi'))).toBe(
      'complaint_wrong_level',
    )
    expect(nextState(verifyingAt('admin_upt'), event('completed', at, 'admin_upt'))).toBe(
      'complaint_not_answered',
    )
    expect(nextState({ stage: 'closed', holder: 'admin_upt' }, event('completed', at, 'admin_upt'))).toBe(
      'complaint_closed',
    )
    // Not its authority: back one level up, where it is verified again (seed 004, steps 4 and 7).
    expect(
      nextState(verifyingAt('admin_instansi'), event('returned', at, 'admin_instansi', 'admin_nasional')),
    ).toEqual(verifyingAt('admin_nasional'))
  })
})

describe('the deadline of each hop', () => {
  /** 25 December is a national holiday by rule; 24 December 2026 a cuti bersama in this calendar. */
  const calendar: OfficeCalendar = {
    timeZone: 'Asia/Jakarta',
    holidays: new Set(['2026-12-24']),
    week: DEFAULT_WEEK_HOURS,
  }

  it('counts working days across cuti bersama, Christmas, weekends and the new year', () => {
    const reported = event('reported', wib('2026-12-23', '10:00'), 'admin_nasional')
    const forwarded = event('forwarded', wib('2026-12-30', '11:00'), 'admin_nasional', 'admin_instansi')
    const received = event('received', wib('2026-12-30', '11:30'), 'admin_instansi')
    const now = wib('2027-01-06', '09:00')
    const { hops } = complaintTimeline([reported, forwarded, received], SEED_004_DEADLINES, calendar, now)
    // Wed 23 Dec + 3 working days: Thu 24 (cuti bersama), Fri 25 (Natal), the weekend are off;
    // Mon 28, Tue 29, Wed 30 count. Forwarded at 11:00 on the 30th: an hour late.
    expect(hops[0]).toMatchObject({ state: { stage: 'verifying', holder: 'admin_nasional' } })
    expect(hops[0]?.dueAt).toBe(wib('2026-12-30', '10:00'))
    expect(hops[0]?.met).toBe(false)
    // Taken within its 60 minutes.
    expect(hops[1]).toMatchObject({ state: { stage: 'forwarded', holder: 'admin_instansi' }, met: true })
    // Wed 30 Dec 11:30 + 3: Thu 31, (Fri 1 Jan, weekend), Mon 4, Tue 5 Jan 2027 11:30; still running
    // on Wed 6 Jan, so missed already.
    expect(hops[2]?.dueAt).toBe(wib('2027-01-05', '11:30'))
    expect(hops[2]).toMatchObject({ endedAt: null, met: false })
  })

  it('leaves a running hop not yet due open, and times the wait for the system closing', () => {
    const events = wholeChain().slice(0, 10) // completed, not closed
    const completedAt = wib('2026-12-14', '09:00')
    const { state, hops } = complaintTimeline(events, SEED_004_DEADLINES, calendar, completedAt + 60_000)
    expect(state).toEqual({ stage: 'completed', holder: 'admin_upt' })
    const last = hops.at(-1)
    // Mon 14 Dec + 10 working days: 15–18, 21–23, (24, 25 and the weekend off), 28, 29, 30: Wed 30 Dec 09:00.
    expect(last).toMatchObject({
      startedAt: completedAt,
      endedAt: null,
      met: null,
      dueAt: wib('2026-12-30', '09:00'),
    })
  })
})

describe('the chain’s refusals', () => {
  it('are each worded in Indonesian and English', () => {
    for (const code of CHAIN_REFUSALS) {
      expect(errorCatalog[code].id.length).toBeGreaterThan(10)
      expect(errorCatalog[code].en.length).toBeGreaterThan(10)
    }
  })
})
