import { create } from 'zustand'

export const ROUTES = ['home', 'settings'] as const
export type Route = (typeof ROUTES)[number]

function fromHash(): Route {
  const name = window.location.hash.replace(/^#\/?/, '')
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'home'
}

interface RouteState {
  route: Route
  go(route: Route): void
}

/** The current screen, mirrored in the address's hash so a reload comes back to it. */
export const useRoute = create<RouteState>((set) => ({
  route: fromHash(),
  go(route) {
    window.history.replaceState(null, '', `#/${route}`)
    set({ route })
  },
}))
