import {
  Navigate,
  Outlet,
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  useParams,
} from '@tanstack/react-router'
import type { ComponentType } from 'react'
import { DisplayScreen } from './features/queue/DisplayScreen'
import { FrontDeskScreen } from './features/frontdesk/FrontDeskScreen'
import { HolidaysScreen } from './features/queue/holidays/HolidaysScreen'
import { LateEntryScreen } from './features/frontdesk/late/LateEntryScreen'
import { QueueScreen } from './features/queue/QueueScreen'
import { VisitScreen } from './features/visit/VisitScreen'
import { ComplaintScreen } from './features/complaints/ComplaintScreen'
import { ConsultationScreen } from './features/consultations/ConsultationScreen'
import { ConsultationsScreen } from './features/consultations/ConsultationsScreen'
import { NewConsultationScreen } from './features/consultations/NewConsultationScreen'
import { DeskGate } from './DeskGate'
import { KioskScreen } from './features/skm/KioskScreen'
import { IkmScreen } from './features/skm/ikm/IkmScreen'
import { HomeScreen } from './screens/HomeScreen'
import { SettingsScreen } from './screens/SettingsScreen'
import type { RouteName } from './shell/navigate'
import { navFor } from './shell/navigation'
import { useSession } from './stores/session'

/** An address that names no screen (an old bookmark, a typo) lands on home. */
const root = createRootRoute({ component: Outlet, notFoundComponent: () => <Navigate to="/" replace /> })

/** The waiting-room display: public queue data only, so it is outside the sign-in. */
const display = createRoute({ getParentRoute: () => root, path: 'display', component: DisplayScreen })

/** The survey kiosk: public (the core answers it public calls only), locked until the officer's PIN. */
const kiosk = createRoute({ getParentRoute: () => root, path: 'kiosk', component: KioskScreen })

/** Everything else needs the desk set up and a user signed in (DeskGate), inside the desk's shell. */
const desk = createRoute({ getParentRoute: () => root, id: 'desk', component: DeskGate })

/** Home, for the user DeskGate let in. */
function Home() {
  const user = useSession((s) => s.user)
  return user ? <HomeScreen user={user} /> : null
}

/** A screen of a menu entry; for a role without that entry (an address typed or kept), home instead. */
function forRole(name: RouteName, Screen: ComponentType) {
  return function RoleScreen() {
    const role = useSession((s) => s.user?.role)
    const allowed = role !== undefined && navFor(role).some((item) => item.route === name)
    return allowed ? <Screen /> : <Home />
  }
}

function VisitRoute() {
  const { visitId } = useParams({ from: '/desk/visit/$visitId' })
  // A new visit is a new screen: nothing of the last one's drafts or errors carries over.
  return <VisitScreen key={visitId} visitId={visitId} />
}

function ComplaintRoute() {
  const { complaintId } = useParams({ from: '/desk/complaints/$complaintId' })
  return <ComplaintScreen key={complaintId} complaintId={complaintId} />
}

function ConsultationRoute() {
  const { consultationId } = useParams({ from: '/desk/consultations/$consultationId' })
  return <ConsultationScreen key={consultationId} consultationId={consultationId} />
}

const screen = (path: string, name: RouteName, Screen: ComponentType) =>
  createRoute({ getParentRoute: () => desk, path, component: forRole(name, Screen) })

/**
 * The front desk: its search at `/frontdesk`, a visitor's page at `/frontdesk/visitor/<id>`. One
 * screen for both (the children draw nothing), so moving between them keeps what was typed in the
 * search; FrontDeskScreen reads the visitor's id from the address.
 */
const frontdesk = screen('frontdesk', 'frontdesk', FrontDeskScreen)
const frontdeskPages = frontdesk.addChildren([
  createRoute({ getParentRoute: () => frontdesk, path: '/' }),
  createRoute({ getParentRoute: () => frontdesk, path: 'visitor/$visitorId' }),
])

const routeTree = root.addChildren([
  display,
  kiosk,
  desk.addChildren([
    createRoute({ getParentRoute: () => desk, path: '/', component: Home }),
    frontdeskPages,
    screen('queue', 'queue', QueueScreen),
    createRoute({ getParentRoute: () => desk, path: 'visit/$visitId', component: VisitRoute }),
    // Every signed-in role may read a complaint (the contract's complaints.get is `authenticated`).
    createRoute({ getParentRoute: () => desk, path: 'complaints/$complaintId', component: ComplaintRoute }),
    // Issue 12: consultations — the list and my work, a new one, one whole (all roles).
    screen('consultations', 'consultations', ConsultationsScreen),
    screen('consultations/new', 'consultations', NewConsultationScreen),
    createRoute({
      getParentRoute: () => desk,
      path: 'consultations/$consultationId',
      component: ConsultationRoute,
    }),
    screen('late', 'late', LateEntryScreen),
    screen('holidays', 'holidays', HolidaysScreen),
    screen('ikm', 'ikm', IkmScreen),
    screen('settings', 'settings', SettingsScreen),
  ]),
])

/**
 * The window's router (TanStack Router). The address lives in the hash (`#/queue`, `#/visit/…`):
 * the Electron window loads a file, where only the hash can change without a reload, and the web
 * host serves the same page. Every move adds to the history, so Back/Forward and Alt+←/→ work and
 * a reload comes back to the same screen.
 */
export const router = createRouter({ routeTree, history: createHashHistory() })

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}
