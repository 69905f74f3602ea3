import type { QueryClient } from '@tanstack/react-query'
import { subscribeToCore } from '../api/client'
import { invalidateTopics } from '../api/queries'
import { useSession } from '../stores/session'

/**
 * Keeps the window in step with the core: each event marks the cached answers of its topics out of
 * date (those on screen are asked again at once), the header re-reads the office's name and desk
 * code when the office changed, and a user disabled elsewhere is signed out here. Started once for
 * the window; returns what stops it.
 */
export function startLiveUpdates(client: QueryClient): () => void {
  return subscribeToCore(({ topics }) => {
    void invalidateTopics(client, topics)
    const session = useSession.getState()
    if (topics.includes('office') && session.info) void session.refreshInfo().catch(() => undefined)
    if (topics.includes('users')) void session.recheck()
  })
}
