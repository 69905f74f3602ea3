import { Button, Group, Kbd, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { loadDraft, saveDraft } from '../../forms/drafts'
import { useGlobalHotkeys } from '../../shell/hotkeys'
import { useGo } from '../../shell/navigate'
import { ConsultationList } from './ConsultationList'
import { MyWork } from './MyWork'

type Tab = 'mine' | 'all'
const TAB_KEY = 'consultations.tab'

/**
 * The consultations screen (issue 12): my work by due date (the head's unassigned ones first), or
 * all consultations with a search; a new one with Alt+N. The tab chosen is kept for next time.
 */
export function ConsultationsScreen() {
  const { t } = useTranslation()
  const go = useGo()
  const [tab, setTabState] = useState<Tab>(() => (loadDraft<Tab>(TAB_KEY) === 'all' ? 'all' : 'mine'))
  const searchRef = useRef<HTMLInputElement>(null)
  const setTab = (next: Tab) => {
    saveDraft(TAB_KEY, next)
    setTabState(next)
  }
  const focusSearch = () => {
    setTab('all')
    requestAnimationFrame(() => searchRef.current?.focus())
  }
  useGlobalHotkeys([
    ['alt+N', () => go('newConsultation')],
    ['/', focusSearch, { preventDefault: true }],
    ['F2', focusSearch, { preventDefault: true }],
  ])
  return (
    <Stack gap="md" maw={1040}>
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="md">
        <div style={{ minWidth: 0 }}>
          <Title order={1} fz={26}>
            {t('consultations.title')}
          </Title>
          <Text c="dimmed" mt={4} fz="sm">
            {t('consultations.intro')}
          </Text>
        </div>
        <Button
          leftSection={<IconPlus size={18} />}
          rightSection={<Kbd size="xs">Alt+N</Kbd>}
          onClick={() => go('newConsultation')}
          style={{ flexShrink: 0 }}
        >
          {t('consultations.newButton')}
        </Button>
      </Group>
      <SegmentedControl
        aria-label={t('consultations.views.label')}
        value={tab}
        onChange={(value) => setTab(value === 'all' ? 'all' : 'mine')}
        data={[
          { value: 'mine', label: t('consultations.views.mine') },
          { value: 'all', label: t('consultations.views.all') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {tab === 'mine' ? <MyWork /> : <ConsultationList searchRef={searchRef} />}
    </Stack>
  )
}
