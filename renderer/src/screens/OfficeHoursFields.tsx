import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { IconCalendarPlus, IconTrash } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { DayHours, WeekHours, Weekday } from '../../../common/calendar/office-hours'
import { WEEKDAYS } from '../../../common/calendar/office-hours'
import type { SettingsView } from '../../../common/settings'

type SettingsForm = UseFormReturnType<SettingsView>

/** Hours a day gets when an administrator opens it again: the ones it had, else the usual weekday's. */
const REOPEN: DayHours = { opens: '07:30', closes: '16:00' }

/**
 * One week of office hours as a table, one row per weekday: open or closed, opening and closing
 * time typed as HH:mm (plain fields, so Tab and typing are all a keyboard needs). `path` is the
 * week's place in the form ('officeHours', or a special period's 'specialHours.0.hours').
 */
function WeekHoursTable({
  form,
  path,
  week,
  label,
}: {
  form: SettingsForm
  path: string
  week: WeekHours
  label: string
}) {
  const { t } = useTranslation()
  return (
    <Table verticalSpacing={4} layout="fixed" aria-label={label} withRowBorders={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>{t('settings.hours.day')}</Table.Th>
          <Table.Th w={110}>{t('settings.hours.open')}</Table.Th>
          <Table.Th>{t('settings.hours.opens')}</Table.Th>
          <Table.Th>{t('settings.hours.closes')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {WEEKDAYS.map((day: Weekday) => {
          const hours = week[day]
          const dayName = t(`settings.weekdays.${day}`)
          return (
            <Table.Tr key={day}>
              <Table.Td>
                <Text fz="sm" fw={500}>
                  {dayName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={t('settings.hours.openOn', { day: dayName })}
                  label={hours ? t('settings.hours.openShort') : t('settings.hours.closed')}
                  checked={hours !== null}
                  onChange={(event) =>
                    form.setFieldValue(`${path}.${day}`, event.currentTarget.checked ? REOPEN : null)
                  }
                />
              </Table.Td>
              <Table.Td>
                {hours ? (
                  <TextInput
                    size="sm"
                    maxLength={5}
                    placeholder={t('settings.hours.placeholder')}
                    aria-label={t('settings.hours.opensOn', { day: dayName })}
                    {...form.getInputProps(`${path}.${day}.opens`)}
                  />
                ) : null}
              </Table.Td>
              <Table.Td>
                {hours ? (
                  <TextInput
                    size="sm"
                    maxLength={5}
                    placeholder={t('settings.hours.placeholder')}
                    aria-label={t('settings.hours.closesOn', { day: dayName })}
                    {...form.getInputProps(`${path}.${day}.closes`)}
                  />
                ) : null}
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}

/** A card of the settings screen with its heading, which names the section for screen readers. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="xl" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={2} fz="lg" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  )
}

/**
 * Office hours per weekday, the office's special periods (jam kerja khusus, e.g. Ramadan) and the
 * waiting-room display's language: the working-time arithmetic of every deadline uses the hours.
 */
export function OfficeHoursFields({ form }: { form: SettingsForm }) {
  const { t } = useTranslation()
  const { officeHours, specialHours } = form.values
  const addPeriod = () =>
    form.insertListItem('specialHours', { from: '', to: '', name: '', hours: officeHours })
  return (
    <Stack gap="lg">
      <Section id="office-hours-title" title={t('settings.hours.title')}>
        <Text fz="sm" c="dimmed">
          {t('settings.hours.hint')}
        </Text>
        <WeekHoursTable form={form} path="officeHours" week={officeHours} label={t('settings.hours.title')} />
      </Section>

      <Card withBorder padding="xl" radius="md" component="section" aria-labelledby="special-hours-title">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} fz="lg" id="special-hours-title">
              {t('settings.special.title')}
            </Title>
            <Button variant="default" leftSection={<IconCalendarPlus size={18} />} onClick={addPeriod}>
              {t('settings.special.add')}
            </Button>
          </Group>
          <Text fz="sm" c="dimmed">
            {t('settings.special.hint')}
          </Text>
          {specialHours.map((period, index) => (
            <Card key={index} withBorder radius="sm" padding="md">
              <Stack gap="xs">
                <Group align="flex-end" wrap="wrap">
                  <TextInput
                    label={t('settings.special.name')}
                    placeholder={t('settings.special.namePlaceholder')}
                    maxLength={100}
                    style={{ flex: 2, minWidth: 200 }}
                    {...form.getInputProps(`specialHours.${index}.name`)}
                  />
                  {(['from', 'to'] as const).map((end) => (
                    <TextInput
                      key={end}
                      label={t(`settings.special.${end}`)}
                      placeholder={t('settings.special.datePlaceholder')}
                      maxLength={10}
                      style={{ flex: 1, minWidth: 140 }}
                      {...form.getInputProps(`specialHours.${index}.${end}`)}
                    />
                  ))}
                  <Tooltip label={t('settings.special.remove')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      aria-label={t('settings.special.removeOne', { name: period.name || index + 1 })}
                      onClick={() => form.removeListItem('specialHours', index)}
                    >
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
                <WeekHoursTable
                  form={form}
                  path={`specialHours.${index}.hours`}
                  week={period.hours}
                  label={period.name || t('settings.special.title')}
                />
              </Stack>
            </Card>
          ))}
        </Stack>
      </Card>

      <Section id="display-language-title" title={t('settings.display.title')}>
        <Select
          label={t('settings.display.language')}
          description={t('settings.display.hint')}
          allowDeselect={false}
          maw={320}
          data={[
            { value: 'id', label: 'Bahasa Indonesia' },
            { value: 'en', label: 'English' },
          ]}
          {...form.getInputProps('displayLanguage')}
        />
      </Section>
    </Stack>
  )
}
