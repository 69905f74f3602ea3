import { Button, Card, FileButton, Group, Image, Loader, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconDeviceFloppy, IconPhotoPlus, IconTrash } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_WEEK_HOURS } from '../../../common/calendar/office-hours'
import type { SettingsView } from '../../../common/settings'
import {
  DEFAULT_RECEIPT_FOOTER,
  DEFAULT_SIGNATORIES,
  LetterheadLogo,
  SettingsView as SettingsViewSchema,
} from '../../../common/settings'
import { fieldErrors } from '../../../common/validation'
import { callConfirmed } from '../api/central'
import { RpcCallError, call } from '../api/client'
import { ErrorAlert } from '../forms/ErrorAlert'
import { useCoreSubmit } from '../forms/useCoreSubmit'
import { OfficeFields } from '../forms/OfficeFields'
import { OfficeHoursFields } from './OfficeHoursFields'
import { LocalizedText, zodValidate } from '../forms/validation'
import { ManagedCentrallyNote } from '../shell/ManagedCentrallyNote'
import { useSession } from '../stores/session'
import { useSyncStatus } from '../shell/sync-status'
import { SyncCard } from './SyncCard'
import { DocumentFields } from '../features/printing/DocumentFields'
import { PrinterSettings } from '../features/printing/PrinterSettings'

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}

export function SettingsScreen() {
  const { t } = useTranslation()
  const refreshInfo = useSession((s) => s.refreshInfo)
  const enrolled = useSyncStatus()?.enrolled ?? false
  const [loaded, setLoaded] = useState(false)
  const form = useForm<SettingsView>({
    mode: 'controlled',
    initialValues: {
      officeName: '',
      officeAddress: '',
      timeZone: 'Asia/Jakarta',
      deskCode: '',
      letterheadLogo: null,
      officeHours: DEFAULT_WEEK_HOURS,
      specialHours: [],
      displayLanguage: 'id',
      signatories: DEFAULT_SIGNATORIES,
      receiptFooter: DEFAULT_RECEIPT_FOOTER,
    },
    validate: zodValidate<SettingsView>(SettingsViewSchema),
    validateInputOnChange: true,
  })
  const { setInitialValues, setValues } = form

  const {
    submit: save,
    failure,
    setFailure,
    busy: saving,
  } = useCoreSubmit(form, async (values) => {
    if (!form.isDirty()) {
      notifications.show({ message: t('settings.unchanged') })
      return
    }
    const saved = await callConfirmed('settings.update', values)
    form.setInitialValues(saved)
    form.setValues(saved)
    await refreshInfo()
    // Said only now: the core answered after its transaction (or the central server's) committed.
    notifications.show({
      color: 'green',
      message: t(enrolled ? 'settings.savedCentrally' : 'settings.saved'),
    })
  })

  useEffect(() => {
    call('settings.get', {})
      .then((settings) => {
        setInitialValues(settings)
        setValues(settings)
        setLoaded(true)
      })
      .catch((error: unknown) => {
        if (error instanceof RpcCallError) setFailure(error.error)
      })
  }, [setInitialValues, setValues, setFailure])

  const chooseLogo = async (file: File | null) => {
    if (!file) return
    const dataUrl = await readAsDataUrl(file)
    const checked = LetterheadLogo.safeParse(dataUrl)
    if (!checked.success) {
      const message = Object.values(fieldErrors(checked.error))[0]
      if (message) form.setFieldError('letterheadLogo', <LocalizedText message={message} />)
      return
    }
    form.setFieldValue('letterheadLogo', checked.data)
  }

  if (!loaded && !failure) return <Loader aria-label={t('app.loading')} />

  const logo = form.values.letterheadLogo
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1} fz={26}>
          {t('settings.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('settings.intro')}
        </Text>
      </div>
      <ManagedCentrallyNote />
      <form onSubmit={save} noValidate onKeyDown={getHotkeyHandler([['mod+S', () => save()]])}>
        <Card withBorder padding="xl" radius="md">
          <Stack gap="md">
            <ErrorAlert error={failure} />
            <OfficeFields form={form} />
            <div>
              <Text fw={500} fz="md">
                {t('settings.logo')}
              </Text>
              <Text fz="sm" c="dimmed">
                {t('settings.logoHint')}
              </Text>
              <Group mt="xs" align="center">
                {logo ? (
                  <Image
                    src={logo}
                    alt={t('settings.logoAlt')}
                    h={72}
                    w="auto"
                    fit="contain"
                    radius="sm"
                    bd="1px solid var(--mantine-color-gray-3)"
                    p={4}
                  />
                ) : (
                  <Text fz="sm" c="dimmed">
                    {t('settings.logoNone')}
                  </Text>
                )}
                <FileButton onChange={(file) => void chooseLogo(file)} accept="image/png,image/jpeg">
                  {(props) => (
                    <Button variant="default" leftSection={<IconPhotoPlus size={18} />} {...props}>
                      {t('settings.logoChoose')}
                    </Button>
                  )}
                </FileButton>
                {logo ? (
                  <Button
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={18} />}
                    onClick={() => form.setFieldValue('letterheadLogo', null)}
                  >
                    {t('settings.logoRemove')}
                  </Button>
                ) : null}
              </Group>
              {form.errors.letterheadLogo ? (
                <Text c="red" fz="sm" mt={4} role="alert">
                  {form.errors.letterheadLogo}
                </Text>
              ) : null}
            </div>
            <Group justify="flex-end">
              <Text fz="xs" c="dimmed">
                {t('settings.saveShortcut')}
              </Text>
              <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} />}>
                {t('settings.save')}
              </Button>
            </Group>
          </Stack>
        </Card>
        <Stack gap="lg" mt="lg">
          <OfficeHoursFields form={form} />
          <DocumentFields form={form} />
          <Group justify="flex-end">
            <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} />}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <PrinterSettings />
      <SyncCard />
    </Stack>
  )
}
