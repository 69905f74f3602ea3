import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import type { VisitView } from '../../../../common/visits'
import type { VisitActions } from './useVisitActions'
import { CANCEL, DraftTextarea } from './VisitDraft'

/** Cancelling a visit asks why, in a dialog; the reason is kept as a draft until the core records it. */
export function CancelPanel({ view, actions }: { view: VisitView; actions: VisitActions }) {
  const { t } = useTranslation()
  const close = () => actions.setCancelOpen(false)
  return (
    <Modal
      opened={actions.cancelOpen}
      onClose={close}
      title={t('queue.visit.cancelTitle', { number: view.queueNumber ?? view.visitNumber })}
      centered
    >
      <Stack gap="md">
        <Text fz="sm">{t('queue.visit.cancelText')}</Text>
        <DraftTextarea
          key={`cancel-${actions.draftVersion}`}
          visitId={view.id}
          field={CANCEL}
          data-autofocus
          label={t('queue.visit.cancelReason')}
          withAsterisk
          autosize
          minRows={2}
          maxLength={500}
          error={actions.errors.cancel}
          onKeyDown={getHotkeyHandler([['mod+Enter', () => void actions.cancelVisit()]])}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('queue.visit.cancelBack')}
          </Button>
          <Button color="red" loading={actions.busy} onClick={() => void actions.cancelVisit()}>
            {t('queue.visit.cancelConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
