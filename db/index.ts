export { DatabaseOpenError } from './errors'
export type { DatabaseOpenErrorCode } from './errors'
export { openDatabase, BACKUPS_KEPT } from './open'
export type { LoketDb, OpenOptions, OpenedDatabase } from './open'
