import { Text, ThemeIcon } from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconPlayerPlay, IconPlayerSkipForward } from '@tabler/icons-react'
import type { StepView } from '../../../../common/visits'

/** A step's mark in the list: overdue, done, running, skipped, or its number while pending. */
export function StepIcon({ step, overdue }: { step: StepView; overdue: boolean }) {
  if (overdue && step.status !== 'skipped') {
    return (
      <ThemeIcon color="red" radius="xl" size={34}>
        <IconAlertTriangle size={18} />
      </ThemeIcon>
    )
  }
  switch (step.status) {
    case 'done':
      return (
        <ThemeIcon color="green" radius="xl" size={34}>
          <IconCheck size={18} />
        </ThemeIcon>
      )
    case 'running':
      return (
        <ThemeIcon color="loket" radius="xl" size={34}>
          <IconPlayerPlay size={16} />
        </ThemeIcon>
      )
    case 'skipped':
      return (
        <ThemeIcon color="gray" variant="light" radius="xl" size={34}>
          <IconPlayerSkipForward size={16} />
        </ThemeIcon>
      )
    default:
      return (
        <ThemeIcon color="gray" variant="outline" radius="xl" size={34}>
          <Text fz="sm" fw={700} c="dimmed">
            {step.no}
          </Text>
        </ThemeIcon>
      )
  }
}
