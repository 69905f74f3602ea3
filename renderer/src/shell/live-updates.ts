import { TZDate } from '@date-fns/tz'
import type { QueryClient } from '@tanstack/react-query'
import { format } from 'date-fns'
import { subscribeToCore } from '../api/client'
import { invalidateTopics } from '../api/queries'
import { useSession } from '../stores/session'

/** How often the office's date is looked at: a clock, not a question to the core. */
const DAY_CHECK_MS = 30_000

/** The office's date now (`yyyy-MM-dd` in its zone; Jakarta for the display before it knows). */
function officeDay(): string {
  const zone = useSession.getState().info?.timeZone ?? 'Asia/Jakarta'
  return format(new TZDate(Date.now(), zone), 'yyyy-MM-dd')
}

/**
 * Keeps the window in step with the core: each event marks the cached answers of its topics out of
 * date (those on screen are asked again at once), the header re-reads the office's name and desk
 * code when the office changed, and a user disabled elsewhere is signed out here. One change comes
 * with no event: the office's day turning (the board and the display are today's, a deadline's
 * working days count from it), so a clock watches for it and tells the same way. Started once
 * for the window; returns what stops it.
 */
export function startLiveUpdates(client: QueryClient): () => void {
  const stop = subscribeToCore(({ topics }) => {
    void invalidateTopics(client, topics)
    const session = useSession.getState()
    if (topics.includes('office') && session.info) void session.refreshInfo().catch(() => undefined)
    if (topics.includes('users')) void session.recheck()
  })
  let day = officeDay()
  const clock = window.setInterval(() => {
    const today = officeDay()
    if (today === day) return
    day = today
    void invalidateTopics(client, ['visits', 'calendar'])
  }, DAY_CHECK_MS)
  return () => {
    stop()
    window.clearInterval(clock)
  }
}
