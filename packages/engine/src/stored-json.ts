/**
 * JSON values as every store keeps them: serialised once, so each adapter returns equal values.
 * @module
 */
import { UpcrossError } from 'upcross'

/**
 * The JSON text of a value the caller wants stored; throws `invalid_input` when the value has no
 * JSON form (`undefined`, a function, a symbol) or cannot be serialised (a cycle, a bigint).
 */
export function toJsonText(value: unknown, what: string): string {
  let text: string | undefined
  try {
    text = JSON.stringify(value)
  } catch (error) {
    throw new UpcrossError('invalid_input', `${what} is not serialisable as JSON`, {
      cause: error,
    })
  }
  if (text === undefined) throw new UpcrossError('invalid_input', `${what} has no JSON form`)
  return text
}

/** A fresh copy of a value as it reads back after being stored as JSON. */
export function copyAsJson(value: unknown, what: string): unknown {
  return JSON.parse(toJsonText(value, what))
}
