import { Alert, Button, Group, Text } from '@mantine/core'
import { IconHistory } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** Says that what was typed before a reload or crash is back in the form, and offers to discard it. */
export function DraftRestoredAlert({ hint, onDiscard }: { hint: string; onDiscard: () => void }) {
  const { t } = useTranslation()
  return (
    <Alert color="blue" variant="light" icon={<IconHistory size={20} />} title={t('frontdesk.form.restored')}>
      <Group justify="space-between" gap="sm">
        <Text fz="sm">{hint}</Text>
        <Button size="compact-sm" variant="subtle" onClick={onDiscard}>
          {t('frontdesk.form.discard')}
        </Button>
      </Group>
    </Alert>
  )
}
