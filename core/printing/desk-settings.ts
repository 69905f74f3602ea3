import type { DeskPrintSettings } from '../../common/printing'
import {
  DEFAULT_DESK_PRINT_SETTINGS,
  DeskPrintSettings as DeskPrintSettingsSchema,
} from '../../common/printing'
import type { Db } from '../db'
import { readMeta, writeMeta } from '../meta/local-meta'

/**
 * This PC's printers and receipt paper (local_meta `print_settings`): never synced, since they name
 * this PC's hardware. A stored value that no longer parses (written by a later version, or broken)
 * reads as the defaults rather than stopping printing.
 */
export function readDeskPrintSettings(db: Db): DeskPrintSettings {
  const stored = readMeta(db, 'print_settings')
  if (!stored) return DEFAULT_DESK_PRINT_SETTINGS
  try {
    const parsed = DeskPrintSettingsSchema.safeParse({
      ...DEFAULT_DESK_PRINT_SETTINGS,
      ...JSON.parse(stored),
    })
    return parsed.success ? parsed.data : DEFAULT_DESK_PRINT_SETTINGS
  } catch {
    return DEFAULT_DESK_PRINT_SETTINGS
  }
}

/** Stores this PC's print settings, in the caller's transaction. */
export function writeDeskPrintSettings(db: Db, settings: DeskPrintSettings): void {
  writeMeta(db, 'print_settings', JSON.stringify(settings))
}
