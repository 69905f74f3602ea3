import { useNavigate, useRouter, useRouterState } from '@tanstack/react-router'
import { useCallback } from 'react'

/**
 * The screens with an address of their own (renderer/src/router.tsx). `visit` takes the visit's
 * id, `visitor` (a visitor's page at the front desk) the visitor's, `complaint` the complaint's,
 * `consultation` the consultation's.
 */
export type RouteName =
  | 'home'
  | 'frontdesk'
  | 'visitor'
  | 'queue'
  | 'visit'
  | 'complaint'
  | 'consultations'
  | 'newConsultation'
  | 'consultation'
  | 'late'
  | 'holidays'
  | 'settings'
  | 'display'
  | 'kiosk'
  | 'ikm'

const PATHS = {
  home: '/',
  frontdesk: '/frontdesk',
  queue: '/queue',
  late: '/late',
  holidays: '/holidays',
  settings: '/settings',
  display: '/display',
  consultations: '/consultations',
  newConsultation: '/consultations/new',
  kiosk: '/kiosk',
  ikm: '/ikm',
} as const satisfies Record<Exclude<RouteName, 'visit' | 'visitor' | 'complaint' | 'consultation'>, string>

type Go = (name: RouteName, param?: string | null) => void

/**
 * Opens a screen and adds it to the window's history: the one way every menu entry, shortcut,
 * button and the barcode scanner move between screens. `param` is the id `visit`, `visitor` and
 * `complaint` take.
 */
export function useGo(): Go {
  const navigate = useNavigate()
  return useCallback<Go>(
    (name, param = null) => {
      if (name === 'visit') {
        if (param) void navigate({ to: '/visit/$visitId', params: { visitId: param } })
      } else if (name === 'complaint') {
        if (param) void navigate({ to: '/complaints/$complaintId', params: { complaintId: param } })
      } else if (name === 'consultation') {
        if (param) void navigate({ to: '/consultations/$consultationId', params: { consultationId: param } })
      } else if (name === 'visitor') {
        if (param) void navigate({ to: '/frontdesk/visitor/$visitorId', params: { visitorId: param } })
      } else void navigate({ to: PATHS[name] })
    },
    [navigate],
  )
}

/** The screen on show, by name (the menu marks its entry). */
export function useRouteName(): RouteName {
  const path = useRouterState({ select: (state) => state.location.pathname })
  if (path.startsWith('/visit/')) return 'visit'
  if (path.startsWith('/complaints/')) return 'complaint'
  if (path.startsWith('/frontdesk/')) return 'frontdesk'
  // A consultation's screens mark the consultations entry of the menu.
  if (path.startsWith('/consultations')) return 'consultations'
  for (const [name, at] of Object.entries(PATHS)) if (at === path) return name as keyof typeof PATHS
  return 'home'
}

/** Back and forward in the window's history, as a browser's Alt+← and Alt+→ do. */
export function useHistoryMoves(): { back(): void; forward(): void } {
  const { history } = useRouter()
  return { back: () => history.back(), forward: () => history.forward() }
}
