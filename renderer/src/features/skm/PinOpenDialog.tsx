import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import type { FormEvent } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { KioskPin } from '../../../../common/skm-answers'
import type { RpcError } from '../../../../common/errors'
import { asRpcError } from '../../api/client'
import { ErrorAlert } from '../../forms/ErrorAlert'

/**
 * The officer chooses the PIN that alone closes the kiosk, typed twice so a slip of the finger
 * cannot lock the screen with a PIN nobody knows. `onOpen` opens it (skm.kioskOpen).
 */
export function PinOpenDialog({
  opened,
  onClose,
  onOpen,
}: {
  opened: boolean
  onClose: () => void
  onOpen: (pin: string) => Promise<void>
}) {
  const { t } = useTranslation()
  const [pin, setPin] = useState('')
  const [again, setAgain] = useState('')
  const [checked, setChecked] = useState(false)
  const [failure, setFailure] = useState<RpcError | null>(null)
  const [busy, setBusy] = useState(false)
  const formatError = checked && !KioskPin.safeParse(pin).success ? t('skm.pin.format') : undefined
  const againError = checked && !formatError && again !== pin ? t('skm.pin.mismatch') : undefined

  const close = () => {
    setPin('')
    setAgain('')
    setChecked(false)
    setFailure(null)
    onClose()
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setChecked(true)
    if (!KioskPin.safeParse(pin).success || again !== pin) return
    setBusy(true)
    setFailure(null)
    try {
      await onOpen(pin)
      close()
    } catch (error) {
      setFailure(asRpcError(error))
    } finally {
      setBusy(false)
    }
  }
  const digits = (value: string) => value.replace(/\D/g, '').slice(0, 8)

  return (
    <Modal opened={opened} onClose={close} title={t('skm.pin.openTitle')} size="sm">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text fz="sm">{t('skm.pin.openHint')}</Text>
          <PasswordInput
            label={t('skm.pin.pin')}
            inputMode="numeric"
            autoComplete="off"
            data-autofocus
            value={pin}
            error={formatError}
            onChange={(event) => setPin(digits(event.currentTarget.value))}
          />
          <PasswordInput
            label={t('skm.pin.again')}
            inputMode="numeric"
            autoComplete="off"
            value={again}
            error={againError}
            onChange={(event) => setAgain(digits(event.currentTarget.value))}
          />
          <ErrorAlert error={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('skm.pin.cancel')}
            </Button>
            <Button type="submit" leftSection={<IconLock size={18} />} loading={busy}>
              {t('skm.pin.open')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
