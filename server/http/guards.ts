import type { FastifyInstance } from 'fastify'
import { findUnsafeJson, sanitizeText } from '../../common/text'

/**
 * Every endpoint refuses text PostgreSQL cannot store or a person cannot have typed (control
 * characters, unpaired surrogates) and absurd nesting, with a 400 that says where — never a 500
 * from the database (issue 7, fault 2). `exceptBodyOf` names routes whose body is checked piece
 * by piece instead (a push's changes: one bad change is a rejected change, not a refused batch).
 */
export function refuseUnsafeInput(app: FastifyInstance, exceptBodyOf: readonly string[]): void {
  app.addHook('preValidation', async (request, reply) => {
    const checked = {
      params: request.params,
      query: request.query,
      body: exceptBodyOf.includes(request.routeOptions.url ?? '') ? null : request.body,
    }
    const finding = findUnsafeJson(checked)
    if (!finding) return
    const where = sanitizeText(finding.path.replace(/^(params|query|body)\.?/, ''), 120) || 'body'
    const what =
      finding.problem === 'too_deep'
        ? 'is nested too deeply'
        : 'holds control characters or unpaired surrogates'
    request.log.warn({ url: request.url, where, problem: finding.problem }, 'refused malformed input')
    return reply.code(400).send({ error: 'bad_request', message: `${where} ${what}` })
  })
}

/**
 * Client errors (a body that is not JSON, too large, of the wrong type, a rate limit) keep their
 * 4xx and are logged as refusals; anything else is the server's fault: logged, and answered
 * without internals (no SQL, no parameters).
 */
export function answerErrors(app: FastifyInstance): void {
  app.setErrorHandler(
    async (error: { statusCode?: number; code?: string; message?: string }, request, reply) => {
      const status = error.statusCode ?? 500
      if (status < 400 || status >= 500) {
        request.log.error({ err: error }, 'request failed')
        return reply.code(500).send({ error: 'internal_error', message: 'the server hit an error' })
      }
      request.log.warn({ url: request.url, ip: request.ip, status, code: error.code }, 'refused request')
      return reply.code(status).send({
        error: status === 429 ? 'too_many_requests' : (error.code ?? 'bad_request'),
        message: sanitizeText(error.message ?? ''),
      })
    },
  )
}

/** A JSON body's fields, or none: the operations behind the routes validate them with zod. */
export const bodyObject = (body: unknown): Record<string, unknown> =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
