/**
 * Schema validation compiled once per route with typebox: bodies are checked as sent (a string
 * is never turned into a number), path, query and header values, which arrive as strings, are
 * converted to the schema's types only when the plain check fails (the usual path costs one
 * compiled check, no conversion).
 * @module
 */
import type { FastifySchemaCompiler } from 'fastify'
import type { TSchema } from 'typebox'
import { Compile } from 'typebox/compile'
import { Value } from 'typebox/value'

/** The validator compiler of the app. */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = Compile(schema)
  return (value) => {
    if (check.Check(value)) return { value }
    if (httpPart !== 'body') {
      const converted = Value.Convert(schema, value)
      if (check.Check(converted)) return { value: converted }
      return { error: check.Errors(converted) as never }
    }
    return { error: check.Errors(value) as never }
  }
}
