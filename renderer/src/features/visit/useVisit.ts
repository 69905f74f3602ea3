import { useCallback, useEffect, useRef, useState } from 'react'
import type { RpcError } from '../../../../common/errors'
import type { VisitView } from '../../../../common/visits'
import { call } from '../../api/client'
import { asRpcError } from '../queue/useCallNext'

/** Another desk may act on the same visit (a recall, a cancel at the front desk): ask again now and then. */
const POLL_MS = 5000

export interface VisitData {
  /** The visit as the core last answered; null until the first answer. */
  view: VisitView | null
  /** Why the last question failed (the screen keeps the last answer it had). */
  failure: RpcError | null
  /** Takes the core's answer to an action of our own; answers asked before it are dropped. */
  apply(view: VisitView): void
  /** Asks again now. */
  load(): Promise<void>
}

/** The visit as the core derives it from its stored events; a reload or restart just asks again. */
export function useVisit(visitId: string): VisitData {
  const [view, setView] = useState<VisitView | null>(null)
  const [failure, setFailure] = useState<RpcError | null>(null)
  // An answer to a question asked before our own action landed is stale: drop it.
  const generation = useRef(0)
  const load = useCallback(async () => {
    const asked = generation.current
    try {
      const next = await call('visits.get', { id: visitId })
      if (generation.current === asked) {
        setView(next)
        setFailure(null)
      }
    } catch (error) {
      if (generation.current === asked) setFailure(asRpcError(error))
    }
  }, [visitId])
  const apply = useCallback((next: VisitView) => {
    generation.current += 1
    setView(next)
  }, [])
  useEffect(() => {
    let alive = true
    let timer: number | undefined
    const loop = async () => {
      await load()
      if (alive) timer = window.setTimeout(() => void loop(), POLL_MS)
    }
    void loop()
    return () => {
      alive = false
      window.clearTimeout(timer)
    }
  }, [load])
  return { view, failure, apply, load }
}
