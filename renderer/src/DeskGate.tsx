import { Center, Loader, Stack } from '@mantine/core'
import { Outlet } from '@tanstack/react-router'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from './forms/ErrorAlert'
import { LoginScreen } from './screens/LoginScreen'
import { SetupScreen } from './screens/SetupScreen'
import { DeskShell } from './shell/DeskShell'
import { useSession } from './stores/session'

/**
 * Every desk screen's way in: first-run setup, then sign-in, then the screen the address names,
 * inside the desk's shell. The address is kept meanwhile, so signing in lands where it pointed.
 */
export function DeskGate() {
  const { t } = useTranslation()
  const { phase, user, failure, load } = useSession()
  useEffect(() => {
    void load()
  }, [load])

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
  return (
    <DeskShell user={user}>
      <Outlet />
    </DeskShell>
  )
}
