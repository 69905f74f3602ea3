import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ADMIN_ERROR_STATUS, AdminError, adminErrorBody } from '../admin/errors'
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
        const body = adminErrorBody(error)
        if (!body) throw error
        return reply.code(error instanceof AdminError ? ADMIN_ERROR_STATUS[error.code] : 400).send(body)
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
    },
    { prefix: `${SYNC_API}/admin` },
  )
}
