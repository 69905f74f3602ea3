/**
 * A consultation's assignment (disposisi) and answer, folded from its append-only events (issue 12)
 * in the order they happened — by time, then id — whatever order they synced in: a later
 * assignment supersedes an earlier one (the head reassigned it), a later answer an earlier one (an
 * answer corrected), and every event stays in the history the copy prints.
 */

export const CONSULTATION_EVENT_KINDS = ['assigned', 'answered'] as const
export type ConsultationEventKind = (typeof CONSULTATION_EVENT_KINDS)[number]

/** An event as the fold needs it (the stored row has more); times ms UTC. */
export interface ConsultationEvent {
  id: string
  kind: ConsultationEventKind
  at: number
  userId: string | null
  assigneeId: string | null
  note: string | null
}

export interface ConsultationFold<E extends ConsultationEvent = ConsultationEvent> {
  /** The assignment in force: the latest `assigned`. */
  assignment: E | null
  /** The answer in force: the latest `answered`. */
  answer: E | null
  /** Every event, oldest first. */
  history: E[]
}

/** Folds a consultation's events; pure, so every desk holding the same events shows the same. */
export function foldConsultation<E extends ConsultationEvent>(events: readonly E[]): ConsultationFold<E> {
  const history = [...events].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  let assignment: E | null = null
  let answer: E | null = null
  for (const event of history) {
    if (event.kind === 'assigned' && event.assigneeId) assignment = event
    if (event.kind === 'answered') answer = event
  }
  return { assignment, answer, history }
}

/**
 * Where a consultation stands, from its fold and its case visit's status: `unassigned` until a
 * head assigns it, `assigned` until the answer is recorded, `answered` until the case is closed,
 * then `done` or `cancelled`.
 */
export const CONSULTATION_STATUSES = ['unassigned', 'assigned', 'answered', 'done', 'cancelled'] as const
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number]

export function consultationStatus(
  fold: Pick<ConsultationFold, 'assignment' | 'answer'>,
  caseStatus: 'waiting' | 'in_progress' | 'done' | 'cancelled',
): ConsultationStatus {
  if (caseStatus === 'done' || caseStatus === 'cancelled') return caseStatus
  if (fold.answer) return 'answered'
  return fold.assignment ? 'assigned' : 'unassigned'
}
