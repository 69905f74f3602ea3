import type { BoardItem } from '../../../../../common/visits'
import { boardItemOverdue } from '../../../../../common/visit-rules'
import type { Timing } from '../time'
import { timing } from '../time'

/** The board's sections, in the order they are shown: what needs attention first. */
export type Section = 'overdue' | 'in_progress' | 'waiting' | 'done' | 'cancelled'
export const SECTIONS: readonly Section[] = ['overdue', 'in_progress', 'waiting', 'done', 'cancelled']

export const isOpen = (item: BoardItem): boolean => item.status === 'waiting' || item.status === 'in_progress'

/**
 * Today's visits by section as of `now` (ms UTC): an open visit past its standard goes to
 * `overdue` (common/visit-rules.ts); those being served by when they were called, the closed ones
 * latest first, the waiting ones as the core ordered them (first come, first served).
 */
export function groupBoard(items: readonly BoardItem[], now: number): Record<Section, BoardItem[]> {
  const groups: Record<Section, BoardItem[]> = {
    overdue: [],
    in_progress: [],
    waiting: [],
    done: [],
    cancelled: [],
  }
  for (const item of items) groups[boardItemOverdue(item, now) ? 'overdue' : item.status].push(item)
  const byCall = (a: BoardItem, b: BoardItem) => (a.calledAt ?? a.arrivedAt) - (b.calledAt ?? b.arrivedAt)
  const latestFirst = (a: BoardItem, b: BoardItem) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0)
  groups.in_progress.sort(byCall)
  groups.done.sort(latestFirst)
  groups.cancelled.sort(latestFirst)
  return groups
}

/** How many visits each section holds. */
export function countSections(groups: Record<Section, BoardItem[]>): Record<Section, number> {
  return {
    overdue: groups.overdue.length,
    in_progress: groups.in_progress.length,
    waiting: groups.waiting.length,
    done: groups.done.length,
    cancelled: groups.cancelled.length,
  }
}

/** The timer a row shows: the running step against its standard, else the visit against its total. */
export function rowTiming(item: BoardItem, now: number): { timing: Timing; dueAt: number | null } {
  if (!isOpen(item)) {
    return {
      timing: timing({ startedAt: item.arrivedAt, dueAt: item.totalDueAt, endedAt: item.finishedAt, now }),
      dueAt: item.totalDueAt,
    }
  }
  if (item.currentStartedAt !== null && item.currentDueAt !== null) {
    return {
      timing: timing({ startedAt: item.currentStartedAt, dueAt: item.currentDueAt, now }),
      dueAt: item.currentDueAt,
    }
  }
  return {
    timing: timing({ startedAt: item.arrivedAt, dueAt: item.totalDueAt, now }),
    dueAt: item.totalDueAt,
  }
}
