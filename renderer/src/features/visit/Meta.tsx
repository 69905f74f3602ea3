import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** One of a step's mutu baku (kelengkapan, output, standard): the label bold, the value dimmed. */
export function Meta({ label, value }: { label: string; value: string }) {
  return (
    <Text fz="xs" c="dimmed">
      <Text span fw={600} fz="xs">
        {label}:
      </Text>{' '}
      {value}
    </Text>
  )
}

/** Why a step, or the procedure as a whole, overran its standard, as recorded. */
export function RecordedReason({ reason }: { reason: string }) {
  const { t } = useTranslation()
  return (
    <Text fz="sm">
      <Text span c="dimmed" fz="inherit">
        {t('queue.visit.reasonRecorded')}:{' '}
      </Text>
      {reason}
    </Text>
  )
}

/** A step's start or end: the word dimmed, the office time in figures that line up. */
export function LabelledTime({ label, time }: { label: string; time: string }) {
  return (
    <Text fz="sm">
      <Text span c="dimmed" fz="inherit">
        {label}{' '}
      </Text>
      <Text span ff="monospace" fz="inherit">
        {time}
      </Text>
    </Text>
  )
}
