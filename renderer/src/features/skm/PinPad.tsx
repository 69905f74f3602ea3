import { Button, Group, Modal, PasswordInput, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconBackspace, IconLockOpen, IconX } from '@tabler/icons-react'
import type { FormEvent } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import { asRpcError } from '../../api/client'
import { ErrorAlert } from '../../forms/ErrorAlert'

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const

/**
 * The PIN pad that closes the kiosk: digits as large touch keys, or typed. `onUnlock` gives the PIN
 * to the core (skm.kioskClose); its refusal (wrong, locked for a while) shows in its own words.
 */
export function PinPad({
  opened,
  onClose,
  onUnlock,
}: {
  opened: boolean
  onClose: () => void
  onUnlock: (pin: string) => Promise<void>
}) {
  const { t } = useTranslation()
  const [pin, setPin] = useState('')
  const [failure, setFailure] = useState<RpcError | null>(null)
  const [busy, setBusy] = useState(false)

  const close = () => {
    setPin('')
    setFailure(null)
    onClose()
  }
  const submit = async (event?: FormEvent) => {
    event?.preventDefault()
    if (busy || pin === '') return
    setBusy(true)
    setFailure(null)
    try {
      await onUnlock(pin)
      setPin('')
    } catch (error) {
      setFailure(asRpcError(error))
      setPin('')
    } finally {
      setBusy(false)
    }
  }
  const press = (digit: string) => setPin((p) => (p + digit).slice(0, 8))

  return (
    <Modal opened={opened} onClose={close} title={t('skm.pin.closeTitle')} size="xs" centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text fz="sm">{t('skm.pin.closeHint')}</Text>
          <PasswordInput
            label={t('skm.pin.pin')}
            inputMode="numeric"
            autoComplete="off"
            data-autofocus
            size="lg"
            value={pin}
            onChange={(event) => setPin(event.currentTarget.value.replace(/\D/g, '').slice(0, 8))}
          />
          <SimpleGrid cols={3} spacing="xs">
            {KEYS.map((digit) => (
              <Button key={digit} variant="default" size="xl" onClick={() => press(digit)} tabIndex={-1}>
                {digit}
              </Button>
            ))}
            <Button
              variant="subtle"
              size="xl"
              aria-label={t('skm.pin.clear')}
              onClick={() => setPin('')}
              tabIndex={-1}
            >
              <IconX size={26} />
            </Button>
            <Button variant="default" size="xl" onClick={() => press('0')} tabIndex={-1}>
              0
            </Button>
            <Button
              variant="subtle"
              size="xl"
              aria-label={t('skm.pin.backspace')}
              onClick={() => setPin((p) => p.slice(0, -1))}
              tabIndex={-1}
            >
              <IconBackspace size={26} />
            </Button>
          </SimpleGrid>
          <ErrorAlert error={failure} />
          <Group justify="space-between">
            <Button variant="default" onClick={close}>
              {t('skm.pin.cancel')}
            </Button>
            <Button
              type="submit"
              leftSection={<IconLockOpen size={18} />}
              loading={busy}
              disabled={pin === ''}
            >
              {t('skm.pin.close')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
