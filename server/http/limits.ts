import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

/**
 * How fast anyone may knock (issue 7, fault 7: enrolment codes took 880 guesses a second and the
 * admin token 7,000, unlimited). Per client address, in the server's memory: a guesser spread over
 * several instances gets a few times more, still nothing against 60-bit codes and 32-character
 * tokens.
 */
export interface RateLimits {
  /** Enrolment attempts per address per minute: an office enrols a few desks, not dozens a minute. */
  enrolPerMinute: number
  /** Wrong admin tokens per address before that address is refused (429) for the window. */
  adminFailures: number
  adminFailureWindowMs: number
  /** Administrators' online confirmations per address per minute (the password's own lock-out is per user). */
  confirmPerMinute: number
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  enrolPerMinute: 30,
  adminFailures: 10,
  adminFailureWindowMs: 15 * 60 * 1000,
  confirmPerMinute: 30,
}

/** The admin API's token must be long enough that guessing it is hopeless even unlimited. */
export const MIN_ADMIN_TOKEN_LENGTH = 32

export interface FailureGuard {
  /** Answers 429 and true when the client has used up its failures; the request goes no further. */
  refuseIfExhausted(request: FastifyRequest, reply: FastifyReply): Promise<boolean>
  /** Counts one failure of the client. */
  failed(request: FastifyRequest): Promise<void>
}

/**
 * A limit on failures rather than requests: a client with the right token is never slowed, one
 * that keeps guessing is refused before its guess is even looked at. Needs @fastify/rate-limit
 * registered on `app`.
 */
export function failureGuard(
  app: FastifyInstance,
  name: string,
  max: number,
  windowMs: number,
): FailureGuard {
  const limiter = app.createRateLimit({
    max,
    timeWindow: windowMs,
    keyGenerator: (request) => `${name}:${request.ip}`,
  })
  return {
    async refuseIfExhausted(request, reply) {
      const state = await limiter(request, { increment: false })
      if (state.isAllowed || state.remaining > 0) return false
      request.log.warn({ ip: request.ip, url: request.url, guard: name }, 'refused: too many failures')
      await reply
        .code(429)
        .header('retry-after', String(state.ttlInSeconds))
        .send({ error: 'too_many_requests', message: `too many failures; retry in ${state.ttlInSeconds} s` })
      return true
    },
    async failed(request) {
      await limiter(request)
    },
  }
}
