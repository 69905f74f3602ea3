import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OfficeCalendar } from '../../../common/calendar/working-time'
import { Procedure } from '../../../common/procedures'
import type { StepEvent } from '../../../common/visit-state'
import { deriveVisitState } from '../../../common/visit-state'
import type { VisitRulesInput } from '../../../common/visit-rules'
import {
  boardItemOverdue,
  missingToAdvance,
  pastDue,
  refusalOf,
  stepAfter,
  visitFacts,
} from '../../../common/visit-rules'
import type { StepEventKind } from '../../../common/visits'

const MIN = 60_000
const T0 = Date.UTC(2026, 10, 23, 2, 0) // Monday 23 November 2026, 09:00 WIB
const at = (minutes: number) => T0 + minutes * MIN

function builtIn(name: string): Procedure {
  const file = resolve(import.meta.dirname, `../../../resources/procedures/${name}.v1.json`)
  return Procedure.parse(JSON.parse(readFileSync(file, 'utf8')))
}
/** Seed 001: four timed steps (2, 5, 3, 10 minutes; the first is the waiting room), 20 minutes in all. */
const complaint = builtIn('001-pengaduan-progres')
/** Seed 003: no time per step, 45 minutes in all; steps 3 and 4 are escalations. */
const consultation = builtIn('003-konsultasi-tatap-muka')
const calendar: OfficeCalendar = {
  timeZone: 'Asia/Jakarta',
  holidays: new Set(),
  week: { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null },
}

type Event = [stepNo: number, kind: StepEventKind, minute: number, note?: string]

/**
 * A visit as the core answers it at minute `asked` (arrived at minute 0), from its events. The
 * core's own needsReason and overdue must be what the rules say at that moment.
 */
function visit(procedure: Procedure | null, events: Event[], asked: number): VisitRulesInput {
  const stepEvents: StepEvent[] = events.map(([stepNo, kind, minute, note], i) => ({
    id: String(i).padStart(4, '0'),
    stepNo,
    kind,
    at: at(minute),
    deskId: 'desk',
    note: note ?? null,
  }))
  const state = deriveVisitState({ procedure, arrivedAt: T0, events: stepEvents, calendar, now: at(asked) })
  const view = { ...state, procedure }
  const facts = visitFacts(view, at(asked))
  expect(state.needsReason).toEqual(facts.needsReason)
  expect(state.overdue).toBe(facts.liveOverdue)
  return view
}

/** Called at minute 0: the waiting step ends and step 2 starts. */
const called: Event[] = [
  [1, 'start', 0],
  [0, 'call', 0],
  [1, 'end', 0],
  [2, 'start', 0],
]

