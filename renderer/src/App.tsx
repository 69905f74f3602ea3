import { Center, Loader, Stack } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from './forms/ErrorAlert'
import { HomeScreen } from './screens/HomeScreen'
import { LoginScreen } from './screens/LoginScreen'
import { SettingsScreen } from './screens/SettingsScreen'
import { SetupScreen } from './screens/SetupScreen'
import { DeskShell } from './shell/DeskShell'
import { useRoute } from './stores/route'
import { useSession } from './stores/session'

export function App() {
  const { t } = useTranslation()
  const { phase, user, failure, load } = useSession()
  const route = useRoute((s) => s.route)
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
      {route === 'settings' && user.role === 'admin' ? <SettingsScreen /> : <HomeScreen user={user} />}
    </DeskShell>
  )
}
