import { Alert, Button, Grid, Group, Kbd, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconEdit, IconHistory, IconLock, IconUserPlus } from '@tabler/icons-react'
import { useParams } from '@tanstack/react-router'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VisitorDraft, VisitorHit } from '../../../../common/visitors'
import type { VisitView } from '../../../../common/visits'
import { queryClient, queryKey, useCoreQuery } from '../../api/queries'
import { clearDraft, loadDraft, saveDraft } from '../../forms/drafts'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { FRONT_DESK_ROLES } from '../../shell/navigation'
import { useGlobalHotkeys } from '../../shell/hotkeys'
import { useGo } from '../../shell/navigate'
import { useSession } from '../../stores/session'
import { serviceChoices, useProcedures } from './choices'
import { prefillFromQuery } from './prefill'
import { StartService } from './StartService'
import { VisitStarted } from './VisitStarted'
import { VisitorDetails } from './VisitorDetails'
import type { VisitorDraftRecord } from './VisitorForm'
import { VisitorForm } from './VisitorForm'
import { VisitorSearch } from './VisitorSearch'
import { VisitorVisits } from './VisitorVisits'

/** Where the receptionist is on the screen; kept across a reload (with the drafts) so nothing is lost. */
type View =
  | { name: 'search' }
  | { name: 'visitor'; visitorId: string }
  | { name: 'form'; visitorId: string | null; prefill?: Partial<VisitorDraft>; from: 'search' | 'visitor' }
  | { name: 'started'; visit: VisitView }

const VIEW_KEY = 'frontdesk.view'
const VISITOR_DRAFT = 'frontdesk.visitor'

/**
 * Where the screen opens: a visitor's page when the address names one (a form left open on it is
 * kept), else what was on screen before a reload, except a finished start or a visitor's page the
 * address no longer names (Back from it lands on the search).
 */
function initialView(addressed: string | null): View {
  const stored = loadDraft<View>(VIEW_KEY)
  if (addressed) {
    return stored?.name === 'form' && stored.visitorId === addressed
      ? stored
      : { name: 'visitor', visitorId: addressed }
  }
  return stored && stored.name !== 'started' && stored.name !== 'visitor' ? stored : { name: 'search' }
}

/** The visitor a view needs loaded: the one shown, or the one being edited. */
function visitorIdOf(view: View): string | null {
  if (view.name === 'visitor') return view.visitorId
  if (view.name === 'form') return view.visitorId
  return null
}

/**
 * The receptionist's screen: find a returning visitor (or register a new one), check who they
 * are, start their service and read out the queue number — all from the keyboard.
 */