describe('overdue', () => {
  it('is strictly after the due instant, and never without a standard', () => {
    expect(pastDue(at(5), at(5))).toBe(false)
    expect(pastDue(at(5), at(5) + 1)).toBe(true)
    expect(pastDue(null, at(500))).toBe(false)
  })

  it('counts a running step as of now, not as of the core’s answer', () => {
    const view = visit(complaint, called, 4)
    expect(visitFacts(view, at(4))).toMatchObject({ overdueSteps: [], reasonSteps: [], liveOverdue: false })
    expect(visitFacts(view, at(6))).toMatchObject({
      runningStep: expect.objectContaining({ no: 2 }),
      overdueSteps: [2],
      reasonSteps: [2],
      needsReason: [2],
      earlierReasons: [],
      liveOverdue: true,
    })
  })

  it('asks no reason of a running step past due once one is recorded, though it stays overdue', () => {
    const view = visit(complaint, [...called, [2, 'reason', 6, 'dokumen belum lengkap']], 7)
    expect(visitFacts(view, at(7))).toMatchObject({ overdueSteps: [2], reasonSteps: [], liveOverdue: true })
  })

  it('keeps a done step overdue by its end and owes its reason before the visit closes', () => {
    const view = visit(complaint, [...called, [2, 'end', 7], [3, 'start', 7]], 8)
    const facts = visitFacts(view, at(8))
    expect(facts).toMatchObject({
      runningStep: expect.objectContaining({ no: 3 }),
      overdueSteps: [2],
      reasonSteps: [2],
      earlierReasons: [2],
      liveOverdue: false,
    })
    // Moving on to step 4 is not held up by it; finishing is.
    expect(missingToAdvance(facts, { final: false, hasReason: () => false, hasOutcome: false })).toEqual({
      reasons: [],
      outcome: false,
    })
  })

  it('counts the waiting-room step too, while the visitor waits', () => {
    const view = visit(complaint, [[1, 'start', 0]], 1)
    expect(view.status).toBe('waiting')
    expect(visitFacts(view, at(1))).toMatchObject({ nextStep: expect.objectContaining({ no: 2 }) })
    expect(visitFacts(view, at(3))).toMatchObject({ overdueSteps: [1], reasonSteps: [1], liveOverdue: true })
  })

  it('stops a step left running by a cancel at the cancel', () => {
    const early = visit(complaint, [...called, [0, 'cancel', 3, 'pulang']], 3)
    expect(visitFacts(early, at(60))).toMatchObject({
      closed: true,
      runningStep: null,
      nextStep: null,
      overdueSteps: [],
      reasonSteps: [],
      liveOverdue: false,
    })
    const late = visit(complaint, [...called, [0, 'cancel', 7, 'pulang']], 7)
    // Still owed: the step overran before the cancel; but nothing is live any more.
    expect(visitFacts(late, at(60))).toMatchObject({
      overdueSteps: [2],
      reasonSteps: [2],
      totalOverdue: false,
      liveOverdue: false,
    })
  })

  it('measures a closed visit’s total by its close, whatever the time now', () => {
    const steps: Event[] = [...called, [2, 'end', 4], [3, 'start', 4], [3, 'end', 6], [4, 'start', 6]]
    const late = visit(complaint, [...steps, [4, 'end', 25], [0, 'finish', 25, 'dijelaskan']], 25)
    expect(visitFacts(late, at(200))).toMatchObject({
      closed: true,
      totalOverdue: true,
      // A procedure with timed steps answers per step, not for its total.
      totalNeedsReason: false,
      overdueSteps: [4],
      needsReason: [4],
      liveOverdue: false,
    })
    const inTime = visit(complaint, [...steps, [4, 'end', 15], [0, 'finish', 15, 'dijelaskan']], 15)
    expect(visitFacts(inTime, at(200))).toMatchObject({ totalOverdue: false, needsReason: [] })
  })
})

describe('a procedure without per-step standards (seed 003)', () => {
  it('answers for its total only: overdue past 45 minutes, with a reason for the whole (step 0)', () => {
    const view = visit(consultation, called, 30)
    expect(visitFacts(view, at(30))).toMatchObject({ untimed: true, totalOverdue: false, needsReason: [] })
    expect(visitFacts(view, at(46))).toMatchObject({
      overdueSteps: [],
      reasonSteps: [],
      totalOverdue: true,
      totalNeedsReason: true,
      needsReason: [0],
      earlierReasons: [],
      liveOverdue: true,
    })
  })

  it('owes no reason for the whole once it is recorded, even one recorded before the total ran out', () => {
    const view = visit(consultation, [...called, [0, 'reason', 40, 'menunggu kepala bidang']], 40)
    expect(visitFacts(view, at(50))).toMatchObject({
      totalOverdue: true,
      totalNeedsReason: false,
      needsReason: [],
      liveOverdue: true,
    })
  })

  it('a closed one past its total still owes the reason, not as live overdue', () => {
    const view = visit(consultation, [...called, [2, 'end', 50], [0, 'finish', 50, 'selesai']], 50)
    expect(visitFacts(view, at(50))).toMatchObject({ needsReason: [0], liveOverdue: false })
  })
})

