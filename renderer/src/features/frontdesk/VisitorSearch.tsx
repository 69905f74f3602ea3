import {
  Badge,
  Box,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  TextInput,
  Tooltip,
  UnstyledButton,
} from '@mantine/core'
import { IconSearch, IconUserPlus, IconUserSearch } from '@tabler/icons-react'
import type { KeyboardEvent, RefObject } from 'react'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import type { VisitorDraft, VisitorHit } from '../../../../common/visitors'
import { RpcCallError, call } from '../../api/client'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useOfficeFormat } from './format'
import { prefillFromQuery } from './prefill'
import { Shortcuts } from './Shortcut'

/** How long the typing must pause before the core is asked (a scanner's burst is one request). */
const DEBOUNCE_MS = 150
const LIMIT = 20
const NUMBER_QUERY = /^\+?[\d\s.\-()]+$/

interface Results {
  query: string
  hits: VisitorHit[]
}

function HitRow({
  hit,
  id,
  active,
  onPick,
  onHover,
}: {
  hit: VisitorHit
  id: string
  active: boolean
  onPick: () => void
  onHover: () => void
}) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const facts = [
    hit.nikMasked ? `${t('frontdesk.fields.nik')} ${hit.nikMasked}` : null,
    hit.nip ? `${t('frontdesk.fields.nip')} ${hit.nip}` : null,
    hit.phoneDisplay,
    hit.organization,
  ].filter((fact): fact is string => Boolean(fact))
  const fuzzy = hit.match === 'variant' || hit.match === 'similar'
  return (
    <UnstyledButton
      role="option"
      id={id}
      aria-selected={active}
      tabIndex={-1}
      onClick={onPick}
      onMouseMove={onHover}
      // Keeps the focus in the search box, where the arrow keys work.
      onMouseDown={(event) => event.preventDefault()}
      px="md"
      py={10}
      bg={active ? 'loket.0' : undefined}
      style={{
        display: 'block',
        width: '100%',
        borderRadius: 'var(--mantine-radius-sm)',
        borderLeft: `3px solid ${active ? 'var(--mantine-color-loket-7)' : 'transparent'}`,
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="md" align="flex-start">
        <Box miw={0}>
          <Group gap="xs" wrap="nowrap">
            <Text fw={600} truncate>
              {hit.fullName}
            </Text>
            {fuzzy ? (
              <Tooltip label={t('frontdesk.search.similarHint')} withArrow>
                <Badge size="sm" variant="light" color="yellow" radius="sm" style={{ flexShrink: 0 }}>
                  {t('frontdesk.search.similar')}
                </Badge>
              </Tooltip>
            ) : null}
          </Group>
          <Text fz="sm" c="dimmed" truncate>
            {facts.length > 0 ? facts.join(' · ') : t('frontdesk.search.noDetails')}
          </Text>
        </Box>
        <Text fz="sm" c="dimmed" ta="right" style={{ whiteSpace: 'nowrap' }}>
          {hit.lastVisitAt !== null
            ? t('frontdesk.search.lastVisit', { date: fmt.date(hit.lastVisitAt) })
            : t('frontdesk.search.neverVisited')}
        </Text>
      </Group>
    </UnstyledButton>
  )
}

/**
 * The visitor search: finds returning visitors as the receptionist types (by NIK, NIP, phone or
 * name, misspellings included; the newest request wins), lists them for the arrow keys, and opens
 * one with Enter. A scanner's number followed by Enter opens the first match once it is in.
 */
export function VisitorSearch({
  query,
  onQueryChange,
  onOpen,
  onRegister,
  inputRef,
  autoFocus = false,
  embedded = false,
}: {
  query: string
  onQueryChange: (query: string) => void
  onOpen: (hit: VisitorHit) => void
  /** Absent when the user's role may not register visitors. */
  onRegister?: (prefill: Partial<VisitorDraft>) => void
  inputRef: RefObject<HTMLInputElement | null>
  autoFocus?: boolean
  /** Inside another panel (the late entry): no frame of its own, a smaller empty state. */
  embedded?: boolean
}) {
  const { t } = useTranslation()
  const listId = useId()
  const [results, setResults] = useState<Results | null>(null)
  const [loading, setLoading] = useState(false)
  const [failure, setFailure] = useState<RpcError | null>(null)
  const [active, setActive] = useState(0)
  const seq = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const openWhenReady = useRef(false)
  const onOpenRef = useRef(onOpen)
  useEffect(() => {
    onOpenRef.current = onOpen
  }, [onOpen])

  const trimmed = query.trim()

  const run = useCallback(async (text: string) => {
    const mine = ++seq.current
    setLoading(true)
    try {
      const hits = await call('visitors.search', { query: text, limit: LIMIT })
      if (mine !== seq.current) return
      setResults({ query: text, hits })
      setActive(0)
      setFailure(null)
      if (openWhenReady.current) {
        openWhenReady.current = false
        const first = hits[0]
        if (first) onOpenRef.current(first)
      }
    } catch (error) {
      if (mine !== seq.current) return
      openWhenReady.current = false
      if (!(error instanceof RpcCallError)) throw error
      setFailure(error.error)
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [])

  useEffect(() => {
    if (timer.current) clearTimeout(timer.current)
    if (trimmed === '') {
      // An answer still on its way is for a query no longer shown.
      seq.current++
      openWhenReady.current = false
      return
    }
    timer.current = setTimeout(() => void run(trimmed), DEBOUNCE_MS)
    return () => {
      if (timer.current) clearTimeout(timer.current)
    }
  }, [trimmed, run])

  const shown = trimmed === '' ? null : results
  const fresh = shown !== null && shown.query === trimmed
  const hits = shown?.hits ?? []
  const activeIndex = Math.min(active, Math.max(hits.length - 1, 0))
  const busy = trimmed !== '' && (loading || !fresh)

  useEffect(() => {
    document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView({ block: 'nearest' })
  }, [activeIndex, listId])

  const register = onRegister ? () => onRegister(prefillFromQuery(trimmed)) : undefined

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The box's own shortcut: register the visitor that was not found, the typed text prefilled.
    // Global shortcuts never fire inside a text field (renderer/src/shell/hotkeys.ts).
    if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN' && register) {
      event.preventDefault()
      register()
      return
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (hits.length === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive(Math.min(Math.max(activeIndex + step, 0), hits.length - 1))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const hit = hits[activeIndex]
      if (fresh && hit) {
        onOpen(hit)
      } else if (trimmed !== '' && !fresh) {
        // Typed (or scanned) faster than the search: open the first match when it arrives.
        if (timer.current) clearTimeout(timer.current)
        openWhenReady.current = true
        void run(trimmed)
      }
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault()
      event.stopPropagation()
      onQueryChange('')
    }
  }

  const isNumber = NUMBER_QUERY.test(trimmed)
  const tooShort = isNumber && trimmed.replace(/\D/g, '').length < 3

  let body
  if (trimmed === '' && embedded) {
    body = (
      <Text c="dimmed" fz="sm" py="md" ta="center">
        {t('frontdesk.search.emptyHint')}
      </Text>
    )
  } else if (trimmed === '') {
    body = (
      <Stack align="center" gap={6} py="xl" c="dimmed">
        <IconUserSearch size={40} stroke={1.3} />
        <Text fw={600} c="dark">
          {t('frontdesk.search.emptyTitle')}
        </Text>
        <Text fz="sm" ta="center" maw={480}>
          {t('frontdesk.search.emptyHint')}
        </Text>
      </Stack>
    )
  } else if (tooShort) {
    body = (
      <Text c="dimmed" fz="sm" py="lg" ta="center">
        {t('frontdesk.search.tooShort')}
      </Text>
    )
  } else if (fresh && hits.length === 0) {
    body = (
      <Stack align="center" gap="xs" py="xl">
        <Text fw={600}>{t('frontdesk.search.noneTitle', { query: trimmed })}</Text>
        <Text fz="sm" c="dimmed" ta="center">
          {register ? t('frontdesk.search.noneHint') : t('frontdesk.search.noneHintReadOnly')}
        </Text>
        {register ? (
          <Button mt="xs" leftSection={<IconUserPlus size={18} />} onClick={register}>
            {t('frontdesk.newVisitor')}
          </Button>
        ) : null}
      </Stack>
    )
  } else if (shown === null) {
    body = (
      <Group justify="center" py="xl">
        <Loader size="sm" aria-label={t('frontdesk.search.searching')} />
      </Group>
    )
  } else {
    body = (
      <Stack gap={2}>
        <Text fz="xs" c="dimmed" px="md" pb={4} aria-live="polite">
          {t('frontdesk.search.count', { count: hits.length })}
        </Text>
        <Box
          role="listbox"
          id={listId}
          aria-label={t('frontdesk.search.results')}
          style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}
        >
          {hits.map((hit, index) => (
            <HitRow
              key={hit.id}
              hit={hit}
              id={`${listId}-${index}`}
              active={index === activeIndex}
              onPick={() => onOpen(hit)}
              onHover={() => setActive(index)}
            />
          ))}
        </Box>
      </Stack>
    )
  }

  return (
    <Paper
      withBorder={!embedded}
      radius="md"
      p={embedded ? 0 : 'md'}
      bg={embedded ? 'transparent' : undefined}
    >
      <Stack gap="sm">
        <TextInput
          ref={inputRef}
          size="lg"
          autoFocus={autoFocus}
          label={t('frontdesk.search.label')}
          placeholder={t('frontdesk.search.placeholder')}
          leftSection={<IconSearch size={20} />}
          rightSection={busy ? <Loader size="xs" aria-label={t('frontdesk.search.searching')} /> : null}
          value={query}
          onChange={(event) => onQueryChange(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={hits.length > 0 ? listId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={hits.length > 0 ? `${listId}-${activeIndex}` : undefined}
          autoComplete="off"
          spellCheck={false}
        />
        <Shortcuts
          items={[
            { keys: ['/', 'F2'], label: t('frontdesk.keys.focusSearch') },
            { keys: ['↑', '↓'], label: t('frontdesk.keys.move') },
            { keys: ['Enter'], label: t('frontdesk.keys.open') },
            { keys: ['Esc'], label: t('frontdesk.keys.clear') },
            ...(onRegister ? [{ keys: ['Alt+N'], label: t('frontdesk.newVisitor') }] : []),
          ]}
        />
        <ErrorAlert error={failure} />
        <Box mih={embedded ? 80 : 180}>{body}</Box>
      </Stack>
    </Paper>
  )
}
