import { Button, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDeviceFloppy, IconEdit } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConsultationDetail } from '../../../../common/consultations/views'
import type { RpcError } from '../../../../common/errors'
import { asRpcError, call } from '../../api/client'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { LocalizedText } from '../../forms/validation'
import { SectionCard } from '../../shell/SectionCard'
import type { AttachmentRow } from './attachments'
import { attachmentErrors, attachmentsOf, rowIndexOfSent, rowsOf } from './attachments'
import { AttachmentsEditor } from './AttachmentsEditor'

/**
 * Lampiran: what came with the request. The desk that registered it may correct the list (an item
 * that came later, one listed by mistake); other desks read it.
 */
export function AttachmentsCard({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useTranslation()
  const [rows, setRows] = useState<AttachmentRow[] | null>(null)
  return (
    <SectionCard
      title={t('consultations.attachments.title')}
      titleId="consultation-attachments-title"
      gap="sm"
      aside={
        consultation.ownDesk && rows === null ? (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconEdit size={16} />}
            onClick={() => setRows(rowsOf(consultation.attachments))}
          >
            {t('consultations.attachments.edit')}
          </Button>
        ) : null
      }
    >
      {rows !== null ? (
        <AttachmentsForm
          consultationId={consultation.id}
          rows={rows}
          onRows={setRows}
          onDone={() => setRows(null)}
        />
      ) : consultation.attachments.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('consultations.attachments.none')}
        </Text>
      ) : (
        <Stack component="ol" gap={4} pl="lg" m={0}>
          {consultation.attachments.map((attachment, index) => (
            <Text component="li" key={index} fz="sm">
              {attachment.description}
              {attachment.pages !== null ? (
                <Text span c="dimmed" fz="sm">
                  {' · '}
                  {t('consultations.attachments.pagesCount', { count: attachment.pages })}
                </Text>
              ) : null}
            </Text>
          ))}
        </Stack>
      )}
    </SectionCard>
  )
}

function AttachmentsForm({
  consultationId,
  rows,
  onRows,
  onDone,
}: {
  consultationId: string
  rows: AttachmentRow[]
  onRows: (rows: AttachmentRow[]) => void
  onDone: () => void
}) {
  const { t } = useTranslation()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<RpcError | null>(null)
  const [busy, setBusy] = useState(false)
  const save = async () => {
    const own = attachmentErrors(rows, 'attachments', t('consultations.attachments.descriptionMissing'))
    setErrors(own)
    if (Object.keys(own).length > 0) return
    setBusy(true)
    setFailure(null)
    try {
      await call('consultations.setAttachments', { consultationId, attachments: attachmentsOf(rows) })
      notifications.show({ color: 'teal', message: t('consultations.attachments.saved') })
      onDone()
    } catch (error) {
      setFailure(asRpcError(error))
    } finally {
      setBusy(false)
    }
  }
  const coreError = (index: number, field: string) => {
    const entry = Object.entries(failure?.fields ?? {}).find(([path]) => {
      const match = /^attachments\.(\d+)\.(\w+)$/.exec(path)
      return match !== null && match[2] === field && rowIndexOfSent(rows, Number(match[1])) === index
    })
    return entry ? <LocalizedText message={entry[1]} /> : null
  }
  return (
    <Stack gap="sm">
      <AttachmentsEditor
        rows={rows}
        onChange={onRows}
        errorOf={(index, field) => errors[`attachments.${index}.${field}`] ?? coreError(index, field)}
      />
      <ErrorAlert error={failure} />
      <Group gap="sm">
        <Button
          size="sm"
          leftSection={<IconDeviceFloppy size={18} />}
          loading={busy}
          onClick={() => void save()}
        >
          {t('consultations.attachments.save')}
        </Button>
        <Button size="sm" variant="default" onClick={onDone} disabled={busy}>
          {t('consultations.attachments.cancel')}
        </Button>
      </Group>
    </Stack>
  )
}
