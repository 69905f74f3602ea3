import { create } from 'zustand'

export const ROUTES = [
  'home',
  'frontdesk',
  'queue',
  'visit',
  'late',
  'holidays',
  'settings',
  'display',
] as const
export type RouteName = (typeof ROUTES)[number]
/** A screen, and for `visit` the visit's id. */
export interface Route {
  name: RouteName
  param: string | null
}

function isRouteName(name: string): name is RouteName {
  return (ROUTES as readonly string[]).includes(name)
}

export function parseHash(hash: string): Route {
  const [name = '', param] = hash.replace(/^#\/?/, '').split('/')
  return isRouteName(name)
    ? { name, param: param ? decodeURIComponent(param) : null }
    : { name: 'home', param: null }
}

export function routeHash(route: Route): string {
  return `#/${route.name}${route.param ? `/${encodeURIComponent(route.param)}` : ''}`
}

interface RouteState {
  route: Route
  go(name: RouteName, param?: string | null): void
}

/** The current screen, mirrored in the address's hash so a reload comes back to it. */
export const useRoute = create<RouteState>((set) => ({
  route: parseHash(window.location.hash),
  go(name, param = null) {
    const route = { name, param }
    window.history.replaceState(null, '', routeHash(route))
    set({ route })
  },
}))
