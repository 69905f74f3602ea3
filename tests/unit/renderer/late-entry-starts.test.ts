import { describe, expect, it } from 'vitest'
import type { LateValues } from '../../../renderer/src/features/frontdesk/late/late-entry'
import {
  emptyLate,
  withArrivalTime,
  withStepChange,
} from '../../../renderer/src/features/frontdesk/late/late-entry'

/** A four-step case on paper (SOP 003: waiting room, officer, division, head of office), arrival 09:00. */
function fourSteps(): LateValues {
  const base = emptyLate('2026-11-23')
  const steps = [1, 2, 3, 4].map((no) => ({
    no,
    skipped: false,
    startDate: base.arrivalDate,
    startTime: '',
    endDate: base.arrivalDate,
    endTime: '',
    reason: '',
  }))
  return withArrivalTime({ ...base, steps }, '09:00')
}

const starts = (values: LateValues) => values.steps.map((step) => step.startTime)

describe('late entry fills each start from the previous taken step (issue 8, fault 12)', () => {
  it('fills across a step skipped before the end was typed', () => {
    let v = fourSteps()
    v = withStepChange(v, 2, { skipped: true })
    v = withStepChange(v, 0, { endTime: '09:10' })
    v = withStepChange(v, 1, { endTime: '09:40' })
    expect(starts(v)).toEqual(['09:00', '09:10', '', '09:40'])
  })

  it('refills when a step is skipped after the ends were typed, and again when it is taken back', () => {
    let v = fourSteps()
    v = withStepChange(v, 0, { endTime: '09:10' })
    v = withStepChange(v, 1, { endTime: '09:40' })
    v = withStepChange(v, 2, { endTime: '10:00' })
    expect(starts(v)).toEqual(['09:00', '09:10', '09:40', '10:00'])
    v = withStepChange(v, 2, { skipped: true })
    expect(starts(v)[3]).toBe('09:40')
    v = withStepChange(v, 2, { skipped: false })
    expect(starts(v)[3]).toBe('10:00')
  })

  it('starts the first taken step at the arrival when the first step is skipped, before or after', () => {
    let v = fourSteps()
    v = withStepChange(v, 0, { skipped: true })
    expect(starts(v)[1]).toBe('09:00')
    v = withArrivalTime(v, '08:45')
    expect(starts(v)[1]).toBe('08:45')
  })

  it('fills over several skipped steps in a row', () => {
    let v = fourSteps()
    v = withStepChange(v, 1, { skipped: true })
    v = withStepChange(v, 2, { skipped: true })
    v = withStepChange(v, 0, { endTime: '09:05' })
    expect(starts(v)).toEqual(['09:00', '', '', '09:05'])
  })

  it('keeps a start someone typed, and lets a start be cleared and typed again', () => {
    let v = fourSteps()
    v = withStepChange(v, 0, { endTime: '09:10' })
    v = withStepChange(v, 1, { startTime: '09:25' })
    v = withStepChange(v, 0, { endTime: '09:15' })
    expect(starts(v)[1]).toBe('09:25')
    v = withStepChange(v, 1, { startTime: '' })
    expect(starts(v)[1]).toBe('')
    v = withStepChange(v, 1, { startTime: '09:30' })
    expect(starts(v)[1]).toBe('09:30')
  })

  it('carries the end date to the next taken step on a case over several days', () => {
    let v = { ...fourSteps(), multiDay: true }
    v = withStepChange(v, 1, { skipped: true })
    v = withStepChange(v, 0, { endDate: '24/11/2026', endTime: '10:00' })
    expect(v.steps[2]).toMatchObject({ startDate: '24/11/2026', startTime: '10:00', endDate: '24/11/2026' })
  })
})
