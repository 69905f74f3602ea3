import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useGo } from '../../shell/navigate'
import { ComplaintSearch } from './ComplaintSearch'
import { useLookupDialog } from './lookup-dialog'

/** The officer's lookup as a dialog over any screen: picking a complaint opens its detail. */
export function LookupDialog() {
  const { t } = useTranslation()
  const go = useGo()
  const opened = useLookupDialog((s) => s.opened)
  const close = useLookupDialog((s) => s.close)
  return (
    <Modal
      opened={opened}
      onClose={close}
      size={860}
      title={t('complaints.lookup.title')}
      styles={{ title: { fontWeight: 700 } }}
    >
      {/* Mounted afresh each time: a new lookup starts empty. */}
      {opened ? (
        <ComplaintSearch
          autoFocus
          onPick={(hit) => {
            close()
            go('complaint', hit.id)
          }}
        />
      ) : null}
    </Modal>
  )
}
