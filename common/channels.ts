/**
 * The names of every contract channel, kept apart from the zod contract so the sandboxed
 * preload can bundle this list without bundling zod. contract.ts must define exactly these.
 */
export const CHANNELS = [
  'app.info',
  'setup.run',
  'auth.login',
  'auth.logout',
  'auth.session',
  'admin.confirm',
  'settings.get',
  'settings.update',
  'sync.enroll',
  'sync.status',
  'sync.now',
  'sync.rejects',
  'identity.inspect',
  'visitors.search',
  'visitors.get',
  'visitors.register',
  'visitors.update',
  'procedures.list',
  'visits.start',
  'visits.get',
  'visits.ofVisitor',
  'visits.board',
  'visits.callNext',
  'visits.call',
  'visits.advance',
  'visits.reason',
  'visits.cancel',
  'visits.recordLate',
  'queue.display',
  'holidays.list',
  'calendar.status',
  'holidays.save',
  'holidays.remove',
] as const
export type Channel = (typeof CHANNELS)[number]

/** IPC channel name for a contract channel; one prefix so nothing else on IPC can be mistaken for it. */
export const ipcChannelName = (channel: Channel): string => `loket:${channel}`

export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name)
}
