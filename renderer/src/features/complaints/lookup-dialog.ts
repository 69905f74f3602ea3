import { create } from 'zustand'

/** Whether the officer's complaint lookup is open: F4 and the header's button open it from any screen. */
interface LookupDialogState {
  opened: boolean
  open(): void
  close(): void
}

export const useLookupDialog = create<LookupDialogState>((set) => ({
  opened: false,
  open: () => set({ opened: true }),
  close: () => set({ opened: false }),
}))
