import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { useEffect } from 'react'
import { queryClient } from './api/queries'
import { router } from './router'
import { installPrintKey } from './features/printing/print-key'
import { startLiveUpdates } from './shell/live-updates'

/** The window: the core's answers cached and kept fresh by its events, and the screens by address. */
export function App() {
  useEffect(() => startLiveUpdates(queryClient), [])
  // Ctrl+P never prints the window, signed in or not (features/printing/print-key.ts).
  useEffect(() => installPrintKey(), [])
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
