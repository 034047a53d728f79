/**
 * The error body every failed request gets: `{error:{code,message,issues?,requestId}}`.
 * @module
 */
import { Type } from 'typebox'
import type { Issue } from 'upcross'
import type { ApiErrorCode } from './status.js'

/** One issue as the API reports it: a snake_case code, a path into the request, a message. */
export const IssueSchema = Type.Object(
  {
    code: Type.String(),
    path: Type.Array(Type.Union([Type.String(), Type.Integer()])),
    message: Type.String(),
  },
  { additionalProperties: true },
)

/** The body of every 4xx and 5xx answer. */
export const ErrorBodySchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'snake_case error code, e.g. invalid_input, not_found' }),
      message: Type.String(),
      issues: Type.Optional(Type.Array(IssueSchema)),
      requestId: Type.String({ description: 'quote it when reporting a problem' }),
    }),
  },
  { $id: 'ErrorBody', description: 'What went wrong' },
)

/** An error body as data. */
export interface ErrorBody {
  error: { code: ApiErrorCode; message: string; issues?: ApiIssue[]; requestId: string }
}

/** An issue as the API reports it (no `source`/`input` echo of file positions it never had). */
export interface ApiIssue {
  code: string
  path: (string | number)[]
  message: string
}

/** Strips an issue down to its code, path and message. */
export function apiIssue(issue: Issue): ApiIssue {
  return { code: issue.code, path: [...issue.path], message: issue.message }
}

/** Builds an error body. */
export function errorBody(
  code: ApiErrorCode,
  message: string,
  requestId: string,
  issues?: readonly Issue[],
): ErrorBody {
  const error: ErrorBody['error'] = { code, message, requestId }
  if (issues && issues.length > 0) error.issues = issues.map(apiIssue)
  return { error }
}
