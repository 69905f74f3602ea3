import { Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ComplaintDetail } from '../../../../common/complaints/views'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useHistoryMoves } from '../../shell/navigate'
import { FRONT_DESK_ROLES } from '../../shell/navigation'
import { useSession } from '../../stores/session'
import { ComplaintHops } from './ComplaintHops'
import { ComplaintRecord } from './ComplaintRecord'
import { ComplaintStatus } from './ComplaintStatus'
import { ComplaintTimeline } from './ComplaintTimeline'
import { ExpectNext } from './ExpectNext'
import { LinkLaporForm } from './LinkLaporForm'
import { LinkedVisits } from './LinkedVisits'

/**
 * One complaint whole (issue 11 deliverable 3): the record, where it stands and what the visitor
 * should expect next, its history, each hop's deadline met or missed, the visits it came up in,
 * and — at the desk that registered it — the LAPOR! ID to link. Asked again when complaints,
 * visits or the calendar change (the core's events).
 */
export function ComplaintScreen({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation()
  const { back } = useHistoryMoves()
  const answer = useCoreQuery('complaints.get', { id: complaintId })
  const complaint = answer.data
  return (
    <Stack gap="md" maw={1040}>
      <Group>
        <Button variant="subtle" leftSection={<IconArrowLeft size={18} />} onClick={back} px="xs">
          {t('complaints.detail.back')}
        </Button>
      </Group>
      <ErrorAlert error={answer.error?.error ?? null} />
      {complaint ? (
        <ComplaintWhole complaint={complaint} />
      ) : answer.error ? null : (
        <Loader aria-label={t('app.loading')} />
      )}
    </Stack>
  )
}

function ComplaintWhole({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation()
  const role = useSession((s) => s.user?.role)
  const mayLink = complaint.ownDesk && role !== undefined && FRONT_DESK_ROLES.includes(role)
  return (
    <>
      <Card withBorder radius="md" padding="lg">
        <Stack gap="xs">
          <Title order={1} fz={30} ff="monospace" lh={1.15}>
            {complaint.number ?? complaint.laporTrackingId ?? t('complaints.hit.noNumber')}
          </Title>
          <Text fw={600}>{complaint.subject}</Text>
          <ComplaintStatus hit={complaint} size="md" />
        </Stack>
      </Card>
      <ExpectNext complaint={complaint} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ComplaintRecord complaint={complaint} />
        <Stack gap="md">
          <LinkedVisits visits={complaint.visits} />
          {mayLink && complaint.laporTrackingId === null ? (
            <LinkLaporForm complaintId={complaint.id} />
          ) : null}
        </Stack>
      </SimpleGrid>
      <ComplaintTimeline events={complaint.events} />
      <ComplaintHops complaint={complaint} />
    </>
  )
}
