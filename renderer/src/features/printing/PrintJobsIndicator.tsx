import { Button, Divider, Popover, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { DECIDE_JOB_STATES } from '../../../../common/printing'
import { JobItem } from './JobItem'
import { isOpenJob, usePrintJobs } from './jobs'

/**
 * The header's word on printing: nothing while no job is open; else how many wait, red when one
 * asks for a decision (a job left unknown by a crash, one that failed), and a panel listing them
 * with their state, why they wait, and what can be done.
 */
export function PrintJobsIndicator() {
  const { t } = useTranslation()
  const open = usePrintJobs().filter(isOpenJob)
  if (open.length === 0) return null
  const asking = open.filter((job) => DECIDE_JOB_STATES.includes(job.state)).length
  const waitingWithProblem = open.some((job) => job.lastError !== null)
  const color = asking > 0 ? 'red' : waitingWithProblem ? 'orange' : 'blue'
  return (
    <Popover position="bottom-end" width={400} shadow="md" withArrow trapFocus>
      <Popover.Target>
        <Button
          variant="light"
          color={color}
          size="compact-md"
          leftSection={asking > 0 ? <IconAlertTriangle size={16} /> : <IconPrinter size={16} />}
          aria-label={t('printing.jobs.indicatorLabel', { count: open.length })}
          data-testid="print-jobs-indicator"
        >
          {asking > 0
            ? t('printing.jobs.decide', { count: asking })
            : t('printing.jobs.indicator', { count: open.length })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="md" aria-labelledby="print-jobs-title">
        <Stack gap="xs">
          <Title order={2} fz="md" id="print-jobs-title">
            {t('printing.jobs.title')}
          </Title>
          <Text fz="xs" c="dimmed">
            {t('printing.jobs.intro')}
          </Text>
          <ScrollArea.Autosize mah="60vh" type="auto">
            <Stack gap="sm">
              {open.map((job, index) => (
                <Stack key={job.id} gap="sm">
                  {index > 0 ? <Divider /> : null}
                  <JobItem job={job} />
                </Stack>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
