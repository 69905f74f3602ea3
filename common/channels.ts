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
  'users.list',
  'documents.issue',
  'documents.ofVisit',
  'documents.pdf',
  'print.printers',
  'print.setup',
  'print.submit',
  'print.jobs',
  'print.decide',
  'print.log',
  'complaints.lookup',
  'complaints.get',
  'complaints.register',
  'complaints.linkLapor',
  'complaints.overdue',
  'complaints.suggest',
  'complaints.ofVisit',
  'visits.setComplaint',
  'consultations.register',
  'consultations.get',
  'consultations.list',
  'consultations.myWork',
  'consultations.assignees',
  'consultations.assign',
  'consultations.answer',
  'consultations.advance',
  'consultations.setAttachments',
  'consultations.ofVisit',
  'visits.setConsultation',
  'skm.questionnaire',
  'skm.submit',
  'skm.ofVisit',
  'skm.kioskOpen',
  'skm.kioskState',
  'skm.kioskVisit',
  'skm.kioskSubmit',
  'skm.kioskClose',
  'skm.ikm',
] as const
export type Channel = (typeof CHANNELS)[number]

/** The IPC channel on which the main process sends the core's events to its windows (TOPICS below). */
export const CORE_EVENTS_IPC = 'loket-events'

/** IPC channel name for a contract channel; one prefix so nothing else on IPC can be mistaken for it. */
export const ipcChannelName = (channel: Channel): string => `loket:${channel}`

export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name)
}

/**
 * What the screens show, by what it is made of. The core tells every window which topics changed
 * (a command here, a window's neighbour, or changes pulled from the central server); each screen
 * asks again for what it shows of those topics, and for nothing else (issue 9). A topic is coarse
 * on purpose: only the queries on screen are asked again, so "a visit changed" costs the board and
 * the one open visit a query each.
 */
export const TOPICS = [
  /** Visits and their steps: the board, the display, a visit, a visitor's visits. */
  'visits',
  /** Visitors' details. */
  'visitors',
  /** Days off and office hours: every working-day deadline. */
  'calendar',
  /** The office's settings and this desk's identity (name, desk code, time zone). */
  'office',
  /** The office's users: a user disabled elsewhere is signed out here. */
  'users',
  /** This desk's sync state: phase, changes waiting, last success, refusals. */
  'sync',
  /** Documents and print jobs: a job's state, the print log, the desk's printers (issue 10). */
  'printing',
  /** Complaints and their events (issue 11): a lookup, a complaint's timeline, the board's overdue list. */
  'complaints',
  /** Consultations, their assignment and answer (issue 12): a consultation, my work, the head's list. */
  'consultations',
  /** Satisfaction survey answers and the kiosk (issue 12): the kiosk's state, a visit's survey, the IKM. */
  'skm',
] as const
export type Topic = (typeof TOPICS)[number]

/**
 * One event of the core, carried to the renderer by the bridge (IPC in Electron, server-sent events
 * on the web host). It says what changed, never the data: the window asks for that through the
 * contract, under its own session and role, so an event can go to every window (the waiting-room
 * display has no session) without telling it anything.
 */
export interface CoreEvent {
  topics: Topic[]
}

export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && (TOPICS as readonly string[]).includes(value)
}

/** An event as it came over a wire (the web host's stream), or null when it is not one. */
export function readCoreEvent(value: unknown): CoreEvent | null {
  if (typeof value !== 'object' || value === null || !('topics' in value)) return null
  const { topics } = value
  return Array.isArray(topics) ? { topics: topics.filter(isTopic) } : null
}
