import { TZDate } from '@date-fns/tz'
import { Alert, Card, Stack, Table, Text, Title } from '@mantine/core'
import { IconLockOpen } from '@tabler/icons-react'
import { format } from 'date-fns'
import { useTranslation } from 'react-i18next'
import type { SyncReject } from '../../../common/sync-status'
import { useCoreQuery } from '../api/queries'
import { useSession } from '../stores/session'
import { useSyncStatus } from '../shell/sync-status'

const NO_REJECTS: SyncReject[] = []

/** For the administrator: which central server this desk syncs with, and the changes it refused, with why. */
export function SyncCard() {
  const { t } = useTranslation()
  const status = useSyncStatus()
  const zone = useSession((s) => s.info?.timeZone ?? 'Asia/Jakarta')
  const rejects = useCoreQuery('sync.rejects', {}, { enabled: status?.enrolled === true }).data ?? NO_REJECTS

  if (!status?.enrolled) return null
  return (
    <Card withBorder padding="xl" radius="md">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('sync.title')}
        </Title>
        <Text>
          {t('sync.server')}:{' '}
          <Text span fw={600}>
            {status.serverUrl}
          </Text>
        </Text>
        {status.insecure ? (
          <Alert color="orange" variant="light" icon={<IconLockOpen size={20} />}>
            {t('sync.insecure')}
          </Alert>
        ) : null}
        <Text fw={500}>{t('sync.rejectsTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('sync.rejectsIntro')}
        </Text>
        {rejects.length === 0 ? (
          <Text c="dimmed">{t('sync.rejectsNone')}</Text>
        ) : (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sync.rejectsColumns.at')}</Table.Th>
                <Table.Th>{t('sync.rejectsColumns.direction')}</Table.Th>
                <Table.Th>{t('sync.rejectsColumns.table')}</Table.Th>
                <Table.Th>{t('sync.rejectsColumns.code')}</Table.Th>
                <Table.Th>{t('sync.rejectsColumns.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rejects.map((reject) => (
                <Table.Tr key={`${reject.direction}-${reject.seq}`}>
                  <Table.Td>{format(new TZDate(reject.rejectedAt, zone), 'dd-MM-yyyy HH:mm')}</Table.Td>
                  <Table.Td>{t(`sync.directions.${reject.direction}`)}</Table.Td>
                  <Table.Td>
                    {t(`sync.tables.${reject.tableName}`, { defaultValue: reject.tableName })}
                  </Table.Td>
                  <Table.Td>{t(`sync.codes.${reject.code}`, { defaultValue: reject.code })}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {reject.message}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  )
}