export function FrontDeskScreen() {
  const { t } = useTranslation()
  const go = useGo()
  const role = useSession((s) => s.user?.role)
  const canAct = role !== undefined && FRONT_DESK_ROLES.includes(role)
  const { procedures, failure: proceduresFailure } = useProcedures()
  const choices = serviceChoices((procedures ?? []).filter((p) => p.channel === 'walk_in'))

  // A visitor's page has an address (/frontdesk/visitor/<id>): Back returns to the search.
  const addressed = useParams({ strict: false, select: (params) => params.visitorId ?? null })
  const [view, setViewState] = useState<View>(() => initialView(addressed))
  const [query, setQuery] = useState('')
  const searchRef = useRef<HTMLInputElement>(null)

  const setView = (next: View) => {
    if (next.name === 'started') clearDraft(VIEW_KEY)
    else saveDraft(VIEW_KEY, next)
    setViewState(next)
  }
  // The address moved (Back, Forward, a link): the page it names.
  const shownAddress = useRef(addressed)
  useEffect(() => {
    if (shownAddress.current === addressed) return
    shownAddress.current = addressed
    setViewState(addressed ? { name: 'visitor', visitorId: addressed } : { name: 'search' })
  }, [addressed])

  const wantedId = visitorIdOf(view)
  // Asked again when the visitor changes (edited in another window, or at another desk).
  const visitorQuery = useCoreQuery('visitors.get', { id: wantedId ?? '' }, { enabled: wantedId !== null })
  const visitor = wantedId ? (visitorQuery.data ?? null) : null
  const failure = wantedId ? (visitorQuery.error?.error ?? null) : null

  const toSearch = (clear: boolean) => {
    if (clear) setQuery('')
    setView({ name: 'search' })
    if (addressed) go('frontdesk')
    // After the search box is back on screen.
    requestAnimationFrame(() => {
      searchRef.current?.focus()
      searchRef.current?.select()
    })
  }
  const openVisitor = (id: string) => {
    setView({ name: 'visitor', visitorId: id })
    if (addressed !== id) go('visitor', id)
  }
  const register = (prefill: Partial<VisitorDraft> = {}) => {
    if (!canAct || (view.name === 'form' && view.visitorId === null)) return
    setView({ name: 'form', visitorId: null, prefill, from: view.name === 'visitor' ? 'visitor' : 'search' })
  }
  const edit = () => {
    if (canAct && view.name === 'visitor' && visitor)
      setView({ name: 'form', visitorId: visitor.id, from: 'visitor' })
  }

  useGlobalHotkeys([
    ['/', () => view.name !== 'form' && toSearch(view.name === 'started')],
    ['F2', () => toSearch(view.name === 'started')],
    ['alt+N', () => register(view.name === 'search' ? prefillFromQuery(query) : {})],
    ['alt+E', edit],
    [
      'Escape',
      () => {
        if (view.name === 'visitor') toSearch(false)
        else if (view.name === 'started') toSearch(true)
      },
    ],
  ])

  const pending = loadDraft<VisitorDraftRecord>(VISITOR_DRAFT)

  let body
  if (view.name === 'search') {
    body = (
      <Stack gap="md" maw={960}>
        {pending && canAct ? (
          <Alert
            color="blue"
            variant="light"
            icon={<IconHistory size={20} />}
            title={t('frontdesk.draft.title')}
          >
            <Group justify="space-between" gap="sm">
              <Text fz="sm">
                {t('frontdesk.draft.text', {
                  name: pending.values.fullName.trim() || t('frontdesk.draft.unnamed'),
                })}
              </Text>
              <Group gap="xs">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="gray"
                  onClick={() => {
                    clearDraft(VISITOR_DRAFT)
                    setView({ name: 'search' })
                  }}
                >
                  {t('frontdesk.draft.discard')}
                </Button>
                <Button
                  size="compact-sm"
                  onClick={() => setView({ name: 'form', visitorId: pending.visitorId, from: 'search' })}
                >
                  {t('frontdesk.draft.resume')}
                </Button>
              </Group>
            </Group>
          </Alert>
        ) : null}
        <VisitorSearch
          query={query}
          onQueryChange={setQuery}
          inputRef={searchRef}
          autoFocus
          onOpen={(hit: VisitorHit) => openVisitor(hit.id)}
          onRegister={canAct ? register : undefined}
        />
      </Stack>
    )
  } else if (view.name === 'started') {
    body = (
      <VisitStarted
        visit={view.visit}
        onOpen={() => go('visit', view.visit.id)}
        onNext={() => toSearch(true)}
      />
    )
  } else if (wantedId && !visitor) {
    body = failure ? (
      <Stack maw={720}>
        <ErrorAlert error={failure} />
        <Group>
          <Button variant="default" leftSection={<IconArrowLeft size={18} />} onClick={() => toSearch(false)}>
            {t('frontdesk.backToSearch')}
          </Button>
        </Group>
      </Stack>
    ) : (
      <Paper withBorder radius="md" p="xl" mih={320}>
        <Group justify="center" pt="xl">
          <Loader aria-label={t('app.loading')} />
        </Group>
      </Paper>
    )
  } else if (view.name === 'form') {
    const back = () => {
      if (view.from === 'visitor' && view.visitorId) openVisitor(view.visitorId)
      else toSearch(false)
    }
    body = (
      <Paper withBorder radius="md" p="lg" maw={960}>
        <Stack gap="md">
          <Title order={2} fz="lg">
            {visitor
              ? t('frontdesk.form.editTitleFor', { name: visitor.fullName })
              : t('frontdesk.form.newTitle')}
          </Title>
          <VisitorForm
            key={view.visitorId ?? 'new'}
            draftKey={VISITOR_DRAFT}
            visitor={visitor}
            prefill={view.prefill}
            onSaved={(saved) => {
              queryClient.setQueryData(queryKey('visitors.get', { id: saved.id }), saved)
              openVisitor(saved.id)
            }}
            onClose={back}
            onOpenExisting={(id) => {
              clearDraft(VISITOR_DRAFT)
              openVisitor(id)
            }}
          />
        </Stack>
      </Paper>
    )
  } else if (visitor) {
    body = (
      <Stack gap="md">
        <Grid gap="md" align="flex-start">
          {/* Stacked on a narrow screen (or at 125% zoom), starting the service comes first. */}
          <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 2, md: 1 }}>
            <Stack gap="md">
              <VisitorDetails visitor={visitor} />
              <VisitorVisits visitorId={visitor.id} onOpenVisit={(id) => go('visit', id)} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 1, md: 2 }}>
            {!canAct ? (
              <Alert color="gray" variant="light" icon={<IconLock size={20} />}>
                {t('frontdesk.readOnly')}
              </Alert>
            ) : procedures ? (
              <StartService
                key={visitor.id}
                visitorId={visitor.id}
                choices={choices}
                onStarted={(visit) => setView({ name: 'started', visit })}
              />
            ) : proceduresFailure ? (
              <ErrorAlert error={proceduresFailure} />
            ) : (
              <Paper withBorder radius="md" p="xl" mih={320}>
                <Group justify="center" pt="xl">
                  <Loader aria-label={t('app.loading')} />
                </Group>
              </Paper>
            )}
          </Grid.Col>
        </Grid>
      </Stack>
    )
  }

  const onVisitorPage = view.name === 'visitor' && visitor !== null
  return (
    <Stack gap={onVisitorPage ? 'md' : 'lg'}>
      <Group
        justify="space-between"
        align="flex-end"
        wrap="nowrap"
        gap="lg"
        maw={view.name === 'visitor' ? undefined : 960}
      >
        {onVisitorPage ? (
          // A visitor's page keeps its height for starting the service (issue 8, fault 11): the
          // way back and the edit sit on the title's line, without the search screen's intro.
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Title order={1} fz={26}>
              {t('frontdesk.title')}
            </Title>
            <Button
              variant="subtle"
              size="sm"
              leftSection={<IconArrowLeft size={18} />}
              rightSection={<Kbd size="xs">Esc</Kbd>}
              onClick={() => toSearch(false)}
              aria-label={t('frontdesk.backToSearch')}
              style={{ flexShrink: 0 }}
            >
              {t('frontdesk.back')}
            </Button>
          </Group>
        ) : (
          <div style={{ minWidth: 0 }}>
            <Title order={1} fz={26}>
              {t('frontdesk.title')}
            </Title>
            <Text c="dimmed" mt={4}>
              {t(canAct ? 'frontdesk.intro' : 'frontdesk.introReadOnly')}
            </Text>
          </div>
        )}
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          {onVisitorPage && canAct ? (
            <Button
              variant="default"
              size="sm"
              leftSection={<IconEdit size={18} />}
              rightSection={
                <Kbd size="xs" visibleFrom="lg">
                  Alt+E
                </Kbd>
              }
              onClick={edit}
            >
              {t('frontdesk.details.edit')}
            </Button>
          ) : null}
          {canAct && view.name !== 'form' ? (
            <Button
              variant="light"
              size={onVisitorPage ? 'sm' : 'md'}
              leftSection={<IconUserPlus size={18} />}
              // On a 1024-pixel screen the visitor page's title line keeps its room for the words.
              rightSection={
                <Kbd size="xs" visibleFrom={onVisitorPage ? 'lg' : undefined}>
                  Alt+N
                </Kbd>
              }
              onClick={() => register(view.name === 'search' ? prefillFromQuery(query) : {})}
            >
              {onVisitorPage ? t('frontdesk.newVisitorShort') : t('frontdesk.newVisitor')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {body}
    </Stack>
  )
}
