import { Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ConsultationDetail } from '../../../../common/consultations/views'
import { call } from '../../api/client'
import { clearDraft, loadDraft, saveDraft } from '../../forms/drafts'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useCoreSubmit } from '../../forms/useCoreSubmit'
import { SectionCard } from '../../shell/SectionCard'
import { useOfficeFormat } from '../frontdesk/format'
import { runningAction } from './case-step'
import type { OwedReason } from './OverrunReason'
import { OverrunReason } from './OverrunReason'

/**
 * Jawaban (seed 000 step 5): the answer in force with who gave it and when; for the assignee (or a
 * head standing in), the form that records it — or corrects it, a later answer superseding it.
 */
export function AnswerCard({
  consultation,
  owed,
}: {
  consultation: ConsultationDetail
  owed: OwedReason | null
}) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const { answer } = consultation
  return (
    <SectionCard
      title={t('consultations.detail.answer')}
      titleId="consultation-answer-title"
      gap="sm"
      aside={
        !answer && consultation.answerDueAt !== null ? (
          <Text fz="xs" c="dimmed">
            {t('consultations.detail.answerDue', { date: fmt.dateTime(consultation.answerDueAt) })}
          </Text>
        ) : null
      }
    >
      {answer ? (
        <Stack gap={4}>
          <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="consultation-answer">
            {answer.text}
          </Text>
          <Text fz="xs" c="dimmed">
            {t('consultations.detail.answeredBy', {
              name: answer.byName ?? '—',
              date: `${fmt.dateTime(answer.at)} ${fmt.zoneLabel}`,
            })}
          </Text>
        </Stack>
      ) : (
        <Text fz="sm" c="dimmed">
          {t('consultations.detail.noAnswer')}
        </Text>
      )}
      {consultation.may.answer ? (
        <AnswerForm
          consultation={consultation}
          owed={runningAction(consultation.caseVisit) === 'answer' ? owed : null}
        />
      ) : null}
    </SectionCard>
  )
}

interface AnswerValues {
  answer: string
  reason: string
}

function AnswerForm({ consultation, owed }: { consultation: ConsultationDetail; owed: OwedReason | null }) {
  const { t } = useTranslation()
  const key = `consultations.answer.${consultation.id}`
  const form = useForm<AnswerValues>({
    mode: 'controlled',
    initialValues: loadDraft<AnswerValues>(key) ?? { answer: consultation.answer?.text ?? '', reason: '' },
    onValuesChange: (values) => saveDraft(key, values),
    validate: {
      answer: (value) => (value.trim() === '' ? t('consultations.detail.answerMissing') : null),
      reason: (value) => (owed && value.trim() === '' ? t('consultations.reason.missing') : null),
    },
  })
  const { submit, failure, busy } = useCoreSubmit(form, async (values) => {
    await call('consultations.answer', {
      consultationId: consultation.id,
      answer: values.answer,
      ...(owed && values.reason.trim() ? { reason: values.reason } : {}),
    })
    clearDraft(key)
    form.setFieldValue('reason', '')
    notifications.show({ color: 'teal', message: t('consultations.detail.answerSaved') })
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        {owed ? <OverrunReason owed={owed} {...form.getInputProps('reason')} /> : null}
        <Textarea
          label={t('consultations.detail.answerLabel')}
          description={t('consultations.detail.answerHint')}
          withAsterisk
          autosize
          minRows={4}
          maxRows={16}
          maxLength={20_000}
          {...form.getInputProps('answer')}
          onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])}
        />
        <ErrorAlert error={failure} />
        <Group gap="sm">
          <Button type="submit" leftSection={<IconDeviceFloppy size={18} />} loading={busy}>
            {consultation.answer
              ? t('consultations.detail.answerCorrect')
              : t('consultations.detail.answerSubmit')}
          </Button>
          <Text fz="xs" c="dimmed">
            Ctrl+Enter
          </Text>
        </Group>
      </Stack>
    </form>
  )
}
