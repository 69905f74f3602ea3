import { Center, Loader, Stack } from '@mantine/core'
import type { ReactNode } from 'react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionUser } from '../../common/auth'
import { DisplayScreen } from './features/queue/DisplayScreen'
import { FrontDeskScreen } from './features/frontdesk/FrontDeskScreen'
import { HolidaysScreen } from './features/queue/HolidaysScreen'
import { LateEntryScreen } from './features/frontdesk/LateEntryScreen'
import { QueueScreen } from './features/queue/QueueScreen'
import { VisitScreen } from './features/visit/VisitScreen'
import { ErrorAlert } from './forms/ErrorAlert'
import { HomeScreen } from './screens/HomeScreen'
import { LoginScreen } from './screens/LoginScreen'
import { SettingsScreen } from './screens/SettingsScreen'
import { SetupScreen } from './screens/SetupScreen'
import { DeskShell } from './shell/DeskShell'
import { navFor } from './shell/navigation'
import type { Route } from './stores/route'
import { useRoute } from './stores/route'
import { useSession } from './stores/session'

/** The screen of a route, for a signed-in user; a route their role has no menu entry for shows home. */
function screenFor(route: Route, user: SessionUser): ReactNode {
  if (route.name === 'visit' && route.param) return <VisitScreen key={route.param} visitId={route.param} />
  const allowed = navFor(user.role).some((item) => item.route === route.name)
  switch (allowed ? route.name : 'home') {
    case 'frontdesk':
      return <FrontDeskScreen />
    case 'queue':
      return <QueueScreen />
    case 'late':
      return <LateEntryScreen />
    case 'holidays':
      return <HolidaysScreen />
    case 'settings':
      return <SettingsScreen />
    default:
      return <HomeScreen user={user} />
  }
}

export function App() {
  const { t } = useTranslation()
  const { phase, user, failure, load } = useSession()
  const route = useRoute((s) => s.route)
  useEffect(() => {
    // The waiting-room display shows only public queue data and needs no sign-in.
    if (route.name !== 'display') void load()
  }, [load, route.name])

  if (route.name === 'display') return <DisplayScreen />
  if (phase === 'loading') {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    )
  }
  if (phase === 'failed') {
    return (
      <Center mih="100vh" p="lg">
        <Stack maw={520}>
          <ErrorAlert error={failure} />
        </Stack>
      </Center>
    )
  }
  if (phase === 'setup') return <SetupScreen />
  if (phase === 'login' || !user) return <LoginScreen />
  return <DeskShell user={user}>{screenFor(route, user)}</DeskShell>
}
