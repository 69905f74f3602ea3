import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconDeviceFloppy, IconMessages } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VisitView } from '../../../../common/visits'
import { call } from '../../api/client'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useCoreSubmit } from '../../forms/useCoreSubmit'
import { useGo } from '../../shell/navigate'
import type { AttachmentRow } from './attachments'
import { attachmentErrors, attachmentsOf } from './attachments'
import { AttachmentsEditor } from './AttachmentsEditor'
import { ConsultationStatusBadge } from './ConsultationStatusBadge'

/**
 * The consultation part of a visit screen (issue 12, seed 003 at the counter): a visit already
 * about a consultation links to it; a running consultation visit can be recorded as one — the
 * visit becomes its case — from a small form.
 */
export function VisitConsultation({ view }: { view: VisitView }) {
  const { t } = useTranslation()
  const go = useGo()
  const [open, setOpen] = useState(false)
  const linked = useCoreQuery('consultations.ofVisit', { visitId: view.id })
  if (linked.data) {
    const hit = linked.data
    return (
      <Alert color="loket" variant="light" icon={<IconMessages size={20} />} p="sm">
        <Group gap="sm" wrap="wrap">
          <Text fz="sm" fw={600}>
            {t('consultations.visit.linked', { number: hit.number })}
          </Text>
          <ConsultationStatusBadge status={hit.status} size="sm" />
          <Anchor component="button" type="button" fz="sm" onClick={() => go('consultation', hit.id)}>
            {t('consultations.visit.open')}
          </Anchor>
        </Group>
      </Alert>
    )
  }
  if (linked.isPending || view.purpose !== 'consultation' || view.status !== 'in_progress') return null
  return (
    <>
      <Group>
        <Button variant="light" leftSection={<IconMessages size={18} />} onClick={() => setOpen(true)}>
          {t('consultations.visit.record')}
        </Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('consultations.visit.title')} size="lg">
        {open ? <RecordForm view={view} onDone={() => setOpen(false)} /> : null}
      </Modal>
    </>
  )
}

interface RecordValues {
  subject: string
  attachments: AttachmentRow[]
}

function RecordForm({ view, onDone }: { view: VisitView; onDone: () => void }) {
  const { t } = useTranslation()
  const form = useForm<RecordValues>({
    mode: 'controlled',
    // What the receptionist noted at the start is usually what the visitor came to ask.
    initialValues: { subject: view.notes ?? '', attachments: [] },
    validate: (values) => ({
      ...(values.subject.trim() === '' ? { subject: t('consultations.form.subjectMissing') } : {}),
      ...attachmentErrors(
        values.attachments,
        'attachments',
        t('consultations.attachments.descriptionMissing'),
      ),
    }),
  })
  const { submit, failure, busy } = useCoreSubmit(form, async (values) => {
    const detail = await call('consultations.register', {
      visitorId: view.visitor.id,
      channel: 'walk_in',
      subject: values.subject,
      attachments: attachmentsOf(values.attachments),
      visitId: view.id,
    })
    notifications.show({ color: 'teal', message: t('consultations.form.saved', { number: detail.number }) })
    onDone()
  })
  const values = form.getValues()
  return (
    <form onSubmit={submit} noValidate onKeyDown={getHotkeyHandler([['mod+S', () => submit()]])}>
      <Stack gap="sm">
        <Text fz="sm" c="dimmed">
          {t('consultations.visit.intro', { name: view.visitor.fullName })}
        </Text>
        <Textarea
          label={t('consultations.form.subject')}
          withAsterisk
          autosize
          minRows={3}
          maxRows={10}
          maxLength={4000}
          data-autofocus
          {...form.getInputProps('subject')}
          onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])}
        />
        <Text fz="sm" fw={500}>
          {t('consultations.attachments.title')}
        </Text>
        <AttachmentsEditor
          rows={values.attachments}
          onChange={(rows) => form.setFieldValue('attachments', rows)}
          errorOf={(index, field) => form.errors[`attachments.${index}.${field}`]}
        />
        <ErrorAlert error={failure} />
        <Group>
          <Button type="submit" leftSection={<IconDeviceFloppy size={18} />} loading={busy}>
            {t('consultations.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
