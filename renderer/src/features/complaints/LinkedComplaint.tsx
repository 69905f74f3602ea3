import { Card, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useCoreQuery } from '../../api/queries'
import { ComplaintSummary } from './ComplaintSummary'

/** The complaint a visit is about, on any visit that has one: where it stands, and the way to its history. */
export function LinkedComplaint({ visitId }: { visitId: string }) {
  const { t } = useTranslation()
  const linked = useCoreQuery('complaints.ofVisit', { visitId })
  if (!linked.data) return null
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="linked-complaint-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="linked-complaint-title">
          {t('complaints.linked.title')}
        </Title>
        <ComplaintSummary complaint={linked.data} />
      </Stack>
    </Card>
  )
}
