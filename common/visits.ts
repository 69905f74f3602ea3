import { z } from 'zod'
import { IsoDate } from './holidays'
import { StandardTime } from './calendar/working-time'
import { withoutInvisible } from './identity/normalize'
import { Procedure, VisitChannel, VisitPurpose } from './procedures'
import { DisplayLanguage } from './settings'

export const VISIT_STATUSES = ['waiting', 'in_progress', 'done', 'cancelled'] as const
export const VisitStatus = z.enum(VISIT_STATUSES)
export type VisitStatus = z.infer<typeof VisitStatus>

/**
 * What happened to a visit, as append-only events (its state is derived from them, so two desks
 * acting on one visit never lose each other's steps): `call` (the queue called it; step 0),
 * `start`/`end`/`skip` of a step, `reason` (why a step, or with step 0 the whole procedure, overran
 * its standard time), `finish` (the outcome, in `note`) and `cancel` (why, in `note`).
 */
export const STEP_EVENT_KINDS = ['call', 'start', 'end', 'skip', 'reason', 'finish', 'cancel'] as const
export type StepEventKind = (typeof STEP_EVENT_KINDS)[number]

const Note = (max: number) => z.string().trim().max(max, 'too_long')
const Required = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'too_long')
const Id = z.string().min(1).max(64)

export const VisitStartInput = z.object({
  visitorId: Id,
  purpose: VisitPurpose,
  /** The SOP the case runs through; none for a purpose no procedure covers (an information request). */
  procedureId: z.string().min(1).optional(),
  notes: Note(2000).default(''),
  /**
   * The receptionist confirmed a second queue number although the visitor already holds one today
   * (issue 8, fault 8); without it the core refuses with `visit_already_open`.
   */
  allowSecond: z.boolean().default(false),
})
export type VisitStartInput = z.infer<typeof VisitStartInput>

/** How the officer moves a visit on from its running step. */
export const AdvanceAction = z.enum(['next', 'escalate', 'resolve'])
export type AdvanceAction = z.infer<typeof AdvanceAction>

export const VisitAdvanceInput = z.object({
  visitId: Id,
  /**
   * The step the officer sees running, so a stale screen cannot end a step it did not show; 0 for
   * a visit without a procedure, which ends in one go.
   */
  stepNo: z.number().int().nonnegative(),
  action: AdvanceAction.default('next'),
  /** Why the step overran its standard; required when it did and none was recorded yet. */
  reason: Note(500).optional(),
  /** What the visit ended with; required when the last step ends. */
  outcome: Note(2000).optional(),
  /**
   * The step that follows the visit (tindak lanjut) and the date it is due by, when there is one:
   * printed on the catatan konsultasi pelapor (seed 001, step 4's output). Only with the last step.
   */
  nextStep: Note(1000).optional(),
  nextStepDue: IsoDate.optional(),
})
export type VisitAdvanceInput = z.infer<typeof VisitAdvanceInput>

export const VisitReasonInput = z.object({
  visitId: Id,
  /** 0: the procedure as a whole (when its steps carry no standard of their own). */
  stepNo: z.number().int().nonnegative(),
  reason: Required(500),
})

export const VisitCancelInput = z.object({ visitId: Id, reason: Required(500) })

export const VisitLookupInput = z
  .object({
    id: Id.optional(),
    // Scanned or pasted: invisible characters are separators here too (common/identity/normalize.ts).
    visitNumber: z.string().transform(withoutInvisible).pipe(z.string().trim().toUpperCase()).optional(),
  })
  .refine((input) => input.id !== undefined || input.visitNumber !== undefined, 'required')

export const CallNextInput = z.object({
  /** Only this service's queue; all of them when absent. */
  service: z
    .string()
    .regex(/^[A-Z]$/)
    .optional(),
})

/** A step of a visit written on paper while the PC was down, keyed in later with its real times. */
export const LateStep = z.discriminatedUnion('skipped', [
  z.object({
    no: z.number().int().positive(),
    skipped: z.literal(false),
    startedAt: z.number().int(),
    endedAt: z.number().int(),
    reason: Note(500).optional(),
  }),
  z.object({ no: z.number().int().positive(), skipped: z.literal(true) }),
])
export type LateStep = z.infer<typeof LateStep>

export const VisitLateInput = z.object({
  visitorId: Id,
  purpose: VisitPurpose,
  procedureId: z.string().min(1).optional(),
  arrivedAt: z.number({ error: 'required' }).int(),
  /** The number on the paper ticket, if one was given. */
  queueNumber: Note(16).optional(),
  steps: z.array(LateStep),
  /** Why the whole procedure overran its standard, for one whose steps carry none (seed 003). */
  procedureReason: Note(500).optional(),
  /** When it ended: the last step's end, or for a visit without a procedure, given here. */
  finishedAt: z.number().int().optional(),
  outcome: Required(2000),
  notes: Note(2000).default(''),
})
export type VisitLateInput = z.infer<typeof VisitLateInput>

export const StepStatus = z.enum(['pending', 'running', 'done', 'skipped'])
export type StepStatus = z.infer<typeof StepStatus>

