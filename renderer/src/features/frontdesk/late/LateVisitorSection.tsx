import { Button, Group, Text, ThemeIcon } from '@mantine/core'
import { IconRefresh, IconUser, IconUserPlus } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '../../../shell/SectionCard'
import { VisitorForm } from '../VisitorForm'
import { VisitorSearch } from '../VisitorSearch'
import type { LateVisitor } from './late-entry'
import type { LateVisitorState } from './useLateVisitor'
import { VISITOR_DRAFT } from './useLateVisitor'

/**
 * Whose visit it was: the visitor picked (and a way to pick another), the form registering a new
 * one, or the search; with the message when a save was tried without a visitor.
 */
export function LateVisitorSection({
  visitor,
  state,
  autoFocus,
  error,
}: {
  visitor: LateVisitor | null
  state: LateVisitorState
  /** Into the search at once (not when a draft came back: the person reads it first). */
  autoFocus: boolean
  error: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <SectionCard
      title={t('frontdesk.late.visitor')}
      aside={
        visitor || state.registering ? null : (
          <Button
            variant="light"
            size="sm"
            leftSection={<IconUserPlus size={16} />}
            onClick={() => state.register({})}
          >
            {t('frontdesk.newVisitor')}
          </Button>
        )
      }
    >
      {visitor ? (
        <Group justify="space-between" wrap="nowrap">
          <ChosenVisitor visitor={visitor} />
          <Button variant="default" size="sm" leftSection={<IconRefresh size={16} />} onClick={state.change}>
            {t('frontdesk.late.changeVisitor')}
          </Button>
        </Group>
      ) : state.registering ? (
        <VisitorForm
          draftKey={VISITOR_DRAFT}
          visitor={null}
          prefill={state.prefill}
          onSaved={(view) => state.pick(view)}
          onClose={state.closeForm}
          onOpenExisting={state.openExisting}
        />
      ) : (
        <VisitorSearch
          query={state.query}
          onQueryChange={state.setQuery}
          inputRef={state.searchRef}
          autoFocus={autoFocus}
          embedded
          onOpen={state.pick}
          onRegister={state.register}
        />
      )}
      {error ? (
        <Text c="red" fz="sm" role="alert">
          {error}
        </Text>
      ) : null}
    </SectionCard>
  )
}

/** The visitor picked: name, then NIK, NIP and phone as far as known. */
function ChosenVisitor({ visitor }: { visitor: LateVisitor }) {
  const { t } = useTranslation()
  return (
    <Group gap="sm" wrap="nowrap">
      <ThemeIcon variant="light" radius="xl" size="lg">
        <IconUser size={20} />
      </ThemeIcon>
      <div>
        <Text fw={600} data-testid="late-visitor">
          {visitor.fullName}
        </Text>
        <Text fz="sm" c="dimmed">
          {[
            visitor.nikMasked ? `${t('frontdesk.fields.nik')} ${visitor.nikMasked}` : null,
            visitor.nip ? `${t('frontdesk.fields.nip')} ${visitor.nip}` : null,
            visitor.phoneDisplay,
          ]
            .filter(Boolean)
            .join(' · ') || t('frontdesk.search.noDetails')}
        </Text>
      </div>
    </Group>
  )
}
