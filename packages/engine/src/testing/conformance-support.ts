/**
 * Helpers shared by the conformance suites: the store under test and error expectations.
 * @module
 */
import { type ErrorCode, isUpcrossError } from 'upcross'
import { expect } from 'vitest'
import type { Store } from '../ports/store.js'

/** Gives the store the current test runs against (a fresh, empty one per test). */
export type CurrentStore = () => Store

/** Asserts that `work` rejects with an `UpcrossError` of `code`, and returns the error. */
export async function expectCode(work: Promise<unknown>, code: ErrorCode): Promise<Error> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error, `expected UpcrossError(${code})`).toBeDefined()
  expect(isUpcrossError(error) ? error.code : error).toBe(code)
  return error as Error
}

/** Tells whether two byte arrays hold the same bytes (whatever their class). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
