import { useCallback, useEffect, useRef } from 'react'

/**
 * Calls `onIdle` once `ms` pass with no `touch()`, while `active`: a kiosk left alone mid-survey
 * returns to its start, so the next visitor never finds someone else's half-filled answers.
 */
export function useIdleReset(active: boolean, ms: number, onIdle: () => void): () => void {
  const timer = useRef<number | null>(null)
  const idle = useRef(onIdle)
  useEffect(() => {
    idle.current = onIdle
  }, [onIdle])
  const touch = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current)
    timer.current = active ? window.setTimeout(() => idle.current(), ms) : null
  }, [active, ms])
  useEffect(() => {
    touch()
    return () => {
      if (timer.current !== null) window.clearTimeout(timer.current)
    }
  }, [touch])
  return touch
}
