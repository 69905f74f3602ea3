import type { FastifyInstance, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { complaintErrorBody } from '../admin/complaint-errors'
import { IMPORT_FIELDS, importComplaints } from '../admin/complaint-import'
import { MAX_IMPORT_BYTES } from '../admin/complaint-sheet'
import {
  addComplaintEvent,
  createComplaint,
  linkLaporTrackingId,
  listComplaints,
  setComplaintDeadlines,
  showComplaint,
} from '../admin/complaints'
import { SYNC_API } from '../../common/sync-protocol'
import type { ServerDb } from '../database'
import type { RateLimits } from '../http/limits'
import { failureGuard } from '../http/limits'
import { bodyObject } from '../http/guards'
import { importHolidays, listHolidays, removeHoliday, setHoliday } from '../admin/holidays'
import {
  createEnrolmentCode,
  createOffice,
  createUser,
  disableUser,
  listDesks,
  listRejections,
  revokeDesk,
} from '../admin/operations'

/**
 * An import's body (issue 11): the file as base64 in JSON, like every other admin call. Its size is
 * checked on the decoded bytes (MAX_IMPORT_BYTES); the route's body limit leaves room for base64's
 * third on top and the envelope.
 */
const ImportBody = z.object({
  fileName: z.string({ error: 'required' }).trim().min(1, 'required').max(255, 'too_long'),
  contentBase64: z
    .string({ error: 'required' })
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4, 'too_long')
    .regex(/^[A-Za-z0-9+/\s]*={0,2}\s*$/, 'invalid'),
  mapping: z.partialRecord(z.enum(IMPORT_FIELDS, { error: 'invalid_choice' }), z.string()).optional(),
  commit: z.boolean().default(false),
  skipLines: z.array(z.number().int()).optional(),
})
/** 10 MB as base64 is 13.4 MB; 14 MB with the JSON around it (the default limit stays for every other route). */
export const IMPORT_BODY_LIMIT = 14 * 1024 * 1024

/** The same operations as `npm run server:admin`, over HTTP for an administrator's tools. */
export function registerAdminRoutes(
  app: FastifyInstance,
  db: ServerDb,
  now: () => number,
  limits: RateLimits,
  isAdmin: (request: FastifyRequest) => boolean,
): void {
  const guesses = failureGuard(app, 'admin-token', limits.adminFailures, limits.adminFailureWindowMs)
  void app.register(
    async (admin) => {
      admin.addHook('onRequest', async (request, reply) => {
        // A client that kept guessing is refused before its token is even compared.
        if (await guesses.refuseIfExhausted(request, reply)) return reply
        if (isAdmin(request)) return
        await guesses.failed(request)
        request.log.warn({ ip: request.ip, url: request.url }, 'refused: wrong admin token')
        return reply.code(401).send({ error: 'unauthorized' })
      })
      admin.setErrorHandler(async (error, _request, reply) => {
        // complaintErrorBody answers as adminErrorBody does, and a complaint refusal with its reason.
        const refused = complaintErrorBody(error)
        if (!refused) throw error
        return reply.code(refused.status).send(refused.body)
      })
      admin.post('/offices', async (request) => createOffice(db, request.body, now()))
      admin.post<{ Params: { officeId: string } }>('/offices/:officeId/enrolment-codes', async (request) =>
        createEnrolmentCode(db, { ...bodyObject(request.body), officeId: request.params.officeId }, now()),
      )
      admin.get<{ Querystring: { officeId?: string } }>('/desks', async (request) =>
        listDesks(db, request.query.officeId),
      )
      admin.post<{ Params: { deskId: string } }>('/desks/:deskId/revoke', async (request) =>
        revokeDesk(db, request.params.deskId, now()),
      )
      admin.post<{ Params: { officeId: string } }>('/offices/:officeId/users', async (request) =>
        createUser(db, { ...bodyObject(request.body), officeId: request.params.officeId }, now()),
      )
      admin.post<{ Params: { officeId: string; username: string } }>(
        '/offices/:officeId/users/:username/disable',
        async (request) => disableUser(db, request.params, now()),
      )
      admin.get<{ Params: { officeId: string }; Querystring: { limit?: string } }>(
        '/offices/:officeId/rejections',
        async (request) =>
          listRejections(db, { officeId: request.params.officeId, limit: request.query.limit }),
      )
      admin.post('/holidays/import', async (request) => importHolidays(db, bodyObject(request.body), now()))
      admin.get<{ Params: { officeId: string }; Querystring: { year?: string } }>(
        '/offices/:officeId/holidays',
        async (request) => listHolidays(db, { officeId: request.params.officeId, year: request.query.year }),
      )
      admin.put<{ Params: { officeId: string; date: string } }>(
        '/offices/:officeId/holidays/:date',
        async (request) => setHoliday(db, { ...bodyObject(request.body), ...request.params }, now()),
      )
      admin.delete<{ Params: { officeId: string; date: string } }>(
        '/offices/:officeId/holidays/:date',
        async (request) => removeHoliday(db, request.params, now()),
      )
      type OfficeParams = { Params: { officeId: string } }
      type RefParams = { Params: { officeId: string; ref: string } }
      admin.post<OfficeParams>('/offices/:officeId/complaints', async (request) =>
        createComplaint(db, { ...bodyObject(request.body), officeId: request.params.officeId }, now()),
      )
      admin.get<OfficeParams & { Querystring: { q?: string; limit?: string } }>(
        '/offices/:officeId/complaints',
        async (request) =>
          listComplaints(db, {
            officeId: request.params.officeId,
            q: request.query.q,
            limit: request.query.limit,
          }),
      )
      admin.get<RefParams>('/offices/:officeId/complaints/:ref', async (request) =>
        showComplaint(db, { officeId: request.params.officeId, complaint: request.params.ref }),
      )
      admin.post<RefParams>('/offices/:officeId/complaints/:ref/events', async (request) =>
        addComplaintEvent(
          db,
          { ...bodyObject(request.body), officeId: request.params.officeId, complaint: request.params.ref },
          now(),
        ),
      )
      admin.put<RefParams>('/offices/:officeId/complaints/:ref/lapor', async (request) =>
        linkLaporTrackingId(
          db,
          { ...bodyObject(request.body), officeId: request.params.officeId, complaint: request.params.ref },
          now(),
        ),
      )
      admin.post<OfficeParams>(
        '/offices/:officeId/complaints/import',
        { bodyLimit: IMPORT_BODY_LIMIT },
        async (request) => {
          const body = ImportBody.parse(request.body)
          return importComplaints(
            db,
            {
              officeId: request.params.officeId,
              fileName: body.fileName,
              bytes: new Uint8Array(Buffer.from(body.contentBase64, 'base64')),
              mapping: body.mapping ?? {},
              commit: body.commit,
              skipLines: body.skipLines ?? [],
            },
            now(),
          )
        },
      )
      admin.put<OfficeParams>('/offices/:officeId/complaint-deadlines', async (request) =>
        setComplaintDeadlines(
          db,
          { officeId: request.params.officeId, table: bodyObject(request.body).table ?? request.body },
          now(),
        ),
      )
    },
    { prefix: `${SYNC_API}/admin` },
  )
}
