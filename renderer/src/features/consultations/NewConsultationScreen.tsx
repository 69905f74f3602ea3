import {
  Button,
  Group,
  Input,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { officeDay } from '../../../../common/calendar/office-day'
import type { ConsultationChannel } from '../../../../common/consultations/consultation'
import type { RpcError } from '../../../../common/errors'
import { call } from '../../api/client'
import { queryClient, queryKey } from '../../api/queries'
import { clearDraft, loadDraft, saveDraft } from '../../forms/drafts'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useCoreSubmit } from '../../forms/useCoreSubmit'
import { LocalizedText } from '../../forms/validation'
import { useGo, useHistoryMoves } from '../../shell/navigate'
import { SectionCard } from '../../shell/SectionCard'
import { useOfficeFormat } from '../frontdesk/format'
import { DateField, TimeField } from '../frontdesk/late/LateFields'
import { formatDay, instantOf } from '../frontdesk/late/late-entry'
import type { AttachmentRow } from './attachments'
import { attachmentErrors, attachmentsOf, rowIndexOfSent } from './attachments'
import { AttachmentsEditor } from './AttachmentsEditor'
import type { Requester } from './RequesterSection'
import { RequesterSection } from './RequesterSection'

/** The channels recorded here; walk-ins are recorded from their visit (seed 003 at the counter). */
const CHANNELS = ['letter', 'email', 'website', 'whatsapp'] as const satisfies readonly ConsultationChannel[]
type DeskChannel = (typeof CHANNELS)[number]

interface NewValues {
  channel: DeskChannel
  requester: Requester | null
  reference: string
  /** DD/MM/YYYY and HH:mm in the office's zone, as typed. */
  receivedDate: string
  receivedTime: string
  subject: string
  attachments: AttachmentRow[]
}

const DRAFT = 'consultations.new'

/** Now, as the office's date and clock, for "received at" when nothing else is said. */
function nowFields(zone: string, clock: (at: number) => string) {
  const now = Date.now()
  return { receivedDate: formatDay(officeDay(now, zone)), receivedTime: clock(now) }
}

/** The core's field names where the form has others: the time received is two fields, the requester one. */
function placedErrors(refused: RpcError, rows: AttachmentRow[]): Record<string, ReactNode> {
  const placed: Record<string, ReactNode> = {}
  for (const [path, message] of Object.entries(refused.fields ?? {})) {
    const text = <LocalizedText message={message} />
    const attachment = /^attachments\.(\d+)\.(\w+)$/.exec(path)
    if (path === 'receivedAt') placed.receivedDate = text
    else if (path === 'visitorId') placed.requester = text
    else if (attachment)
      placed[`attachments.${rowIndexOfSent(rows, Number(attachment[1]))}.${attachment[2]}`] = text
    else placed[path] = text
  }
  return placed
}

/**
 * A consultation that came by letter, e-mail, the website or WhatsApp (issue 12; seeds 000 and
 * 002): the channel, the requester (found or registered on the spot), the letter's number or the
 * e-mail's subject, when it came in, its substance and what came with it. Saved with Ctrl+S (or
 * Ctrl+Enter in the substance); what is typed stays as a draft until the core has it.
 */
