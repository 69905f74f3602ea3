import { officeInstant } from '../../../../../common/calendar/office-day'
import type { OfficeCalendar, StandardTime } from '../../../../../common/calendar/working-time'
import { dueAt } from '../../../../../common/calendar/working-time'
import type { ChannelInput } from '../../../../../common/contract'
import type { Localized } from '../../../../../common/localized'
import { localize } from '../../../../../common/localized'
import type { Procedure } from '../../../../../common/procedures'
import type { ValidationKey } from '../../../../../common/validation'
import { validationCatalog } from '../../../../../common/validation'
import type { ServiceChoice } from '../choices'

/** The core's limit (core/visits/late-entry.ts LATE_ENTRY_MAX_AGE_DAYS), checked here as the user types. */
export const LATE_MAX_AGE_DAYS = 31
const DAY_MS = 24 * 60 * 60 * 1000
const NOTE_MAX = 2000

export interface LateVisitor {
  id: string
  fullName: string
  nikMasked: string | null
  nip: string | null
  phoneDisplay: string | null
}

/** One step as written on paper: office-local dates and times as typed (see parseDay, parseTime). */
export interface LateStepValues {
  no: number
  skipped: boolean
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  reason: string
}

export interface LateValues {
  visitor: LateVisitor | null
  /** A ServiceChoice key. */
  choice: string | null
  arrivalDate: string
  arrivalTime: string
  queueNumber: string
  /** Steps on other days than the arrival (procedures measured in hours or working days). */
  multiDay: boolean
  steps: LateStepValues[]
  /** When a visit without a procedure ended. */
  finishDate: string
  finishTime: string
  outcome: string
  /** Why the whole procedure overran, for one whose steps carry no standard (SOP 003). */
  procedureReason: string
  notes: string
}

/** An empty entry; `today` is the office's date 'YYYY-MM-DD'. */
export function emptyLate(today: string): LateValues {
  return {
    visitor: null,
    choice: null,
    arrivalDate: formatDay(today),
    arrivalTime: '',
    queueNumber: '',
    multiDay: false,
    steps: [],
    finishDate: formatDay(today),
    finishTime: '',
    outcome: '',
    procedureReason: '',
    notes: '',
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A date as people write it at an Indonesian counter — 22/11/2026, 22-11-2026, 22.11.2026,
 * 22112026 — or as ISO 2026-11-22: the ISO date 'YYYY-MM-DD' when it is a real date, else null.
 */
export function parseDay(text: string): string | null {
  const raw = text.trim()
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw)
  let [y, m, d] = match ? [match[1], match[2], match[3]] : [undefined, undefined, undefined]
  if (!match) {
    match = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(raw) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(raw)
    if (match) [d, m, y] = [match[1], match[2], match[3]]
  }
  if (!y || !m || !d) return null
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  )
    return null
  return `${y}-${pad(Number(m))}-${pad(Number(d))}`
}

/** 'YYYY-MM-DD' as the form shows it: 22/11/2026. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-')
  return y && m && d ? `${d}/${m}/${y}` : iso
}

/** A time on the 24-hour clock as typed — 9:30, 09.30, 0930, 930 — as 'HH:mm', else null. */
export function parseTime(text: string): string | null {
  const raw = text.trim()
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(raw) ?? /^(\d{1,2})(\d{2})$/.exec(raw)
  if (!match) return null
  const [h, m] = [Number(match[1]), Number(match[2])]
  return h <= 23 && m <= 59 ? `${pad(h)}:${pad(m)}` : null
}

/** The instant of an office-local date and time as typed; null while either is incomplete. */
export function instantOf(date: string, time: string, zone: string): number | null {
  const day = parseDay(date)
  const clock = parseTime(time)
  if (!day || !clock) return null
  try {
    return officeInstant(day, clock, zone)
  } catch {
    return null
  }
}

export function stepTimes(values: LateValues, step: LateStepValues, zone: string) {
  const startDate = values.multiDay ? step.startDate : values.arrivalDate
  const endDate = values.multiDay ? step.endDate : values.arrivalDate
  return {
    start: instantOf(startDate, step.startTime, zone),
    end: instantOf(endDate, step.endTime, zone),
  }
}

export function needsMultiDay(procedure: Procedure | null): boolean {
  return (procedure?.steps ?? []).some((step) => step.standard && step.standard.unit !== 'minutes')
}

/** The steps of a procedure, blank, all on the arrival's day, the first starting at the arrival. */
export function blankSteps(procedure: Procedure | null, values: LateValues): LateStepValues[] {
  return (procedure?.steps ?? []).map((step, index) => ({
    no: step.no,
    skipped: false,
    startDate: values.arrivalDate,
    startTime: index === 0 ? values.arrivalTime : '',
    endDate: values.arrivalDate,
    endTime: '',
    reason: '',
  }))
}

const sameDay = (a: string, b: string) => a === b || (parseDay(a) !== null && parseDay(a) === parseDay(b))
const sameTime = (a: string, b: string) => a === b || (parseTime(a) !== null && parseTime(a) === parseTime(b))

