import '@mantine/dates/styles.css'
import 'dayjs/locale/id'
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Kbd,
  Loader,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core'
import { DateInput, DatesProvider } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import {
  IconCalendarOff,
  IconChevronLeft,
  IconChevronRight,
  IconDeviceFloppy,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react'
import { format } from 'date-fns'
import { enGB, id as idLocale } from 'date-fns/locale'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import type { HolidayInput, HolidayView } from '../../../../common/holidays'
import { HOLIDAY_KINDS, HolidayInput as HolidayInputSchema } from '../../../../common/holidays'
import { validationCatalog } from '../../../../common/validation'
import { callConfirmed } from '../../api/central'
import { asRpcError } from '../../api/client'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useCoreSubmit } from '../../forms/useCoreSubmit'
import { LocalizedText, zodValidate } from '../../forms/validation'
import { useLocale } from '../../i18n'
import { ManagedCentrallyNote } from '../../shell/ManagedCentrallyNote'
import { SectionCard } from '../../shell/SectionCard'
import { CalendarWarning } from './CalendarWarning'
import { HolidaySourceLabel } from './HolidaySourceLabel'
import { useOfficeFormat } from './time'

/** A plain calendar date (no time zone matters to which weekday it is). */
function plainDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d)
}

/** Accepts `2026-08-17`, `17-08-2026` and `17/08/2026`; anything else is not (yet) a date. */
function parseTypedDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim())
  const local = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text.trim())
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : []
  if (!y || !m || !d) return null
  const value = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  const date = plainDate(value)
  return date.getFullYear() === Number(y) && date.getMonth() === Number(m) - 1 && date.getDate() === Number(d)
    ? value
    : null
}

const EMPTY: HolidayInput = { date: '', name: '', kind: 'local' }
const validateHoliday = zodValidate<HolidayInput>(HolidayInputSchema)

