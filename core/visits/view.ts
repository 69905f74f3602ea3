import { inArray } from 'drizzle-orm'
import type { OfficeCalendar } from '../../common/calendar/working-time'
import { isDueProvisional } from '../../common/calendar/working-time'
import { maskNik } from '../../common/identity/nik'
import { normalizePhone } from '../../common/phone'
import type { Procedure } from '../../common/procedures'
import type { VisitState } from '../../common/visit-state'
import { deriveVisitState } from '../../common/visit-state'
import type { BoardItem, VisitView } from '../../common/visits'
import { desks } from '../../db/schema'
import type { Db } from '../db'
import type { ProcedureCatalog } from '../procedures/catalog'
import type { VisitorRow } from '../visitors/search-index'
import type { StepEventRow, VisitRow } from './store'

export interface Derived {
  visit: VisitRow
  procedure: Procedure | null
  state: VisitState
  /** Which deadlines rest on a year without its holiday decree (issue 8, fault 1). */
  provisional: { steps: ReadonlySet<number>; total: boolean }
}

export function procedureOf(catalog: ProcedureCatalog, visit: VisitRow): Procedure | null {
  return visit.procedureId && visit.procedureVersion
    ? catalog.get(visit.procedureId, visit.procedureVersion)
    : null
}

export function derive(
  catalog: ProcedureCatalog,
  calendar: OfficeCalendar,
  visit: VisitRow,
  events: readonly StepEventRow[],
  now: number,
): Derived {
  const procedure = procedureOf(catalog, visit)
  const state = deriveVisitState({ procedure, arrivedAt: visit.arrivedAt, events, calendar, now })
  const steps = new Set(
    state.steps
      .filter((s) => s.startedAt !== null && isDueProvisional(calendar, s.startedAt, s.standard, s.dueAt))
      .map((s) => s.no),
  )
  const total = isDueProvisional(
    calendar,
    visit.arrivedAt,
    procedure?.totalStandard ?? null,
    state.totalDueAt,
  )
  return { visit, procedure, state, provisional: { steps, total } }
}

/** Desk codes by desk id (desks come down by sync), to say which counter called or registered. */
export function deskCodes(db: Db, ids: readonly (string | null)[]): Map<string, string> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))]
  if (wanted.length === 0) return new Map()
  const rows = db
    .select({ id: desks.id, code: desks.code })
    .from(desks)
    .where(inArray(desks.id, wanted))
    .all()
  return new Map(rows.map((row) => [row.id, row.code]))
}

/** What the visit view and the board line both say of a visit: its numbers and its derived state. */
function summary(derived: Derived, codes: ReadonlyMap<string, string>) {
  const { visit, state } = derived
  return {
    id: visit.id,
    visitNumber: visit.visitNumber,
    queueNumber: visit.queueNumber,
    service: visit.service,
    purpose: visit.purpose,
    status: state.status,
    currentStep: state.currentStep,
    arrivedAt: visit.arrivedAt,
    calledAt: state.calledAt,
    calledBy: state.calledDesk ? (codes.get(state.calledDesk) ?? null) : null,
    finishedAt: state.finishedAt,
    totalDueAt: state.totalDueAt,
    totalDueProvisional: derived.provisional.total,
    overdue: state.overdue,
    enteredLate: visit.enteredLate,
  }
}

export function toVisitView(
  derived: Derived,
  visitor: Pick<VisitorRow, 'id' | 'fullName' | 'nik' | 'nip' | 'phone'>,
  codes: ReadonlyMap<string, string>,
): VisitView {
  const { visit, procedure, state } = derived
  const phone = visitor.phone ? normalizePhone(visitor.phone) : null
  return {
    ...summary(derived, codes),
    channel: visit.channel,
    visitor: {
      id: visitor.id,
      fullName: visitor.fullName,
      nikMasked: visitor.nik ? maskNik(visitor.nik) : null,
      nip: visitor.nip,
      phone: phone?.ok ? phone.value.national : visitor.phone,
    },
    procedure,
    steps: state.steps.map((step) => ({ ...step, dueProvisional: derived.provisional.steps.has(step.no) })),
    needsReason: state.needsReason,
    procedureReason: state.procedureReason,
    outcome: state.outcome,
    cancelReason: state.cancelReason,
    notes: visit.notes,
    nextStep: visit.nextStep,
    nextStepDue: visit.nextStepDue,
    complaintId: visit.complaintId,
    consultationId: visit.consultationId,
    deskCode: codes.get(visit.deskId) ?? null,
    recordedAt: visit.recordedAt,
  }
}

export function toBoardItem(
  derived: Derived,
  visitorName: string,
  codes: ReadonlyMap<string, string>,
): BoardItem {
  const { procedure, state } = derived
  const running = state.steps.find((s) => s.no === state.currentStep)
  return {
    ...summary(derived, codes),
    visitorName,
    procedureName: procedure?.name ?? null,
    stepCount: procedure?.steps.length ?? null,
    currentActivity: procedure?.steps.find((s) => s.no === state.currentStep)?.activity ?? null,
    currentDueAt: running?.dueAt ?? null,
    currentDueProvisional: running ? derived.provisional.steps.has(running.no) : false,
    currentStartedAt: running?.startedAt ?? null,
  }
}
