import { Badge, Button, Group, Stack, Text } from '@mantine/core'
import { IconPrinter, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PrintJobView } from '../../../../common/printing'
import { DECIDE_JOB_STATES } from '../../../../common/printing'
import { JOB_STATE_COLOR, usePrintProblemText, useDecideJob } from './jobs'

/**
 * One print job: which document, to which printer, its state and why it waits or failed, in plain
 * words; a job stopped at `unknown` or `failed` asks the person to decide (never the app), and a
 * waiting one can be withdrawn.
 */
export function JobItem({ job, compact = false }: { job: PrintJobView; compact?: boolean }) {
  const { t } = useTranslation()
  const problemText = usePrintProblemText()
  const { busyId, decide } = useDecideJob()
  const asks = DECIDE_JOB_STATES.includes(job.state)
  const busy = busyId === job.id
  return (
    <Stack gap={4} data-testid="print-job" data-state={job.state}>
      <Group gap="xs" justify="space-between" wrap="nowrap">
        {compact ? null : (
          <Text fz="sm" fw={600} ff="monospace" style={{ minWidth: 0 }} truncate>
            {job.documentNumber}
          </Text>
        )}
        <Badge color={JOB_STATE_COLOR[job.state]} variant={asks ? 'filled' : 'light'} radius="sm">
          {t(`printing.jobStates.${job.state}`)}
        </Badge>
      </Group>
      <Text fz="xs" c="dimmed">
        {[
          compact ? null : t(`printing.kinds.${job.kind}`),
          t('printing.jobs.on', { printer: job.printer }),
          t('printing.jobs.copies', { count: job.copies }),
          job.reprint ? t('printing.jobs.reprint') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {job.lastError ? (
        <Text fz="sm" c={asks ? 'red.8' : 'orange.9'} role={asks ? 'alert' : undefined}>
          {problemText(job.lastError, job.printer)}
        </Text>
      ) : null}
      {job.state === 'unknown' ? (
        <Text fz="sm" fw={600}>
          {t('printing.jobs.askDecide')}
        </Text>
      ) : null}
      {asks || job.state === 'queued' ? (
        <Group gap="xs">
          {asks ? (
            <Button
              size="xs"
              leftSection={<IconPrinter size={14} />}
              loading={busy}
              onClick={() => void decide(job, 'print_again')}
            >
              {t('printing.jobs.printAgain')}
            </Button>
          ) : null}
          <Button
            size="xs"
            variant="default"
            leftSection={<IconX size={14} />}
            disabled={busy}
            onClick={() => void decide(job, 'cancel')}
          >
            {t('printing.jobs.cancel')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  )
}