export function NewConsultationScreen() {
  const { t } = useTranslation()
  const go = useGo()
  const { back } = useHistoryMoves()
  const fmt = useOfficeFormat()
  const searchRef = useRef<HTMLInputElement>(null)
  const [initial] = useState<NewValues>(
    () =>
      loadDraft<NewValues>(DRAFT) ?? {
        channel: 'letter',
        requester: null,
        reference: '',
        ...nowFields(fmt.zone, fmt.time),
        subject: '',
        attachments: [],
      },
  )
  const form = useForm<NewValues>({
    mode: 'controlled',
    initialValues: initial,
    onValuesChange: (values) => saveDraft(DRAFT, values),
    validate: (values) => {
      const errors: Record<string, string> = {}
      if (!values.requester) errors.requester = t('consultations.form.requesterMissing')
      if (values.subject.trim() === '') errors.subject = t('consultations.form.subjectMissing')
      const at = instantOf(values.receivedDate, values.receivedTime, fmt.zone)
      if (at === null) errors.receivedDate = t('consultations.form.receivedInvalid')
      else if (at > Date.now()) errors.receivedDate = t('consultations.form.receivedFuture')
      return {
        ...errors,
        ...attachmentErrors(
          values.attachments,
          'attachments',
          t('consultations.attachments.descriptionMissing'),
        ),
      }
    },
  })
  const { submit, failure, busy } = useCoreSubmit(
    form,
    async (values) => {
      const receivedAt = instantOf(values.receivedDate, values.receivedTime, fmt.zone)
      if (!values.requester || receivedAt === null) return
      const detail = await call('consultations.register', {
        visitorId: values.requester.id,
        channel: values.channel,
        subject: values.subject,
        reference: values.reference,
        receivedAt,
        attachments: attachmentsOf(values.attachments),
      })
      clearDraft(DRAFT)
      queryClient.setQueryData(queryKey('consultations.get', { id: detail.id }), detail)
      notifications.show({ color: 'teal', message: t('consultations.form.saved', { number: detail.number }) })
      go('consultation', detail.id)
    },
    (refused) => form.setErrors(placedErrors(refused, form.getValues().attachments)),
  )
  const values = form.getValues()
  const saveKeys = getHotkeyHandler([['mod+S', () => submit()]])
  return (
    <Stack gap="md" maw={1040} onKeyDown={saveKeys}>
      <Group gap="sm" wrap="nowrap">
        <Button variant="subtle" leftSection={<IconArrowLeft size={18} />} onClick={back} px="xs">
          {t('consultations.detail.back')}
        </Button>
      </Group>
      <div>
        <Title order={1} fz={26}>
          {t('consultations.form.title')}
        </Title>
        <Text c="dimmed" mt={4} fz="sm">
          {t('consultations.form.intro')} {t('consultations.form.walkInHint')}
        </Text>
      </div>
      <RequesterSection
        requester={values.requester}
        onChange={(requester) => {
          form.setFieldValue('requester', requester)
          form.clearFieldError('requester')
        }}
        searchRef={searchRef}
        error={form.errors.requester}
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SectionCard title={t('consultations.detail.request')} gap="sm">
            <Input.Wrapper label={t('consultations.form.channel')} withAsterisk>
              <div>
                <SegmentedControl
                  data={CHANNELS.map((value) => ({ value, label: t(`consultations.channels.${value}`) }))}
                  value={values.channel}
                  onChange={(value) => {
                    const channel = CHANNELS.find((c) => c === value)
                    if (channel) form.setFieldValue('channel', channel)
                  }}
                />
              </div>
            </Input.Wrapper>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('consultations.form.reference')}
                description={t('consultations.form.referenceHint')}
                maxLength={200}
                autoComplete="off"
                {...form.getInputProps('reference')}
              />
              <DateField
                label={t('consultations.form.receivedDate')}
                withAsterisk
                withWeekday
                value={values.receivedDate}
                onValue={(value) => form.setFieldValue('receivedDate', value)}
                error={form.errors.receivedDate}
              />
              <TimeField
                label={t('consultations.form.receivedTime')}
                description={fmt.zoneLabel}
                withAsterisk
                value={values.receivedTime}
                onValue={(value) => form.setFieldValue('receivedTime', value)}
              />
            </SimpleGrid>
            <Textarea
              label={t('consultations.form.subject')}
              description={t('consultations.form.subjectHint')}
              withAsterisk
              autosize
              minRows={4}
              maxRows={14}
              maxLength={4000}
              {...form.getInputProps('subject')}
              onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])}
            />
          </SectionCard>
          <SectionCard title={t('consultations.attachments.title')} gap="sm">
            <AttachmentsEditor
              rows={values.attachments}
              onChange={(rows) => form.setFieldValue('attachments', rows)}
              errorOf={(index, field) => form.errors[`attachments.${index}.${field}`]}
            />
          </SectionCard>
          <ErrorAlert error={failure} />
          <Group>
            <Button type="submit" size="md" leftSection={<IconDeviceFloppy size={20} />} loading={busy}>
              {t('consultations.form.submit')}
            </Button>
            <Text fz="xs" c="dimmed">
              Ctrl+S
            </Text>
          </Group>
        </Stack>
      </form>
    </Stack>
  )
}
