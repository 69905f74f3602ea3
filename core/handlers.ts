import { appInfo } from './app-info/handlers'
import { currentSession, listUsers, login, logout } from './auth/handlers'
import { confirmHandler } from './central/handlers'
import type { Handlers } from './handler'
import { getSettings, updateSettings } from './settings/handlers'
import { runSetup } from './setup/handlers'
import { enroll, syncNow, syncRejects, syncStatus } from './sync/handlers'
import { calendarStatus, holidaysList, holidaysRemove, holidaysSave } from './calendar/handlers'
import { listProcedures } from './procedures/handlers'
import {
  complaintOfVisit,
  getComplaint,
  linkLaporHandler,
  lookupComplaintsHandler,
  overdueComplaintsHandler,
  registerComplaintHandler,
  setVisitComplaintHandler,
  suggestComplaints,
} from './complaints/handlers'
import {
  documentPdf,
  documentsOfVisitHandler,
  issueDocumentHandler,
  printDecide,
  printJobs,
  printLogHandler,
  printSetup,
  printSubmit,
  printersHandler,
} from './printing/handlers'
import { withAutomaticReceipt } from './printing/auto'
import {
  getVisitor,
  inspectIdentity,
  registerVisitorHandler,
  searchVisitorsHandler,
  updateVisitorHandler,
} from './visitors/handlers'
import {
  advanceVisitHandler,
  board,
  visitsOfVisitor,
  callNextHandler,
  callVisitHandler,
  cancelVisitHandler,
  display,
  getVisit,
  lateVisitHandler,
  reasonHandler,
  startVisitHandler,
} from './visits/handlers'

/** Every contract channel's handler, by channel. Domains add theirs here. */
export const handlers: Handlers = {
  'app.info': appInfo,
  'setup.run': runSetup,
  'auth.login': login,
  'auth.logout': logout,
  'auth.session': currentSession,
  'admin.confirm': confirmHandler,
  'settings.get': getSettings,
  'settings.update': updateSettings,
  'sync.enroll': enroll,
  'sync.status': syncStatus,
  'sync.now': syncNow,
  'sync.rejects': syncRejects,
  'identity.inspect': inspectIdentity,
  'visitors.search': searchVisitorsHandler,
  'visitors.get': getVisitor,
  'visitors.register': registerVisitorHandler,
  'visitors.update': updateVisitorHandler,
  'procedures.list': listProcedures,
  'visits.start': withAutomaticReceipt(startVisitHandler),
  'visits.get': getVisit,
  'visits.ofVisitor': visitsOfVisitor,
  'visits.board': board,
  'visits.callNext': callNextHandler,
  'visits.call': callVisitHandler,
  'visits.advance': advanceVisitHandler,
  'visits.reason': reasonHandler,
  'visits.cancel': cancelVisitHandler,
  'visits.recordLate': lateVisitHandler,
  'queue.display': display,
  'holidays.list': holidaysList,
  'calendar.status': calendarStatus,
  'holidays.save': holidaysSave,
  'holidays.remove': holidaysRemove,
  'users.list': listUsers,
  'documents.issue': issueDocumentHandler,
  'documents.ofVisit': documentsOfVisitHandler,
  'documents.pdf': documentPdf,
  'print.printers': printersHandler,
  'print.setup': printSetup,
  'print.submit': printSubmit,
  'print.jobs': printJobs,
  'print.decide': printDecide,
  'print.log': printLogHandler,
  'complaints.lookup': lookupComplaintsHandler,
  'complaints.get': getComplaint,
  'complaints.register': registerComplaintHandler,
  'complaints.linkLapor': linkLaporHandler,
  'complaints.overdue': overdueComplaintsHandler,
  'complaints.suggest': suggestComplaints,
  'complaints.ofVisit': complaintOfVisit,
  'visits.setComplaint': setVisitComplaintHandler,
}
