import { Center, Loader, Stack } from '@mantine/core'
import { Navigate, Outlet } from '@tanstack/react-router'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useCoreQuery } from './api/queries'
import { ErrorAlert } from './forms/ErrorAlert'
import { LoginScreen } from './screens/LoginScreen'
import { SetupScreen } from './screens/SetupScreen'
import { DeskShell } from './shell/DeskShell'
import { useSession } from './stores/session'

/**
 * Every desk screen's way in: first-run setup, then sign-in, then the screen the address names,
 * inside the desk's shell. The address is kept meanwhile, so signing in lands where it pointed.
 * A window that is the survey kiosk goes back to it.
 */
export function DeskGate() {
  const { t } = useTranslation()
  const { phase, user, failure, load } = useSession()
  // A window turned into the survey kiosk is answered nothing else until the PIN (skm.kioskState).
  const kiosk = useCoreQuery('skm.kioskState', {})
  useEffect(() => {
    void load()
  }, [load])

  if (kiosk.data?.lockedHere) return <Navigate to="/kiosk" replace />
  if (phase === 'loading' || kiosk.isPending) {
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
  return (
    <DeskShell user={user}>
      <Outlet />
    </DeskShell>
  )
}
