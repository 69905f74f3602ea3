import type { SettingsView } from '../../common/settings'
import { SettingsView as SettingsViewSchema } from '../../common/settings'
import { LoketError } from '../../common/errors'
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

export const updateSettings: Handler<'settings.update'> = (ctx, input, call) => {
  if (isEnrolled(ctx.db)) throw new LoketError('managed_centrally')
  const now = ctx.now()
  const next = SettingsViewSchema.parse({ ...currentView(ctx), ...input })
  call.write((tx) => {
    const { deskCode, ...office } = next
    const keys: string[] = writeOfficeSettings(tx, office, now)
    const desk = readOwnDesk(tx)
    if (desk && desk.code !== deskCode) {
      upsertOwnDesk(tx, { officeId: desk.officeId, code: deskCode, name: desk.name }, now)
      keys.push('deskCode')
    }
    call.audit.detail = { changed: keys }
  })
  return currentView(ctx)
}
