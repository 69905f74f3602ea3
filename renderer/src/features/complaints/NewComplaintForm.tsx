import {
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { ComplaintChannel, ComplaintClass } from '../../../../common/complaints/complaint'
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_CLASSES,
  ComplaintRegisterInput,
  LaporTrackingId,
} from '../../../../common/complaints/complaint'
import { CHANNEL_WORDS, CLASS_WORDS } from '../../../../common/complaints/labels'
import type { VisitView } from '../../../../common/visits'
import { call } from '../../api/client'
import { clearDraft, loadDraft, saveDraft } from '../../forms/drafts'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useCoreSubmit } from '../../forms/useCoreSubmit'
import { LocalizedText, zodValidate } from '../../forms/validation'
import { useLocale } from '../../i18n'
import { complaintFieldErrors } from './field-errors'

/** What the receptionist types; the complainant is the visit's visitor, the visit is this one. */
interface NewComplaintValues {
  channel: ComplaintChannel
  classification: ComplaintClass
  category: string
  subject: string
  /** Empty: none yet (linked later). */
  laporTrackingId: string
}

const EMPTY: NewComplaintValues = {
  channel: 'walk_in',
  classification: 'pengaduan',
  category: '',
  subject: '',
  laporTrackingId: '',
}

/** The core's own rules for these fields (common/complaints/complaint.ts), checked as they are typed. */
const validate = zodValidate<NewComplaintValues>(
  ComplaintRegisterInput.pick({ channel: true, classification: true, category: true, subject: true }).extend({
    laporTrackingId: z.union([z.literal(''), LaporTrackingId]),
  }),
)

const draftKey = (visitId: string) => `complaints.new.${visitId}`

/**
 * "Pengaduan baru" at the desk (issue 11 deliverable 6): channel (walk-in unless said otherwise),
 * classification, category, the subject, and a LAPOR! ID when the visitor already has one; saved
 * with the visit and its visitor as the complainant. What is typed is kept as a draft until the
 * core has it, so neither a refusal nor a reload loses it.
 */
export function NewComplaintForm({ view }: { view: VisitView }) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const key = draftKey(view.id)
  const form = useForm<NewComplaintValues>({
    mode: 'controlled',
    initialValues: { ...EMPTY, ...loadDraft<Partial<NewComplaintValues>>(key) },
    validate,
    validateInputOnBlur: true,
    onValuesChange: (values) => saveDraft(key, values),
  })
  const { submit, failure, busy } = useCoreSubmit(
    form,
    async (values) => {
      const laporTrackingId = values.laporTrackingId.trim()
      await call('complaints.register', {
        channel: values.channel,
        classification: values.classification,
        category: values.category,
        subject: values.subject,
        complainant: { visitorId: view.visitor.id },
        visitId: view.id,
        ...(laporTrackingId ? { laporTrackingId } : {}),
      })
      clearDraft(key)
    },
    (refused) => {
      // A LAPOR! ID already linked elsewhere belongs on its field too.
      const fields = complaintFieldErrors(refused, 'laporTrackingId')
      form.setErrors(
        Object.fromEntries(
          Object.entries(fields).map(([path, message]) => [path, <LocalizedText message={message} />]),
        ),
      )
    },
  )
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="new-complaint-title">
      <form onSubmit={submit} noValidate onKeyDown={getHotkeyHandler([['mod+S', () => submit()]])}>
        <Stack gap="sm">
          <Title order={2} fz="lg" id="new-complaint-title">
            {t('complaints.register.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('complaints.register.intro', { name: view.visitor.fullName })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('complaints.register.channel')}
              data={COMPLAINT_CHANNELS.map((value) => ({ value, label: pick(CHANNEL_WORDS[value]) }))}
              allowDeselect={false}
              withAsterisk
              {...form.getInputProps('channel')}
            />
            <Select
              label={t('complaints.register.classification')}
              data={COMPLAINT_CLASSES.map((value) => ({ value, label: pick(CLASS_WORDS[value]) }))}
              allowDeselect={false}
              withAsterisk
              {...form.getInputProps('classification')}
            />
            <TextInput
              label={t('complaints.register.category')}
              placeholder={t('complaints.register.categoryPlaceholder')}
              maxLength={120}
              {...form.getInputProps('category')}
            />
          </SimpleGrid>
          <Textarea
            label={t('complaints.register.subject')}
            description={t('complaints.register.subjectHint')}
            withAsterisk
            autosize
            minRows={3}
            maxLength={2000}
            {...form.getInputProps('subject')}
            onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])}
          />
          <TextInput
            label={t('complaints.register.lapor')}
            description={t('complaints.register.laporHint')}
            maxLength={64}
            autoComplete="off"
            w={{ base: '100%', sm: 360 }}
            {...form.getInputProps('laporTrackingId')}
          />
          <ErrorAlert error={failure} />
          <Group>
            <Button type="submit" size="md" leftSection={<IconDeviceFloppy size={20} />} loading={busy}>
              {t('complaints.register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}
