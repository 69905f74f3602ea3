import { inArray } from 'drizzle-orm'
import type { OfficeCalendar } from '../../common/calendar/working-time'
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
  return { visit, procedure, state }
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
function summary({ visit, state }: Derived, codes: ReadonlyMap<string, string>) {
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
    steps: state.steps,
    needsReason: state.needsReason,
    procedureReason: state.procedureReason,
    outcome: state.outcome,
    cancelReason: state.cancelReason,
    notes: visit.notes,
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
    currentStartedAt: running?.startedAt ?? null,
  }
}