describe('which step runs next', () => {
  it('makes the officer choose before an escalation step', () => {
    const facts = visitFacts(visit(consultation, called, 1), at(1))
    expect(facts.nextStep?.no).toBe(3)
    expect(facts.chooseEscalation).toBe(true)
    expect(stepAfter(consultation, 2, 'next')).toBe('choose_escalation')
    expect(stepAfter(consultation, 2, 'escalate')).toEqual({ next: 3, skipped: [] })
    expect(stepAfter(consultation, 2, 'resolve')).toEqual({ next: 5, skipped: [3, 4] })
    expect(stepAfter(consultation, 3, 'escalate')).toEqual({ next: 4, skipped: [] })
    expect(stepAfter(consultation, 3, 'resolve')).toEqual({ next: 5, skipped: [4] })
  })

  it('has no escalation where the next step is plain, and ends after the last', () => {
    const facts = visitFacts(visit(complaint, called, 1), at(1))
    expect(facts).toMatchObject({ chooseEscalation: false, nextStep: expect.objectContaining({ no: 3 }) })
    expect(stepAfter(complaint, 2, 'escalate')).toBe('no_escalation')
    expect(stepAfter(complaint, 4, 'next')).toEqual({ next: null, skipped: [] })
    expect(stepAfter(consultation, 5, 'escalate')).toBe('no_escalation')
  })

  it('names the last step’s move as the end: nothing comes after it', () => {
    const last = visit(
      consultation,
      [...called, [2, 'end', 5], [3, 'skip', 5], [4, 'skip', 5], [5, 'start', 5]],
      5,
    )
    expect(visitFacts(last, at(5))).toMatchObject({
      runningStep: expect.objectContaining({ no: 5 }),
      nextStep: null,
    })
  })
})

describe('what stands before closing', () => {
  const running4: Event[] = [...called, [2, 'end', 7], [3, 'start', 7], [3, 'end', 9], [4, 'start', 9]]

  it('the running step’s reason when it overran, the earlier ones owed, then the outcome', () => {
    const facts = visitFacts(visit(complaint, running4, 9), at(20))
    expect(facts.reasonSteps).toEqual([2, 4])
    const none = { final: true, hasReason: () => false, hasOutcome: false }
    expect(missingToAdvance(facts, none)).toEqual({ reasons: [4, 2], outcome: true })
    expect(refusalOf(missingToAdvance(facts, none))).toBe('reason_required')
    const reasons = { ...none, hasReason: () => true }
    expect(refusalOf(missingToAdvance(facts, reasons))).toBe('outcome_required')
    expect(refusalOf(missingToAdvance(facts, { ...reasons, hasOutcome: true }))).toBeNull()
  })

  it('a step moved on from, not the last, wants its own reason only', () => {
    const facts = visitFacts(visit(complaint, [...called, [2, 'end', 7], [3, 'start', 7]], 7), at(11))
    expect(missingToAdvance(facts, { final: false, hasReason: () => false, hasOutcome: false })).toEqual({
      reasons: [3],
      outcome: false,
    })
  })

  it('the whole procedure’s reason when it ends past its total (seed 003)', () => {
    const resolved: Event[] = [...called, [2, 'end', 5], [3, 'skip', 5], [4, 'skip', 5], [5, 'start', 5]]
    const facts = visitFacts(visit(consultation, resolved, 5), at(50))
    const move = { final: true, hasReason: () => false, hasOutcome: true }
    expect(missingToAdvance(facts, move)).toEqual({ reasons: [0], outcome: false })
    expect(refusalOf(missingToAdvance(facts, { ...move, hasReason: (no) => no === 0 }))).toBeNull()
  })

  it('a visit without a procedure: only the outcome', () => {
    const facts = visitFacts(visit(null, [[0, 'call', 0]], 90), at(90))
    expect(facts).toMatchObject({ runningStep: null, nextStep: null, needsReason: [], liveOverdue: false })
    const move = { final: true, hasReason: () => false, hasOutcome: false }
    expect(refusalOf(missingToAdvance(facts, move))).toBe('outcome_required')
  })
})

describe('a board line', () => {
  const line = { status: 'in_progress' as const, overdue: false, currentDueAt: at(5), totalDueAt: at(20) }

  it('turns overdue as of now by its running step or its total', () => {
    expect(boardItemOverdue(line, at(5))).toBe(false)
    expect(boardItemOverdue(line, at(6))).toBe(true)
    expect(boardItemOverdue({ ...line, currentDueAt: null }, at(6))).toBe(false)
    expect(boardItemOverdue({ ...line, currentDueAt: null }, at(21))).toBe(true)
    expect(boardItemOverdue({ ...line, overdue: true }, at(1))).toBe(true)
  })

  it('is never overdue once closed', () => {
    expect(boardItemOverdue({ ...line, status: 'done', overdue: true }, at(60))).toBe(false)
    expect(boardItemOverdue({ ...line, status: 'cancelled' }, at(60))).toBe(false)
  })
})
