import { Button, Group, Text, ThemeIcon } from '@mantine/core'
import { IconRefresh, IconUser, IconUserPlus } from '@tabler/icons-react'
import type { ReactNode, RefObject } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VisitorDraft, VisitorHit } from '../../../../common/visitors'
import { call } from '../../api/client'
import { clearDraft, loadDraft } from '../../forms/drafts'
import { useGlobalHotkeys } from '../../shell/hotkeys'
import { SectionCard } from '../../shell/SectionCard'
import { prefillFromQuery } from '../frontdesk/prefill'
import { VisitorForm } from '../frontdesk/VisitorForm'
import { VisitorSearch } from '../frontdesk/VisitorSearch'

/** The requester as the form keeps it: a registered visitor (NIK masked). */
export type Requester = Pick<
  VisitorHit,
  'id' | 'fullName' | 'nikMasked' | 'nip' | 'phoneDisplay' | 'organization'
>

const requesterOf = (visitor: Requester): Requester => ({
  id: visitor.id,
  fullName: visitor.fullName,
  nikMasked: visitor.nikMasked,
  nip: visitor.nip,
  phoneDisplay: visitor.phoneDisplay,
  organization: visitor.organization,
})

/** Where the new requester's form keeps what is typed. */
const VISITOR_DRAFT = 'consultations.requester'

/**
 * Who asks: found with the front desk's visitor search (NIK, NIP, name or phone) or registered on
 * the spot with its visitor form — the requester's NIK/NIP, work unit, position, phone and e-mail
 * are the visitor's. Alt+N registers with what was searched for.
 */
export function RequesterSection({
  requester,
  onChange,
  searchRef,
  error,
}: {
  requester: Requester | null
  onChange: (requester: Requester | null) => void
  searchRef: RefObject<HTMLInputElement | null>
  error: ReactNode
}) {
  const { t } = useTranslation()
  const [registering, setRegistering] = useState(() => loadDraft(VISITOR_DRAFT) !== null && !requester)
  const [prefill, setPrefill] = useState<Partial<VisitorDraft>>({})
  const [query, setQuery] = useState('')
  const focusSearch = () => requestAnimationFrame(() => searchRef.current?.focus())
  const register = (fill: Partial<VisitorDraft>) => {
    setPrefill(fill)
    setRegistering(true)
  }
  useGlobalHotkeys([
    ['alt+N', () => !requester && !registering && register(prefillFromQuery(query))],
    ['/', () => searchRef.current?.focus(), { preventDefault: true }],
    ['F2', () => searchRef.current?.focus(), { preventDefault: true }],
  ])
  const pick = (visitor: Requester) => {
    onChange(requesterOf(visitor))
    setRegistering(false)
  }
  return (
    <SectionCard
      title={t('consultations.form.requester')}
      gap="sm"
      aside={
        requester || registering ? null : (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconUserPlus size={16} />}
            onClick={() => register(prefillFromQuery(query))}
          >
            {t('consultations.form.newRequester')}
          </Button>
        )
      }
    >
      {requester ? (
        <Group justify="space-between" wrap="nowrap">
          <ChosenRequester requester={requester} />
          <Button
            variant="default"
            size="sm"
            leftSection={<IconRefresh size={16} />}
            style={{ flexShrink: 0 }}
            onClick={() => {
              onChange(null)
              focusSearch()
            }}
          >
            {t('consultations.form.changeRequester')}
          </Button>
        </Group>
      ) : registering ? (
        <VisitorForm
          draftKey={VISITOR_DRAFT}
          visitor={null}
          prefill={prefill}
          onSaved={pick}
          onClose={() => {
            setRegistering(false)
            focusSearch()
          }}
          onOpenExisting={(id) => {
            clearDraft(VISITOR_DRAFT)
            void call('visitors.get', { id }).then(pick)
          }}
        />
      ) : (
        <>
          <Text fz="xs" c="dimmed">
            {t('consultations.form.requesterHint')}
          </Text>
          <VisitorSearch
            query={query}
            onQueryChange={setQuery}
            inputRef={searchRef}
            autoFocus
            embedded
            onOpen={pick}
            onRegister={register}
          />
        </>
      )}
      {error ? (
        <Text c="red" fz="sm" role="alert">
          {error}
        </Text>
      ) : null}
    </SectionCard>
  )
}

/** The requester picked: name, then NIK (masked), NIP, phone and organisation as far as known. */
function ChosenRequester({ requester }: { requester: Requester }) {
  const { t } = useTranslation()
  return (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
      <ThemeIcon variant="light" radius="xl" size="lg">
        <IconUser size={20} />
      </ThemeIcon>
      <div style={{ minWidth: 0 }}>
        <Text fw={600} data-testid="consultation-requester" truncate>
          {requester.fullName}
        </Text>
        <Text fz="sm" c="dimmed" truncate>
          {[
            requester.nikMasked ? `${t('frontdesk.fields.nik')} ${requester.nikMasked}` : null,
            requester.nip ? `${t('frontdesk.fields.nip')} ${requester.nip}` : null,
            requester.phoneDisplay,
            requester.organization,
          ]
            .filter(Boolean)
            .join(' · ') || t('frontdesk.search.noDetails')}
        </Text>
      </div>
    </Group>
  )
}
