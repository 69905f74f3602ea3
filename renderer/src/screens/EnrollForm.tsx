import { Alert, Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { IconLockOpen } from '@tabler/icons-react'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { EnrollInput } from '../../../common/sync-status'
import { EnrollInput as EnrollInputSchema } from '../../../common/sync-status'
import { call } from '../api/client'
import { DeskCodeField } from '../forms/DeskCodeField'
import { ErrorAlert } from '../forms/ErrorAlert'
import { useCoreSubmit } from '../forms/useCoreSubmit'
import { zodValidate } from '../forms/validation'
import { useSession } from '../stores/session'

/** First run, joining the office's central server instead of setting the desk up on its own. */
export function EnrollForm() {
  const { t } = useTranslation()
  const load = useSession((s) => s.load)
  const form = useForm<EnrollInput>({
    mode: 'controlled',
    initialValues: { serverUrl: '', code: '', deskCode: '', insecureLan: false },
    validate: zodValidate<EnrollInput>(EnrollInputSchema),
    validateInputOnChange: true,
  })

  const { submit, failure, busy } = useCoreSubmit(form, async (values) => {
    await call('sync.enroll', values)
    notifications.show({ color: 'green', message: t('enroll.done') })
    await load()
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text c="dimmed">{t('enroll.intro')}</Text>
        <ErrorAlert error={failure} />
        <TextInput
          autoFocus
          withAsterisk
          label={t('enroll.serverUrl')}
          placeholder={t('enroll.serverUrlPlaceholder')}
          {...form.getInputProps('serverUrl')}
        />
        <Checkbox
          label={t('enroll.insecureLan')}
          description={t('enroll.insecureLanHint')}
          {...form.getInputProps('insecureLan', { type: 'checkbox' })}
        />
        {form.values.insecureLan ? (
          <Alert
            color="orange"
            variant="light"
            title={t('enroll.insecureWarningTitle')}
            icon={<IconLockOpen size={20} />}
          >
            {t('enroll.insecureWarning')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            withAsterisk
            label={t('enroll.code')}
            placeholder={t('enroll.codePlaceholder')}
            {...form.getInputProps('code')}
          />
          <DeskCodeField {...form.getInputProps('deskCode')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('enroll.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
