import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconShieldCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { call } from '../api/client'
import { ErrorAlert } from '../forms/ErrorAlert'
import { PasswordField } from '../forms/PasswordField'
import { useCoreSubmit } from '../forms/useCoreSubmit'
import { useCentralConfirm } from '../stores/central-confirm'
import { useSession } from '../stores/session'

/**
 * Asks the signed-in administrator for their own password, which the central server checks
 * (admin.confirm), before a change is made there in their name. Enter confirms, Escape cancels.
 */
export function CentralConfirmModal() {
  const { t } = useTranslation()
  const { open, finish } = useCentralConfirm()
  const user = useSession((s) => s.user)
  const form = useForm({ mode: 'controlled', initialValues: { password: '' } })
  const { submit, failure, setFailure, busy } = useCoreSubmit(form, async ({ password }) => {
    await call('admin.confirm', { password })
    form.reset()
    finish(true)
  })
  const cancel = () => {
    form.reset()
    setFailure(null)
    finish(false)
  }
  return (
    <Modal
      opened={open}
      onClose={cancel}
      title={
        <Group gap="xs">
          <IconShieldCheck size={20} />
          <Text fw={600}>{t('central.confirmTitle')}</Text>
        </Group>
      }
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('central.confirmIntro', { name: user?.fullName ?? '' })}</Text>
          <ErrorAlert error={failure} />
          <PasswordField
            data-autofocus
            withAsterisk
            label={t('central.password')}
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              {t('central.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={form.values.password === ''}>
              {t('central.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
