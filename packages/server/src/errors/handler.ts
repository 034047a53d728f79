/**
 * Every error of every route becomes one error body with the right status, here and nowhere
 * else: domain errors by their code, fastify's own (validation, size, media type, JSON) by theirs.
 * @module
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isUpcrossError } from 'upcross'
import { errorBody } from './error-body.js'
import { type ApiErrorCode, HTTP_ONLY_STATUS, type HttpOnlyCode, STATUS_OF } from './status.js'
import { type SchemaError, validationIssues } from './validation-issues.js'

function statusOf(code: ApiErrorCode): number {
  return (STATUS_OF as Record<string, number>)[code] ?? HTTP_ONLY_STATUS[code as HttpOnlyCode]
}

/** Sends the error body for `code` with its status. */
export function sendError(
  reply: FastifyReply,
  code: ApiErrorCode,
  message: string,
  issues?: Parameters<typeof errorBody>[3],
): FastifyReply {
  return reply.status(statusOf(code)).send(errorBody(code, message, reply.request.id, issues))
}

/** What fastify's own error codes mean for the API. */
function fastifyError(error: FastifyError, bodyLimit: number): [ApiErrorCode, string] | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return [
        'payload_too_large',
        `the request body is larger than the limit of ${bodyLimit} bytes`,
      ]
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return ['unsupported_media_type', 'the body must be JSON (Content-Type: application/json)']
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return ['invalid_input', `the body is not valid JSON${causeText(error)}`]
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return ['invalid_input', 'the body is empty but Content-Type says JSON']
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return ['invalid_input', 'the Content-Length header does not match the body']
  }
  if (error instanceof SyntaxError && error.statusCode === 400)
    return ['invalid_input', `the body is not valid JSON: ${error.message}`]
  if (error.statusCode === 429) return ['rate_limited', error.message]
  return undefined
}

function causeText(error: FastifyError): string {
  const cause = (error as { cause?: unknown }).cause
  return cause instanceof Error ? `: ${cause.message}` : ''
}

/** Installs the error and not-found handlers on `app`. */
export function installErrorHandlers(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error.validation) {
      const part = error.validationContext ?? 'body'
      const issues = validationIssues(error.validation as unknown as SchemaError[], part)
      const message = issues.map((i) => i.message).join('; ') || 'invalid request'
      return sendError(reply, 'invalid_input', message, issues)
    }
    if (isUpcrossError(error)) {
      if (error.code === 'internal')
        request.log.error({ err: error, requestId: request.id }, 'internal error')
      return sendError(reply, error.code, error.message, error.issues)
    }
    const known = fastifyError(error, bodyLimit)
    if (known) return sendError(reply, known[0], known[1])
    const status = error.statusCode ?? 500
    if (status >= 500) {
      request.log.error({ err: error, requestId: request.id }, 'unexpected error')
      return sendError(reply, status === 503 ? 'unavailable' : 'internal', 'internal error')
    }
    const code: ApiErrorCode =
      status === 401
        ? 'unauthorized'
        : status === 403
          ? 'forbidden'
          : status === 404
            ? 'not_found'
            : 'invalid_input'
    return sendError(reply, code, error.message)
  })
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`),
  )
}
