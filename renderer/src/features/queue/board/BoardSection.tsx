import { Badge, Card, Group, Table, Title, VisuallyHidden } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { BoardItem } from '../../../../../common/visits'
import { BoardRow } from './BoardRow'
import type { Section } from './sections'

/**
 * One section of the board (overdue, being served, waiting, done, cancelled) as a table with its
 * count; the overdue one framed in red. `stepText` says where a visit stands, in words.
 */
export function BoardSection({
  section,
  items,
  now,
  canServe,
  stepText,
  onOpen,
  onRecall,
}: {
  section: Section
  items: BoardItem[]
  now: number
  canServe: boolean
  stepText: (item: BoardItem) => string
  onOpen: (item: BoardItem) => void
  onRecall: (item: BoardItem) => void
}) {
  const { t } = useTranslation()
  const overdue = section === 'overdue'
  return (
    <Card
      withBorder
      radius="md"
      padding={0}
      component="section"
      aria-labelledby={`board-${section}`}
      style={overdue ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
    >
      <Group
        px="md"
        py="sm"
        gap="xs"
        bg={overdue ? 'red.0' : undefined}
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        {overdue ? <IconAlertTriangle size={20} color="var(--mantine-color-red-8)" aria-hidden /> : null}
        <Title
          order={2}
          fz="md"
          id={`board-${section}`}
          c={overdue ? 'red.8' : section === 'cancelled' ? 'dimmed' : undefined}
        >
          {t(`domain.visitStatus.${section}`)}
        </Title>
        <Badge variant="light" color={overdue ? 'red' : section === 'cancelled' ? 'gray' : 'loket'}>
          {items.length}
        </Badge>
      </Group>
      {/* Below 1200 px (1024×768 counters, 125% zoom) the step and counter columns fold into
          the visitor's and the number's cells, so no column runs out of the panel and no
          procedure name is cut (issue 8, fault 11). */}
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" highlightOnHover layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t('queue.board.colNumber')}</Table.Th>
              <Table.Th>{t('queue.board.colVisitor')}</Table.Th>
              <Table.Th visibleFrom="lg">{t('queue.board.colStep')}</Table.Th>
              <Table.Th w={160}>{t('queue.board.colTime')}</Table.Th>
              <Table.Th w={64} visibleFrom="lg">
                {t('queue.board.colCounter')}
              </Table.Th>
              <Table.Th w={110}>
                <VisuallyHidden>{t('queue.board.colActions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <BoardRow
                key={item.id}
                item={item}
                now={now}
                section={section}
                stepText={stepText(item)}
                canServe={canServe}
                onOpen={() => onOpen(item)}
                onRecall={() => onRecall(item)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  )
}