/** The arrival's date moved: every date still equal to the old one (or empty) follows it. */
export function withArrivalDate(values: LateValues, date: string): LateValues {
  const old = parseDay(values.arrivalDate)
  const follow = (value: string) => (value.trim() === '' || parseDay(value) === old ? date : value)
  return {
    ...values,
    arrivalDate: date,
    finishDate: follow(values.finishDate),
    steps: values.steps.map((step) => ({
      ...step,
      startDate: follow(step.startDate),
      endDate: follow(step.endDate),
    })),
  }
}

/** Where each step that was taken would start by itself: the arrival, then each previous taken step's end. */
function chainedStarts(values: LateValues): Map<number, { date: string; time: string }> {
  const starts = new Map<number, { date: string; time: string }>()
  let from = { date: values.arrivalDate, time: values.arrivalTime }
  values.steps.forEach((step, index) => {
    if (step.skipped) return
    starts.set(index, from)
    from = { date: step.endDate, time: step.endTime }
  })
  return starts
}

/**
 * Carries the chain of starts over a change (the screen's promise: "the next step's start is
 * filled in from the previous step's end"). A taken step's start follows the end of the taken step
 * before it — over any skipped steps — or the arrival for the first; it is filled when empty or
 * when it still held what the chain gave before the change, and left alone when someone typed
 * another time. So a step skipped or taken again, an end typed or an arrival moved all refill the
 * starts that depend on them. Its end date follows a start date it was equal to. `typing`: the
 * index of a step whose own start is being edited, which is left as typed.
 */
function refillStarts(before: LateValues, after: LateValues, typing: number | null = null): LateValues {
  const was = chainedStarts(before)
  const now = chainedStarts(after)
  const steps = after.steps.map((step, index) => {
    const wanted = now.get(index)
    // A start being typed is the user's, even while empty (else it could never be cleared and retyped).
    if (!wanted || index === typing) return step
    const old = was.get(index)
    const next = { ...step }
    if (step.startTime.trim() === '' || (old !== undefined && sameTime(step.startTime, old.time)))
      next.startTime = wanted.time
    if (step.startDate.trim() === '' || (old !== undefined && sameDay(step.startDate, old.date))) {
      next.startDate = wanted.date
      if (step.endDate.trim() === '' || sameDay(step.endDate, step.startDate)) next.endDate = wanted.date
    }
    return next
  })
  return { ...after, steps }
}

/** The arrival's time changed: the first step taken starts then, unless another start was typed. */
export function withArrivalTime(values: LateValues, time: string): LateValues {
  return refillStarts(values, { ...values, arrivalTime: time })
}

/**
 * One step changed (its times, dates, reason, or skipped): the starts that follow from it are
 * refilled (refillStarts); its own end date follows its start date when it was equal or empty.
 */
export function withStepChange(
  values: LateValues,
  index: number,
  patch: Partial<LateStepValues>,
): LateValues {
  const old = values.steps[index]
  if (!old) return values
  const changed: LateStepValues = { ...old, ...patch }
  if (patch.startDate !== undefined && (sameDay(old.endDate, old.startDate) || old.endDate.trim() === '')) {
    changed.endDate = patch.startDate
  }
  const steps = values.steps.map((step, i) => (i === index ? changed : step))
  const typing = patch.startTime !== undefined || patch.startDate !== undefined ? index : null
  return refillStarts(values, { ...values, steps }, typing)
}

export interface StepTiming {
  start: number | null
  end: number | null
  /** When the step was due by its standard; null without a standard or a start. */
  due: number | null
  overran: boolean
}

/** When a span that started at `start` is due by its standard; null when the calendar cannot say. */
export function dueOrNull(calendar: OfficeCalendar, start: number, standard: StandardTime): number | null {
  try {
    return dueAt(calendar, start, standard)
  } catch {
    return null
  }
}

export function stepTimings(
  values: LateValues,
  procedure: Procedure | null,
  calendar: OfficeCalendar,
): StepTiming[] {
  return values.steps.map((step, index) => {
    const standard = procedure?.steps[index]?.standard ?? null
    if (step.skipped) return { start: null, end: null, due: null, overran: false }
    const { start, end } = stepTimes(values, step, calendar.timeZone)
    const due = start !== null && standard ? dueOrNull(calendar, start, standard) : null
    return { start, end, due, overran: due !== null && end !== null && end > due }
  })
}

export interface LateIssue {
  /** A key of common/validation.ts's catalog, or a date or time that could not be read. */
  key: ValidationKey | 'date_unreadable' | 'time_unreadable'
  /** The catalog's message; absent for the two the screen words itself (i18n frontdesk.late.*). */
  message: Localized | null
}

function issue(key: ValidationKey, params?: Record<string, string | number>): LateIssue {
  return { key, message: localize(validationCatalog[key], params) }
}

