import {
  Button,
  Card,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { IconTrash, IconUserPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { SettingsView } from '../../../../common/settings'
import { useCoreQuery } from '../../api/queries'

type SettingsForm = UseFormReturnType<SettingsView>

/**
 * What the office's documents print besides the visit: the ticket's foot line, the head who signs
 * "Mengetahui", and each officer's position and NIP under their signature. Part of the office's
 * settings form (settings.update), so it is saved, confirmed and synced with the rest.
 */
export function DocumentFields({ form }: { form: SettingsForm }) {
  const { t } = useTranslation()
  const head = form.values.signatories.head
  return (
    <Card withBorder padding="xl" radius="md" component="section" aria-labelledby="settings-documents-title">
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg" id="settings-documents-title">
            {t('printing.settings.documentsTitle')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('printing.settings.documentsHint')}
          </Text>
        </div>
        <Textarea
          label={t('printing.settings.footer')}
          description={t('printing.settings.footerHint')}
          autosize
          minRows={2}
          maxLength={300}
          {...form.getInputProps('receiptFooter')}
        />
        <Stack gap="xs">
          <Switch
            label={t('printing.settings.headEnabled')}
            checked={head !== null}
            onChange={(event) =>
              form.setFieldValue(
                'signatories.head',
                event.currentTarget.checked ? { name: '', title: '', nip: '' } : null,
              )
            }
          />
          {head ? (
            <SignatoryInputs form={form} path="signatories.head" legend={t('printing.settings.head')} />
          ) : null}
        </Stack>
        <OfficerSignatories form={form} />
      </Stack>
    </Card>
  )
}

/** A signatory's name, position and NIP, at `path` in the form (the head, or an officer's row). */
function SignatoryInputs({ form, path, legend }: { form: SettingsForm; path: string; legend: string }) {
  const { t } = useTranslation()
  return (
    <Group gap="sm" align="flex-start" grow role="group" aria-label={legend}>
      <TextInput
        label={t('printing.settings.name')}
        maxLength={200}
        {...form.getInputProps(`${path}.name`)}
      />
      <TextInput
        label={t('printing.settings.title')}
        maxLength={200}
        {...form.getInputProps(`${path}.title`)}
      />
      <TextInput
        label={t('printing.settings.nip')}
        description={t('printing.settings.nipHint')}
        inputMode="numeric"
        maxLength={24}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        {...form.getInputProps(`${path}.nip`)}
      />
    </Group>
  )
}

/** The officers who sign, each a user of the office; the name starts as the user's full name. */
function OfficerSignatories({ form }: { form: SettingsForm }) {
  const { t } = useTranslation()
  const users = useCoreQuery('users.list', {}).data ?? []
  const officers = form.values.signatories.officers
  const userOptions = users.map((user) => ({ value: user.id, label: `${user.fullName} (${user.username})` }))
  const add = () => {
    const free = users.find((user) => !officers.some((o) => o.userId === user.id))
    form.insertListItem('signatories.officers', {
      userId: free?.id ?? '',
      name: free?.fullName ?? '',
      title: '',
      nip: '',
    })
  }
  return (
    <Stack gap="xs">
      <div>
        <Text fw={500}>{t('printing.settings.officers')}</Text>
        <Text fz="sm" c="dimmed">
          {t('printing.settings.officersHint')}
        </Text>
      </div>
      {officers.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('printing.settings.noOfficers')}
        </Text>
      ) : null}
      {officers.map((officer, index) => {
        const path = `signatories.officers.${index}`
        const label = officer.name || t('printing.settings.officerUser')
        return (
          // A row per officer: the user and the way out on one line, what prints under the signature below.
          <Paper key={`${officer.userId}-${index}`} withBorder radius="sm" p="sm">
            <Stack gap="xs">
              <Group gap="sm" align="flex-end" justify="space-between" wrap="nowrap">
                <Select
                  w={320}
                  label={t('printing.settings.officerUser')}
                  data={userOptions}
                  searchable
                  allowDeselect={false}
                  value={officer.userId || null}
                  error={form.errors[`${path}.userId`]}
                  onChange={(userId) => {
                    const user = users.find((u) => u.id === userId)
                    form.setFieldValue(`${path}.userId`, userId ?? '')
                    // The name defaults to the user's; one typed by hand is kept.
                    if (user && (officer.name === '' || users.some((u) => u.fullName === officer.name)))
                      form.setFieldValue(`${path}.name`, user.fullName)
                  }}
                />
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  aria-label={t('printing.settings.removeOfficer', { name: label })}
                  onClick={() => form.removeListItem('signatories.officers', index)}
                >
                  {t('printing.settings.remove')}
                </Button>
              </Group>
              <SignatoryInputs form={form} path={path} legend={label} />
            </Stack>
          </Paper>
        )
      })}
      <Group>
        <Button variant="default" leftSection={<IconUserPlus size={18} />} onClick={add}>
          {t('printing.settings.addOfficer')}
        </Button>
      </Group>
    </Stack>
  )
}
