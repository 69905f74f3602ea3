import { Group, Loader, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import type { RefObject } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useNow } from '../queue/time'
import { ConsultationRow } from './ConsultationRow'

/**
 * Every consultation, open or closed, found by number, requester's name or words of the subject
 * (consultations.list); the newest first while nothing is typed.
 */
export function ConsultationList({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState<'open' | 'closed'>('open')
  const [debounced] = useDebouncedValue(query.trim(), 200)
  const list = useCoreQuery(
    'consultations.list',
    { query: debounced, open: open === 'open' },
    { placeholderData: (previous) => previous },
  )
  const now = useNow(30_000)
  const hits = list.data ?? []
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          ref={searchRef}
          label={t('consultations.list.search')}
          placeholder={t('consultations.list.searchPlaceholder')}
          leftSection={<IconSearch size={18} />}
          rightSection={list.isFetching ? <Loader size="xs" /> : null}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query !== '') {
              event.stopPropagation()
              setQuery('')
            }
          }}
          maxLength={200}
          autoComplete="off"
          style={{ flex: '1 1 320px' }}
        />
        <SegmentedControl
          aria-label={t('consultations.list.filter')}
          value={open}
          onChange={(value) => setOpen(value === 'closed' ? 'closed' : 'open')}
          data={[
            { value: 'open', label: t('consultations.list.open') },
            { value: 'closed', label: t('consultations.list.closed') },
          ]}
        />
      </Group>
      <ErrorAlert error={list.error?.error ?? null} />
      {list.data ? (
        <Text fz="xs" c="dimmed" aria-live="polite">
          {hits.length === 0
            ? debounced
              ? t('consultations.list.noMatch', { query: debounced })
              : t('consultations.list.empty')
            : t('consultations.list.count', { count: hits.length })}
        </Text>
      ) : list.error ? null : (
        <Loader aria-label={t('app.loading')} />
      )}
      <Stack
        component="ul"
        gap="xs"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('consultations.list.results')}
      >
        {hits.map((hit) => (
          <ConsultationRow key={hit.id} hit={hit} now={now} />
        ))}
      </Stack>
    </Stack>
  )
}