/** A date and time as typed: the instant, or why there is none (not filled in, or not readable). */
function when(date: string, time: string, zone: string): { at: number } | { problem: LateIssue } {
  if (date.trim() !== '' && parseDay(date) === null)
    return { problem: { key: 'date_unreadable', message: null } }
  if (time.trim() !== '' && parseTime(time) === null)
    return { problem: { key: 'time_unreadable', message: null } }
  const at = instantOf(date, time, zone)
  return at === null ? { problem: issue('required') } : { at }
}

/**
 * The same rules the core applies (core/visits/late-entry.ts), keyed by the paths the core answers
 * with (`arrivedAt`, `steps.1.startedAt`, …) so its errors and these land on the same inputs.
 */
export function lateIssues(
  values: LateValues,
  choice: ServiceChoice | null,
  zone: string,
  now: number,
): Record<string, LateIssue> {
  const issues: Record<string, LateIssue> = {}
  if (!values.visitor) issues.visitorId = issue('required')
  if (!choice) issues.purpose = issue('required')
  const arrival = when(values.arrivalDate, values.arrivalTime, zone)
  const arrived = 'at' in arrival ? arrival.at : null
  if (!('at' in arrival)) issues.arrivedAt = arrival.problem
  else if (arrival.at > now) issues.arrivedAt = issue('late_in_future')
  else if (arrival.at < now - LATE_MAX_AGE_DAYS * DAY_MS) issues.arrivedAt = issue('late_too_old')
  if (values.queueNumber.trim().length > 16) issues.queueNumber = issue('too_long', { maximum: 16 })

  if (choice?.procedure) {
    const definitions = choice.procedure.steps
    let previousEnd = arrived
    values.steps.forEach((step, index) => {
      const path = `steps.${index}`
      if (step.skipped) {
        if (!definitions[index]?.escalation) issues[path] = issue('late_step_not_skippable')
        return
      }
      const startDate = values.multiDay ? step.startDate : values.arrivalDate
      const endDate = values.multiDay ? step.endDate : values.arrivalDate
      const started = when(startDate, step.startTime, zone)
      const ended = when(endDate, step.endTime, zone)
      const start = 'at' in started ? started.at : null
      const end = 'at' in ended ? ended.at : null
      if (!('at' in started)) issues[`${path}.startedAt`] = started.problem
      else if (previousEnd !== null && started.at < previousEnd)
        issues[`${path}.startedAt`] = issue('late_step_order')
      if (!('at' in ended)) issues[`${path}.endedAt`] = ended.problem
      else if (start !== null && ended.at < start) issues[`${path}.endedAt`] = issue('late_step_order')
      else if (ended.at > now) issues[`${path}.endedAt`] = issue('late_in_future')
      if (step.reason.trim().length > 500) issues[`${path}.reason`] = issue('too_long', { maximum: 500 })
      previousEnd = end ?? start ?? previousEnd
    })
  } else if (choice) {
    const finish = when(values.finishDate, values.finishTime, zone)
    if (!('at' in finish)) issues.finishedAt = finish.problem
    else if (arrived !== null && finish.at < arrived) issues.finishedAt = issue('late_before_arrival')
    else if (finish.at > now) issues.finishedAt = issue('late_in_future')
  }
  if (values.outcome.trim() === '') issues.outcome = issue('required')
  else if (values.outcome.trim().length > NOTE_MAX) issues.outcome = issue('too_long', { maximum: NOTE_MAX })
  if (values.notes.trim().length > NOTE_MAX) issues.notes = issue('too_long', { maximum: NOTE_MAX })
  if ((values.procedureReason ?? '').trim().length > 500) {
    issues.procedureReason = issue('too_long', { maximum: 500 })
  }
  return issues
}

/** What the core is sent; call only when lateIssues found nothing. */
export function lateInput(
  values: LateValues,
  choice: ServiceChoice,
  zone: string,
): ChannelInput<'visits.recordLate'> {
  const arrivedAt = instantOf(values.arrivalDate, values.arrivalTime, zone) ?? 0
  const steps = values.steps.map((step) => {
    if (step.skipped) return { no: step.no, skipped: true as const }
    const { start, end } = stepTimes(values, step, zone)
    const reason = step.reason.trim()
    return {
      no: step.no,
      skipped: false as const,
      startedAt: start ?? 0,
      endedAt: end ?? 0,
      ...(reason ? { reason } : {}),
    }
  })
  const queueNumber = values.queueNumber.trim()
  // A draft kept from before this field existed has none.
  const procedureReason = (values.procedureReason ?? '').trim()
  return {
    visitorId: values.visitor?.id ?? '',
    purpose: choice.purpose,
    arrivedAt,
    steps: choice.procedure ? steps : [],
    outcome: values.outcome.trim(),
    notes: values.notes.trim(),
    ...(choice.procedure ? { procedureId: choice.procedure.id } : {}),
    ...(queueNumber ? { queueNumber } : {}),
    ...(choice.procedure && procedureReason ? { procedureReason } : {}),
    ...(choice.procedure
      ? {}
      : { finishedAt: instantOf(values.finishDate, values.finishTime, zone) ?? undefined }),
  }
}
