import { Alert } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../common/errors'
import { LocalizedText } from './validation'

/** The core's refusal, in the user's language, announced to screen readers. */
export function ErrorAlert({ error }: { error: RpcError | null }) {
  const { t } = useTranslation()
  if (!error) return null
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={t('errors.title')}
      icon={<IconAlertTriangle size={20} />}
    >
      <LocalizedText message={error.message} />
    </Alert>
  )
}
