import { Loader, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import { asRpcError, call } from '../../api/client'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import type { SurveyAnswers } from './draft'
import { SurveyForm } from './SurveyForm'

/**
 * A returned paper form keyed in at the desk (skm.submit, source `paper`), for the visit it came
 * with. Closing it drops what was typed: the paper is still in hand.
 */
export function PaperEntryModal({
  opened,
  visitId,
  number,
  onClose,
}: {
  opened: boolean
  visitId: string
  /** The visit's number as the desk knows it (B-003). */
  number: string
  onClose: () => void
}) {
  const { t } = useTranslation()
  const questionnaire = useCoreQuery('skm.questionnaire', {})
  const [failure, setFailure] = useState<RpcError | null>(null)
  const [busy, setBusy] = useState(false)

  const close = () => {
    setFailure(null)
    onClose()
  }
  const submit = async (answers: SurveyAnswers) => {
    setBusy(true)
    setFailure(null)
    try {
      await call('skm.submit', { ...answers, visitId })
      notifications.show({ color: 'teal', message: t('skm.panel.saved', { number }) })
      close()
    } catch (error) {
      setFailure(asRpcError(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('skm.panel.paperTitle', { number })} size={980} centered>
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('skm.panel.paperHint')}
        </Text>
        {questionnaire.data ? (
          <SurveyForm
            questionnaire={questionnaire.data}
            mode="paper"
            submitLabel={t('skm.panel.paperSubmit')}
            busy={busy}
            failure={failure}
            onSubmit={(answers) => void submit(answers)}
          />
        ) : questionnaire.error ? (
          <ErrorAlert error={questionnaire.error.error} />
        ) : (
          <Loader aria-label={t('app.loading')} />
        )}
      </Stack>
    </Modal>
  )
}
