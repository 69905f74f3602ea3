import { Button, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { LoginInput } from '../../../common/auth'
import { call } from '../api/client'
import { ErrorAlert } from '../forms/ErrorAlert'
import { useCoreSubmit } from '../forms/useCoreSubmit'
import { PasswordField } from '../forms/PasswordField'
import { zodValidate } from '../forms/validation'
import { CenteredCard } from '../shell/CenteredCard'
import { useSession } from '../stores/session'

interface LoginValues {
  username: string
  password: string
}

export function LoginScreen() {
  const { t } = useTranslation()
  const info = useSession((s) => s.info)
  const lastUsername = useSession((s) => s.lastUsername)
  const signedIn = useSession((s) => s.signedIn)
  const form = useForm<LoginValues>({
    mode: 'controlled',
    initialValues: { username: lastUsername, password: '' },
    validate: zodValidate<LoginValues>(LoginInput),
  })

  const { submit, failure, busy } = useCoreSubmit(
    form,
    async (values) => signedIn(await call('auth.login', values)),
    // A wrong password is retyped, not edited.
    () => form.setFieldValue('password', ''),
  )

  const subtitle = info?.officeName
    ? `${info.officeName}${info.deskCode ? ` · ${t('login.desk', { code: info.deskCode })}` : ''}`
    : undefined
  return (
    <CenteredCard title={t('login.title')} subtitle={subtitle} width={420}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ErrorAlert error={failure} />
          <TextInput
            autoFocus={!lastUsername}
            label={t('login.username')}
            autoComplete="username"
            {...form.getInputProps('username')}
          />
          <PasswordField
            autoFocus={Boolean(lastUsername)}
            label={t('login.password')}
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={busy} fullWidth mt="xs">
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </CenteredCard>
  )
}
