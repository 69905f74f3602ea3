import { Button, Group, Kbd, Paper, Stack } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import type { StandardTime } from '../../../../common/calendar/working-time'
import { useStandardText } from '../queue/time'
import { DraftTextarea, reasonOf } from './VisitDraft'

/**
 * Why a step (or, with step 0, the whole procedure) overran its standard: a draft text on red,
 * saved on its own with its button or Ctrl+Enter, or sent along when the officer moves on.
 */
export function ReasonField({
  visitId,
  stepNo,
  standard,
  error,
  disabled,
  onSave,
}: {
  visitId: string
  stepNo: number
  /** The standard it overran: the step's, or for step 0 the procedure's total. */
  standard: StandardTime | null
  error: string | undefined
  disabled: boolean
  onSave: () => void
}) {
  const { t } = useTranslation()
  const standardText = useStandardText()
  const description =
    stepNo === 0
      ? t('queue.visit.reasonTotalHint', { standard: standard ? standardText(standard) : '' })
      : t('queue.visit.reasonStepHint', { no: stepNo, standard: standardText(standard) })
  return (
    <Paper withBorder radius="md" p="sm" bg="red.0" style={{ borderColor: 'var(--mantine-color-red-4)' }}>
      <Stack gap="xs">
        <DraftTextarea
          visitId={visitId}
          field={reasonOf(stepNo)}
          id={`visit-field-reason.${stepNo}`}
          label={stepNo === 0 ? t('queue.visit.reasonTotal') : t('queue.visit.reasonStep', { no: stepNo })}
          description={description}
          withAsterisk
          autosize
          minRows={2}
          maxLength={500}
          error={error}
          disabled={disabled}
          onKeyDown={getHotkeyHandler([['mod+Enter', onSave]])}
        />
        <Group justify="flex-end">
          <Button
            size="xs"
            variant="light"
            color="red"
            disabled={disabled}
            onClick={onSave}
            rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}
          >
            {stepNo === 0 ? t('queue.visit.saveReasonTotal') : t('queue.visit.saveReason', { no: stepNo })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
