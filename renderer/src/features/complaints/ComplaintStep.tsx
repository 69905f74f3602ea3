import { Badge, Button, Card, Divider, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { IconCheck, IconUnlink } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { VisitView } from '../../../../common/visits'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { ComplaintHitRow } from './ComplaintHitRow'
import { ComplaintSearch } from './ComplaintSearch'
import { ComplaintSummary } from './ComplaintSummary'
import { useVisitComplaint } from './useVisitComplaint'

/**
 * Step 4 of the inquiry (seed 001, "Memberikan informasi progres pengaduan"): the complaint the
 * visitor asks about — suggested from the visitor and the receptionist's note, or found with the
 * lookup — picked and linked to the visit, with its status and what to expect next, so the officer
 * can tell it and record what was explained in the outcome below.
 */
export function ComplaintStep({
  view,
  apply,
  canServe,
}: {
  view: VisitView
  apply: (view: VisitView) => void
  canServe: boolean
}) {
  const { t } = useTranslation()
  const suggested = useCoreQuery('complaints.suggest', { visitId: view.id })
  const linked = useCoreQuery('complaints.ofVisit', { visitId: view.id })
  const { busy, failure, pick, unlink } = useVisitComplaint(view, apply)
  const picked = linked.data ?? null
  const hits = suggested.data ?? []
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="complaint-step-title">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="lg" id="complaint-step-title">
            {t('complaints.step4.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('complaints.step4.intro')}
          </Text>
        </Stack>
        <ErrorAlert error={failure ?? suggested.error?.error ?? linked.error?.error ?? null} />
        {picked ? (
          <Paper withBorder radius="sm" p="md" bg="loket.0" aria-label={t('complaints.step4.pickedTitle')}>
            <ComplaintSummary
              complaint={picked}
              actions={
                canServe ? (
                  <Button
                    variant="subtle"
                    color="gray"
                    size="sm"
                    leftSection={<IconUnlink size={16} />}
                    disabled={busy}
                    onClick={unlink}
                  >
                    {t('complaints.step4.unlink')}
                  </Button>
                ) : null
              }
            />
          </Paper>
        ) : null}
        <Stack gap="xs" role="group" aria-label={t('complaints.step4.suggested')}>
          <Text fz="sm" fw={600}>
            {t('complaints.step4.suggested')}
          </Text>
          {suggested.isPending ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
          {suggested.data && hits.length === 0 ? (
            <Text fz="sm" c="dimmed">
              {t('complaints.step4.suggestedNone')}
            </Text>
          ) : null}
          {hits.map((hit) => (
            <Paper key={hit.id} withBorder radius="sm" p="sm">
              <Group wrap="nowrap" align="center" gap="md">
                <ComplaintHitRow hit={hit} />
                {hit.id === picked?.id ? (
                  <Badge color="teal" variant="light" size="lg" leftSection={<IconCheck size={14} />}>
                    {t('complaints.step4.picked')}
                  </Badge>
                ) : canServe ? (
                  <Button
                    variant="light"
                    loading={busy}
                    onClick={() => pick(hit)}
                    aria-label={`${t('complaints.step4.pick')} ${hit.number ?? hit.laporTrackingId ?? ''}`}
                  >
                    {t('complaints.step4.pick')}
                  </Button>
                ) : null}
              </Group>
            </Paper>
          ))}
        </Stack>
        {canServe ? (
          <>
            <Divider />
            <ComplaintSearch
              label={t('complaints.step4.search')}
              pickedId={picked?.id ?? null}
              onPick={pick}
            />
          </>
        ) : null}
      </Stack>
    </Card>
  )
}
