import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconLink } from '@tabler/icons-react'
import type { FormEvent } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import { asRpcError, call } from '../../api/client'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useLocale } from '../../i18n'
import { complaintFieldErrors } from './field-errors'

/**
 * The LAPOR! tracking ID, linked by the desk that registered the complaint once the report is in
 * SP4N-LAPOR!. What was typed stays when the core refuses it (taken, malformed).
 */
export function LinkLaporForm({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const [trackingId, setTrackingId] = useState('')
  const [failure, setFailure] = useState<RpcError | null>(null)
  const [busy, setBusy] = useState(false)
  const fieldError = failure ? complaintFieldErrors(failure, 'laporTrackingId').laporTrackingId : undefined

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setFailure(null)
    try {
      const saved = await call('complaints.linkLapor', { complaintId, laporTrackingId: trackingId })
      notifications.show({
        color: 'teal',
        message: t('complaints.linkLapor.saved', { id: saved.laporTrackingId ?? '' }),
      })
      setTrackingId('')
    } catch (error) {
      setFailure(asRpcError(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="complaint-lapor-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="lg" id="complaint-lapor-title">
            {t('complaints.linkLapor.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('complaints.linkLapor.hint')}
          </Text>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('complaints.linkLapor.label')}
              value={trackingId}
              onChange={(event) => setTrackingId(event.currentTarget.value)}
              error={fieldError ? pick(fieldError) : undefined}
              maxLength={64}
              w={300}
              autoComplete="off"
            />
            <Button type="submit" leftSection={<IconLink size={18} />} loading={busy}>
              {t('complaints.linkLapor.submit')}
            </Button>
          </Group>
          {failure && !fieldError ? <ErrorAlert error={failure} /> : null}
        </Stack>
      </form>
    </Card>
  )
}
