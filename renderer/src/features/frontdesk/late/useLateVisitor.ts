import type { RefObject } from 'react'
import { useRef, useState } from 'react'
import type { VisitorDraft } from '../../../../../common/visitors'
import { call } from '../../../api/client'
import { clearDraft, loadDraft } from '../../../forms/drafts'
import { useGlobalHotkeys } from '../../../shell/hotkeys'
import { prefillFromQuery } from '../prefill'
import type { LateVisitor } from './late-entry'

/** Where the visitor form keeps what is typed, so a reload comes back to it. */
export const VISITOR_DRAFT = 'late.visitor'

function visitorOf(hit: LateVisitor): LateVisitor {
  return {
    id: hit.id,
    fullName: hit.fullName,
    nikMasked: hit.nikMasked,
    nip: hit.nip,
    phoneDisplay: hit.phoneDisplay,
  }
}

/**
 * Picking the visitor of a late entry: searching (/ or F2 goes to the search), or registering a new
 * one (Alt+N, with what was searched for); once picked, the focus moves on to the purpose.
 */
export function useLateVisitor({
  restoredVisitor,
  chosen,
  choose,
  purposeRef,
}: {
  /** The restored draft has its visitor already. */
  restoredVisitor: boolean
  chosen: () => LateVisitor | null
  choose: (visitor: LateVisitor | null) => void
  purposeRef: RefObject<HTMLInputElement | null>
}) {
  const [registering, setRegistering] = useState(() => loadDraft(VISITOR_DRAFT) !== null && !restoredVisitor)
  const [prefill, setPrefill] = useState<Partial<VisitorDraft>>({})
  const [query, setQuery] = useState('')
  const searchRef = useRef<HTMLInputElement>(null)
  const focusSearch = () => requestAnimationFrame(() => searchRef.current?.focus())

  const pick = (visitor: LateVisitor) => {
    choose(visitorOf(visitor))
    setRegistering(false)
    requestAnimationFrame(() => purposeRef.current?.focus())
  }
  const register = (fill: Partial<VisitorDraft>) => {
    setPrefill(fill)
    setRegistering(true)
  }

  useGlobalHotkeys([
    ['/', () => searchRef.current?.focus()],
    ['F2', () => searchRef.current?.focus()],
    [
      'alt+N',
      () => {
        if (chosen() || registering) return
        register(prefillFromQuery(query))
      },
    ],
  ])

  return {
    registering,
    prefill,
    query,
    setQuery,
    searchRef,
    pick,
    register,
    /** Another visitor: back to the search. */
    change: () => {
      choose(null)
      focusSearch()
    },
    /** The new visitor's form closed without a save. */
    closeForm: () => {
      setRegistering(false)
      focusSearch()
    },
    /** The visitor typed in is registered already: that one it is. */
    openExisting: (id: string) => {
      clearDraft(VISITOR_DRAFT)
      void call('visitors.get', { id }).then(pick)
    },
    /** For the next paper: an empty search, with the focus in it. */
    startOver: () => {
      setQuery('')
      focusSearch()
    },
  }
}

export type LateVisitorState = ReturnType<typeof useLateVisitor>