/** The office calendar's days off, by year: national holidays, cuti bersama and the office's own. */
export function HolidaysScreen() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const fmt = useOfficeFormat()
  const [thisYear] = useState(() => fmt.year(Date.now()))
  const [year, setYear] = useState(thisYear)
  const [removing, setRemoving] = useState<HolidayView | null>(null)
  const [removeBusy, setRemoveBusy] = useState(false)
  const dateLocale = locale === 'en' ? enGB : idLocale

  // Asked again when the calendar changes: a save or removal here, or days arriving by sync.
  const holidays = useCoreQuery('holidays.list', { year })
  const list = holidays.data ?? null
  const [removeFailure, setRemoveFailure] = useState<RpcError | null>(null)
  const failure = removeFailure ?? holidays.error?.error ?? null

  const form = useForm<HolidayInput>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: (values) => {
      const errors = validateHoliday(values)
      // An empty date is missing rather than malformed.
      if (values.date === '') errors.date = <LocalizedText message={validationCatalog.required} />
      return errors
    },
    validateInputOnChange: true,
  })
  const existing = list?.find((h) => h.date === form.values.date) ?? null

  const {
    submit,
    failure: saveFailure,
    busy,
  } = useCoreSubmit(form, async (values) => {
    const saved = await callConfirmed('holidays.save', values)
    notifications.show({
      color: 'green',
      message: t('queue.holidays.saved', {
        date: format(plainDate(saved.date), 'd MMMM yyyy', { locale: dateLocale }),
      }),
    })
    form.setValues(EMPTY)
    form.resetDirty(EMPTY)
    form.clearErrors()
    const savedYear = Number(saved.date.slice(0, 4))
    if (savedYear !== year) setYear(savedYear)
  })

  const edit = (holiday: HolidayView) => {
    form.setValues({ date: holiday.date, name: holiday.name, kind: holiday.kind })
    form.clearErrors()
    document.getElementById('holiday-name')?.focus()
  }

  const remove = async () => {
    if (!removing) return
    setRemoveBusy(true)
    setRemoveFailure(null)
    try {
      await callConfirmed('holidays.remove', { date: removing.date })
      notifications.show({
        color: 'gray',
        message: t('queue.holidays.removed', {
          date: format(plainDate(removing.date), 'd MMMM yyyy', { locale: dateLocale }),
        }),
      })
      setRemoving(null)
    } catch (error) {
      setRemoveFailure(asRpcError(error))
      setRemoving(null)
    } finally {
      setRemoveBusy(false)
    }
  }

  const longDate = (iso: string) => format(plainDate(iso), 'EEEE, d MMMM yyyy', { locale: dateLocale })
  const isWeekend = (iso: string) => [0, 6].includes(plainDate(iso).getDay())
  const kindColor = { national: 'red', cuti_bersama: 'orange', local: 'loket' } as const

  return (
    <Stack gap="lg" maw={1080}>
      <div>
        <Title order={1} fz={26}>
          {t('queue.holidays.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('queue.holidays.intro')}
        </Text>
      </div>

      <ManagedCentrallyNote />
      <CalendarWarning />
      <SectionCard
        title={existing ? t('queue.holidays.editTitle') : t('queue.holidays.addTitle')}
        titleId="holiday-form-title"
      >
        <form onSubmit={submit} noValidate onKeyDown={getHotkeyHandler([['mod+S', () => submit()]])}>
          <Stack gap="md">
            <ErrorAlert error={saveFailure} />
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
                <Button
                  variant="default"
                  onClick={() => {
                    form.setValues(EMPTY)
                    form.clearErrors()
                  }}
                >
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

      <Card withBorder radius="md" padding={0} component="section" aria-labelledby="holiday-list-title">
        <Group
          justify="space-between"
          px="lg"
          py="sm"
          style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Group gap="xs">
            <Tooltip label={t('queue.holidays.previousYear')}>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('queue.holidays.previousYear')}
                onClick={() => setYear((y) => y - 1)}
                disabled={year <= 2000}
              >
                <IconChevronLeft size={18} />
              </ActionIcon>
            </Tooltip>
            <Title order={2} fz="lg" id="holiday-list-title" miw={190} ta="center">
              {t('queue.holidays.listTitle', { year })}
            </Title>
            <Tooltip label={t('queue.holidays.nextYear')}>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('queue.holidays.nextYear')}
                onClick={() => setYear((y) => y + 1)}
                disabled={year >= 2100}
              >
                <IconChevronRight size={18} />
              </ActionIcon>
            </Tooltip>
            {year !== thisYear ? (
              <Button variant="subtle" size="xs" onClick={() => setYear(thisYear)}>
                {t('queue.holidays.thisYear')}
              </Button>
            ) : null}
          </Group>
          {list ? (
            <Text fz="sm" c="dimmed">
              {t('queue.holidays.count', { n: list.length })}
            </Text>
          ) : null}
        </Group>
        {failure ? (
          <Stack p="lg">
            <ErrorAlert error={failure} />
          </Stack>
        ) : null}
        {!list ? (
          failure ? null : (
            <Group p="lg">
              <Loader aria-label={t('app.loading')} />
            </Group>
          )
        ) : list.length === 0 ? (
          <Stack align="center" gap="xs" p="xl">
            <IconCalendarOff size={36} color="var(--mantine-color-dimmed)" aria-hidden />
            <Text fw={600}>{t('queue.holidays.empty', { year })}</Text>
            <Text fz="sm" c="dimmed">
              {t('queue.holidays.emptyHint')}
            </Text>
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" highlightOnHover striped layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={250}>{t('queue.holidays.date')}</Table.Th>
                  <Table.Th>{t('queue.holidays.name')}</Table.Th>
                  <Table.Th w={170}>{t('queue.holidays.kind')}</Table.Th>
                  <Table.Th w={150}>{t('queue.holidays.source')}</Table.Th>
                  <Table.Th w={96}>
                    <VisuallyHidden>{t('queue.holidays.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((holiday) => (
                  <Table.Tr key={holiday.id} aria-label={`${holiday.date} ${holiday.name}`}>
                    <Table.Td>
                      <Text fz="sm" fw={500}>
                        {longDate(holiday.date)}
                      </Text>
                      {isWeekend(holiday.date) ? (
                        <Text fz="xs" c="dimmed">
                          {t('queue.holidays.onWeekend')}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text fz="sm">{holiday.name}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={kindColor[holiday.kind]} radius="sm" tt="none" maw="100%">
                        {t(`domain.holidayKinds.${holiday.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <HolidaySourceLabel source={holiday.source} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Tooltip label={t('queue.holidays.edit')}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('queue.holidays.editOne', { name: holiday.name })}
                            onClick={() => edit(holiday)}
                          >
                            <IconPencil size={18} />
                          </ActionIcon>
                        </Tooltip>
                        {holiday.source.kind === 'rule' ? null : (
                          <Tooltip label={t('queue.holidays.remove')}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('queue.holidays.removeOne', { name: holiday.name })}
                              onClick={() => setRemoving(holiday)}
                            >
                              <IconTrash size={18} />
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('queue.holidays.removeTitle')}
        centered
      >
        {removing ? (
          <Stack gap="md">
            <Text fz="sm">
              {t('queue.holidays.removeText', { date: longDate(removing.date), name: removing.name })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)} data-autofocus>
                {t('queue.holidays.removeCancel')}
              </Button>
              <Button color="red" loading={removeBusy} onClick={() => void remove()}>
                {t('queue.holidays.removeConfirm')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  )
}
