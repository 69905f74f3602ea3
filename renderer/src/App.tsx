import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { useEffect } from 'react'
import { queryClient } from './api/queries'
import { router } from './router'
import { startLiveUpdates } from './shell/live-updates'

/** The window: the core's answers cached and kept fresh by its events, and the screens by address. */
export function App() {
  useEffect(() => startLiveUpdates(queryClient), [])
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
