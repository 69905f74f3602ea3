import type { Handler } from '../handler'
import { readMeta } from '../meta/local-meta'
import { readOfficeSettings, readOwnDesk } from '../settings/repository'

export const appInfo: Handler<'app.info'> = (ctx) => {
  const office = readOfficeSettings(ctx.db)
  return {
    name: 'Loket',
    version: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    needsSetup: readMeta(ctx.db, 'desk_id') === null,
    officeName: office?.officeName ?? null,
    deskCode: readOwnDesk(ctx.db)?.code ?? null,
    timeZone: office?.timeZone ?? null,
  }
}
