import { Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DocumentKind } from '../../../../common/printing'
import { JobItem } from './JobItem'
import { usePrintJobs } from './jobs'

/**
 * A visit's print jobs, newest first (the automatic ticket's at a walk-in's start among them), with
 * their state as the core tells it: a ticket waiting for a stopped printer says so at the desk.
 */
export function VisitJobs({
  visitId,
  kinds,
  title,
  maw,
}: {
  visitId: string
  kinds?: readonly DocumentKind[]
  title?: string
  maw?: number
}) {
  const { t } = useTranslation()
  const jobs = usePrintJobs()
    .filter((job) => job.visitId === visitId && (!kinds || kinds.includes(job.kind)))
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, 3)
  if (jobs.length === 0) return null
  return (
    <Paper withBorder radius="sm" p="sm" w="100%" maw={maw} aria-live="polite">
      <Stack gap="xs">
        <Text fz="sm" fw={600}>
          {title ?? t('printing.dialog.jobTitle')}
        </Text>
        {jobs.map((job) => (
          <JobItem key={job.id} job={job} />
        ))}
      </Stack>
    </Paper>
  )
}
