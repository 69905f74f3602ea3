import { Button, Divider, Group, SegmentedControl, SimpleGrid, Stack, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfficeTimeZone } from '../../../common/settings'
import { SetupForm } from '../../../common/setup'
import { call } from '../api/client'
import { ErrorAlert } from '../forms/ErrorAlert'
import { useCoreSubmit } from '../forms/useCoreSubmit'
import { OfficeFields } from '../forms/OfficeFields'
import { PasswordField } from '../forms/PasswordField'
import { zodValidate } from '../forms/validation'
import { CenteredCard } from '../shell/CenteredCard'
import { useSession } from '../stores/session'
import { EnrollForm } from './EnrollForm'

interface SetupValues {
  officeName: string
  officeAddress: string
  timeZone: OfficeTimeZone
  deskCode: string
  adminFullName: string
  adminUsername: string
  adminPassword: string
  adminPasswordConfirm: string
}

export function SetupScreen() {
  const { t } = useTranslation()
  const setUpDone = useSession((s) => s.setUpDone)
  const [mode, setMode] = useState<'standalone' | 'server'>('standalone')
  const form = useForm<SetupValues>({
    mode: 'controlled',
    initialValues: {
      officeName: '',
      officeAddress: '',
      timeZone: 'Asia/Jakarta',
      deskCode: '',
      adminFullName: '',
      adminUsername: '',
      adminPassword: '',
      adminPasswordConfirm: '',
    },
    validate: zodValidate<SetupValues>(SetupForm),
    validateInputOnChange: true,
  })

  const {
    submit,
    failure,
    busy: saving,
  } = useCoreSubmit(form, async ({ adminPasswordConfirm: _confirm, ...input }) => {
    const { username } = await call('setup.run', input)
    notifications.show({ color: 'green', message: t('setup.done') })
    await setUpDone(username)
  })

  const standaloneForm = (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={failure} />
        <Title order={2} fz="lg">
          {t('setup.office')}
        </Title>
        <OfficeFields form={form} />
        <Divider my="xs" />
        <Title order={2} fz="lg">
          {t('setup.admin')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput withAsterisk label={t('setup.adminFullName')} {...form.getInputProps('adminFullName')} />
          <TextInput
            withAsterisk
            label={t('setup.adminUsername')}
            description={t('setup.adminUsernameHint')}
            autoComplete="username"
            {...form.getInputProps('adminUsername')}
          />
          <PasswordField
            withAsterisk
            label={t('setup.adminPassword')}
            description={t('setup.adminPasswordHint')}
            autoComplete="new-password"
            {...form.getInputProps('adminPassword')}
          />
          <PasswordField
            withAsterisk
            label={t('setup.adminPasswordConfirm')}
            autoComplete="new-password"
            {...form.getInputProps('adminPasswordConfirm')}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={saving}>
            {t('setup.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )

  return (
    <CenteredCard title={t('setup.title')} subtitle={t('setup.intro')} width={720}>
      <SegmentedControl
        fullWidth
        aria-label={t('enroll.choice')}
        value={mode}
        onChange={(value) => setMode(value === 'server' ? 'server' : 'standalone')}
        data={[
          { value: 'standalone', label: t('enroll.standalone') },
          { value: 'server', label: t('enroll.withServer') },
        ]}
      />
      {mode === 'server' ? <EnrollForm /> : standaloneForm}
    </CenteredCard>
  )
}