export const StepView = z.object({
  no: z.number().int(),
  status: StepStatus,
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  /** When the step is due by its standard (wall time, or office hours on working days). */
  dueAt: z.number().nullable(),
  standard: StandardTime.nullable(),
  /** Past its standard (a running step: as of the answer; the UI keeps counting from dueAt). */
  overdue: z.boolean(),
  reason: z.string().nullable(),
  /** dueAt crosses a year whose holiday decree is not loaded (common/calendar/working-time.ts isDueProvisional). */
  dueProvisional: z.boolean().optional(),
})
export type StepView = z.infer<typeof StepView>

export const VisitorBrief = z.object({
  id: z.string(),
  fullName: z.string(),
  nikMasked: z.string().nullable(),
  nip: z.string().nullable(),
  phone: z.string().nullable(),
})

export const VisitView = z.object({
  id: z.string(),
  visitNumber: z.string(),
  queueNumber: z.string().nullable(),
  service: z.string().nullable(),
  purpose: VisitPurpose,
  channel: VisitChannel,
  status: VisitStatus,
  visitor: VisitorBrief,
  procedure: Procedure.nullable(),
  steps: z.array(StepView),
  currentStep: z.number().int().nullable(),
  arrivedAt: z.number(),
  calledAt: z.number().nullable(),
  /** The counter that called the visitor (desk code), for the display and the board. */
  calledBy: z.string().nullable(),
  finishedAt: z.number().nullable(),
  totalDueAt: z.number().nullable(),
  /** totalDueAt crosses a year whose holiday decree is not loaded. */
  totalDueProvisional: z.boolean().optional(),
  overdue: z.boolean(),
  /** Steps past their standard with no reason yet (0: the procedure as a whole). */
  needsReason: z.array(z.number().int()),
  /** Why the procedure as a whole overran its standard (step 0), when recorded. */
  procedureReason: z.string().nullable(),
  outcome: z.string().nullable(),
  cancelReason: z.string().nullable(),
  notes: z.string().nullable(),
  /** The follow-up the visitor was told of, and its due date (YYYY-MM-DD). */
  nextStep: z.string().nullable(),
  nextStepDue: z.string().nullable(),
  /** The complaint the visit is about (issue 11), linked at step 4 or registered during the visit. */
  complaintId: z.string().nullable(),
  /** The consultation the visit is about (issue 12): as its case, or linked. */
  consultationId: z.string().nullable(),
  deskCode: z.string().nullable(),
  enteredLate: z.boolean(),
  recordedAt: z.number().nullable(),
})
export type VisitView = z.infer<typeof VisitView>

/** One line of the officers' board. */
export const BoardItem = VisitView.pick({
  id: true,
  visitNumber: true,
  queueNumber: true,
  service: true,
  purpose: true,
  status: true,
  currentStep: true,
  arrivedAt: true,
  calledAt: true,
  calledBy: true,
  finishedAt: true,
  totalDueAt: true,
  totalDueProvisional: true,
  overdue: true,
  enteredLate: true,
}).extend({
  visitorName: z.string(),
  procedureName: z.object({ id: z.string(), en: z.string() }).nullable(),
  /** How many steps the visit's procedure has, and what the running one is. */
  stepCount: z.number().int().nullable(),
  currentActivity: z.object({ id: z.string(), en: z.string() }).nullable(),
  /** The running step's due time, so the board counts down without asking again. */
  currentDueAt: z.number().nullable(),
  /** currentDueAt crosses a year whose holiday decree is not loaded. */
  currentDueProvisional: z.boolean().optional(),
  currentStartedAt: z.number().nullable(),
})
export type BoardItem = z.infer<typeof BoardItem>

export const Board = z.object({
  day: z.string(),
  items: z.array(BoardItem),
})
export type Board = z.infer<typeof Board>

/** One line of a visitor's visits, as their page lists them. */
export const VisitLine = VisitView.pick({
  id: true,
  visitNumber: true,
  queueNumber: true,
  purpose: true,
  channel: true,
  status: true,
  arrivedAt: true,
  finishedAt: true,
}).extend({
  procedureCode: z.string().nullable(),
  procedureName: z.object({ id: z.string(), en: z.string() }).nullable(),
})
export type VisitLine = z.infer<typeof VisitLine>

export const VisitorVisitsInput = z.object({ visitorId: Id })

/**
 * A visitor's visits: those still open (waiting, being served, or a case being worked), newest
 * first, and the latest closed ones (at most `PAST_VISITS_SHOWN`) with how many there are in all.
 */
export const VisitorVisits = z.object({
  open: z.array(VisitLine),
  past: z.array(VisitLine),
  pastTotal: z.number().int().nonnegative(),
})
export type VisitorVisits = z.infer<typeof VisitorVisits>
export const PAST_VISITS_SHOWN = 10

/** What the waiting-room display shows: the latest calls, and nothing personal. */
export const DisplayCall = z.object({
  eventId: z.string(),
  queueNumber: z.string(),
  service: z.string().nullable(),
  counter: z.string(),
  calledAt: z.number(),
})
export const DisplayState = z.object({
  officeName: z.string().nullable(),
  /** The display's own language, an office setting (common/settings.ts DisplayLanguage), not the officer's. */
  language: DisplayLanguage,
  calls: z.array(DisplayCall),
  waiting: z.number().int(),
})
export type DisplayState = z.infer<typeof DisplayState>
