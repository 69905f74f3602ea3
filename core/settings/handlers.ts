import { isDeepStrictEqual } from 'node:util'
import type { SettingsView } from '../../common/settings'
import { SettingsView as SettingsViewSchema } from '../../common/settings'
import { LoketError } from '../../common/errors'
import { localize } from '../../common/localized'
import { validationCatalog } from '../../common/validation'
import { changeOnServer } from '../central/office'
import type { Handler } from '../handler'
import type { CoreContext } from '../context'
import { isEnrolled } from '../meta/local-meta'
import { readOwnDesk, readSettingsView, upsertOwnDesk, writeOfficeSettings } from './repository'

function currentView(ctx: CoreContext): SettingsView {
  const view = readSettingsView(ctx.db)
  if (!view) throw new LoketError('setup_required')
  return view
}

export const getSettings: Handler<'settings.get'> = (ctx) => currentView(ctx)

/**
 * A stand-alone desk administers itself: the settings and its desk code are written here. An
 * enrolled desk's office settings and desk code belong to the central server (ARCHITECTURE.md
 * "Trust"): the administrator changes them there, online and in their own name
 * (core/central/office.ts), and this desk shows them once it has pulled them, right after.
 */
export const updateSettings: Handler<'settings.update'> = async (ctx, input, call) => {
  const current = currentView(ctx)
  const next = SettingsViewSchema.parse({ ...current, ...input })
  const { deskCode, ...office } = next
  const officeChanges = Object.fromEntries(
    Object.entries(office).filter(
      ([key, value]) => !isDeepStrictEqual(value, current[key as keyof SettingsView]),
    ),
  )
  // A logo that fits the schema but that the PDF maker cannot read would leave every document
  // without it (issue 10): refused here, where the administrator can still choose another file.
  if (officeChanges.letterheadLogo && !(await ctx.documents.canDraw(String(officeChanges.letterheadLogo)))) {
    throw new LoketError(
      'validation_failed',
      {},
      { letterheadLogo: localize(validationCatalog.logo_unreadable) },
    )
  }
  const changed = [...Object.keys(officeChanges), ...(deskCode !== current.deskCode ? ['deskCode'] : [])]
  call.audit.detail = { changed }
  if (!isEnrolled(ctx.db)) {
    const now = ctx.now()
    call.write((tx) => {
      writeOfficeSettings(tx, office, now)
      const desk = readOwnDesk(tx)
      if (desk && desk.code !== deskCode) {
        upsertOwnDesk(tx, { officeId: desk.officeId, code: deskCode, name: desk.name }, now)
      }
    })
    return currentView(ctx)
  }
  call.audit.detail = { changed, central: true }
  if (Object.keys(officeChanges).length > 0) {
    await changeOnServer(ctx, call, { method: 'PUT', path: '/settings', body: officeChanges })
  }
  if (deskCode !== current.deskCode) {
    await changeOnServer(ctx, call, { method: 'PUT', path: '/desk-code', body: { code: deskCode } })
  }
  await ctx.sync.refresh()
  return currentView(ctx)
}
