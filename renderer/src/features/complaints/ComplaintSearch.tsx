import { Alert, Button, Group, Loader, Stack, Text, TextInput, UnstyledButton } from '@mantine/core'
import { keepPreviousData, useQueryClient } from '@tanstack/react-query'
import { IconSearch } from '@tabler/icons-react'
import type { KeyboardEvent } from 'react'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ComplaintHit, ComplaintLookup } from '../../../../common/complaints/views'
import { call } from '../../api/client'
import { queryKey, useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { ComplaintHitRow } from './ComplaintHitRow'

/** Typing pauses this long before the core is asked; Enter asks at once (a scanner's Enter too). */
const TYPING_PAUSE_MS = 150
const LIMIT = 20

/** The text as the core is asked it: trimmed, so a trailing space is not a new question. */
const inputOf = (query: string) => ({ query: query.trim(), limit: LIMIT })

/**
 * The officer's complaint lookup (issue 11): one field that takes a complaint number, a LAPOR! ID,
 * a visit number (a receipt scanned: the scanner types fast and ends with Enter), a NIK, a phone
 * number or a name. Arrows move through the results and Enter opens one; a scan or Enter with
 * exactly one hit opens it at once. A number that matches nothing says so and offers the search by
 * name or NIK. The field keeps its scans (data-own-scan): the window's scanner, which opens a
 * scanned visit, leaves them to it.
 */
export function ComplaintSearch({
  onPick,
  label,
  autoFocus = false,
  pickedId = null,
}: {
  onPick: (hit: ComplaintHit) => void
  label?: string
  autoFocus?: boolean
  /** Marked in the list as the one already chosen. */
  pickedId?: string | null
}) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const inputRef = useRef<HTMLInputElement>(null)
  const listId = useId()
  const [text, setText] = useState('')
  const [asked, setAsked] = useState('')
  const [active, setActive] = useState(0)
  const [byNameHint, setByNameHint] = useState(false)

  // The core is asked once typing pauses, not on every key.
  useEffect(() => {
    const timer = window.setTimeout(() => setAsked(text), TYPING_PAUSE_MS)
    return () => window.clearTimeout(timer)
  }, [text])

  const answer = useCoreQuery('complaints.lookup', inputOf(asked), {
    enabled: asked.trim() !== '',
    placeholderData: keepPreviousData,
  })
  const shown: ComplaintLookup | null = asked.trim() !== '' ? (answer.data ?? null) : null
  const hits = shown?.hits ?? []

  const ask = (query: string): Promise<ComplaintLookup> =>
    client.fetchQuery({
      queryKey: queryKey('complaints.lookup', inputOf(query)),
      queryFn: () => call('complaints.lookup', inputOf(query)),
    })

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((index) => (index + step + hits.length) % hits.length)
      return
    }
    if (event.key !== 'Enter') return
    event.preventDefault()
    // The field's own value: a scanner's last keys may not have reached React's state yet.
    const typed = event.currentTarget.value
    if (typed.trim() === '') return
    const current = typed.trim() === asked.trim() && answer.data && !answer.isPlaceholderData
    void (async () => {
      const found = current && answer.data ? answer.data : await ask(typed).catch(() => null)
      setText(typed)
      setAsked(typed)
      if (!found) return
      const only = found.hits.length === 1 ? found.hits[0] : undefined
      if (only) onPick(only)
      else if (current) {
        const chosen = found.hits[active]
        if (chosen) onPick(chosen)
      }
    })()
  }

  const searchByName = () => {
    setText('')
    setAsked('')
    setByNameHint(true)
    inputRef.current?.focus()
  }

  const notFound = shown !== null && hits.length === 0 && !answer.isFetching
  const numberLike = shown?.kind === 'number' || shown?.kind === 'visit'
  const activeIndex = Math.min(active, Math.max(0, hits.length - 1))

  return (
    <Stack gap="sm">
      <TextInput
        ref={inputRef}
        data-own-scan
        data-autofocus={autoFocus || undefined}
        autoFocus={autoFocus}
        label={label ?? t('complaints.lookup.label')}
        placeholder={t('complaints.lookup.placeholder')}
        description={byNameHint ? t('complaints.lookup.byNameHint') : t('complaints.lookup.hint')}
        leftSection={<IconSearch size={18} />}
        rightSection={answer.isFetching ? <Loader size={16} /> : null}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? `${listId}-${activeIndex}` : undefined}
      />
      <ErrorAlert error={answer.error?.error ?? null} />
      {notFound ? (
        <Alert color="orange" variant="light" role="status" p="sm">
          <Stack gap={6}>
            <Text fz="sm" fw={600}>
              {numberLike
                ? t('complaints.lookup.noNumber', { query: asked.trim() })
                : t('complaints.lookup.noMatch', { query: asked.trim() })}
            </Text>
            {numberLike ? (
              <Group gap="sm">
                <Text fz="sm">{t('complaints.lookup.noNumberAdvice')}</Text>
                <Button size="xs" variant="light" color="orange" onClick={searchByName}>
                  {t('complaints.lookup.searchByName')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
      {hits.length > 0 ? (
        <>
          <Text fz="xs" c="dimmed" aria-live="polite">
            {t('complaints.lookup.count', { count: hits.length })}
            {shown && shown.kind !== 'empty'
              ? ` · ${t('complaints.lookup.matchedBy', { kind: t(`complaints.lookup.kinds.${shown.kind}`) })}`
              : ''}
          </Text>
          <Stack gap={6} role="listbox" id={listId} aria-label={t('complaints.lookup.results')}>
            {hits.map((hit, index) => (
              <UnstyledButton
                key={hit.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                tabIndex={-1}
                onMouseEnter={() => setActive(index)}
                onClick={() => onPick(hit)}
                p="sm"
                style={{
                  borderRadius: 'var(--mantine-radius-sm)',
                  border: `1px solid ${
                    index === activeIndex ? 'var(--mantine-color-loket-5)' : 'var(--mantine-color-gray-3)'
                  }`,
                  background:
                    hit.id === pickedId
                      ? 'var(--mantine-color-loket-1)'
                      : index === activeIndex
                        ? 'var(--mantine-color-loket-0)'
                        : undefined,
                }}
              >
                <ComplaintHitRow hit={hit} />
              </UnstyledButton>
            ))}
          </Stack>
        </>
      ) : null}
    </Stack>
  )
}
