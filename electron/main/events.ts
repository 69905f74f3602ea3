import type { WebContents } from 'electron'
import { CORE_EVENTS_IPC } from '../../common/channels'
import type { CoreEvent } from '../../common/channels'

type IsTrusted = (url: string, isMainFrame: boolean) => boolean

/**
 * Sends each core event to every window showing the app's own renderer (the desk window and the
 * waiting-room display), so their screens ask again for what changed (issue 9). An event names
 * topics only, so the display, which has no session, learns nothing from it. Returns the function
 * that stops it.
 */
export function forwardCoreEvents(
  subscribe: (listener: (event: CoreEvent) => void) => () => void,
  windows: () => readonly WebContents[],
  isTrusted: IsTrusted,
): () => void {
  return subscribe((event) => {
    for (const contents of windows()) {
      if (!contents.isDestroyed() && isTrusted(contents.getURL(), true)) contents.send(CORE_EVENTS_IPC, event)
    }
  })
}
