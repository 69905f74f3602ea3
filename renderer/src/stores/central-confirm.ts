import { create } from 'zustand'

interface CentralConfirmState {
  /** Open while a change waits for the administrator's password. */
  open: boolean
  settle: ((confirmed: boolean) => void) | null
  /** Asks for the password; true once the central server accepted it, false when cancelled. */
  ask(): Promise<boolean>
  finish(confirmed: boolean): void
}

/** The one password prompt for changes an enrolled desk makes on the central server. */
export const useCentralConfirm = create<CentralConfirmState>((set, get) => ({
  open: false,
  settle: null,
  ask() {
    // One prompt at a time: a second change waiting shares the answer to the first.
    const waiting = get().settle
    return new Promise<boolean>((resolve) => {
      set({
        open: true,
        settle: (confirmed) => {
          waiting?.(confirmed)
          resolve(confirmed)
        },
      })
    })
  },
  finish(confirmed) {
    get().settle?.(confirmed)
    set({ open: false, settle: null })
  },
}))
