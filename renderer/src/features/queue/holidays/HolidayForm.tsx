import { Button, Group, Kbd, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { DateInput, DatesProvider } from '@mantine/dates'
import { getHotkeyHandler } from '@mantine/hooks'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { HOLIDAY_KINDS } from '../../../../../common/holidays'
import { ErrorAlert } from '../../../forms/ErrorAlert'
import { useLocale } from '../../../i18n'
import { SectionCard } from '../../../shell/SectionCard'
import { parseTypedDate, useHolidayDates } from './dates'
import type { HolidayFormState } from './useHolidayForm'

/**
 * Add a day off, or change the one already on that date: its date (typed as on paper or picked,
 * its weekday said under it), its name and kind. Ctrl+S saves from anywhere in the form.
 */
export function HolidayForm({ state }: { state: HolidayFormState }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const { longDate } = useHolidayDates()
  const { form, existing, submit, failure, busy, clear } = state
  return (
    <SectionCard
      title={existing ? t('queue.holidays.editTitle') : t('queue.holidays.addTitle')}
      titleId="holiday-form-title"
    >
      <form onSubmit={submit} noValidate onKeyDown={getHotkeyHandler([['mod+S', () => submit()]])}>
        <Stack gap="md">
          <ErrorAlert error={failure} />
          <DatesProvider settings={{ locale: locale === 'en' ? 'en' : 'id', firstDayOfWeek: 1 }}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DateInput
                withAsterisk
                size="md"
                label={t('queue.holidays.date')}
                placeholder={t('queue.holidays.datePlaceholder')}
                valueFormat="DD/MM/YYYY"
                dateParser={parseTypedDate}
                value={form.values.date || null}
                onChange={(value) => form.setFieldValue('date', value ?? '')}
                error={form.errors.date}
                description={
                  form.values.date && parseTypedDate(form.values.date)
                    ? longDate(form.values.date)
                    : undefined
                }
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                popoverProps={{ withinPortal: true }}
              />
              <TextInput
                id="holiday-name"
                withAsterisk
                label={t('queue.holidays.name')}
                placeholder={t('queue.holidays.namePlaceholder')}
                maxLength={200}
                {...form.getInputProps('name')}
              />
              <Select
                withAsterisk
                label={t('queue.holidays.kind')}
                data={HOLIDAY_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`domain.holidayKinds.${kind}`),
                }))}
                {...form.getInputProps('kind')}
              />
            </SimpleGrid>
          </DatesProvider>
          <Group justify="flex-end" gap="sm">
            {form.values.date || form.values.name ? (
              <Button variant="default" onClick={clear}>
                {t('queue.holidays.clear')}
              </Button>
            ) : null}
            <Button
              type="submit"
              loading={busy}
              leftSection={<IconDeviceFloppy size={18} />}
              rightSection={<Kbd size="sm">Ctrl+S</Kbd>}
            >
              {existing ? t('queue.holidays.saveChange') : t('queue.holidays.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  )
}
