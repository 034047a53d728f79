/**
 * Reading a whole JSON file (gzip when the name ends in `.gz`): for layouts that are one JSON value.
 * @module
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { UpcrossError } from 'upcross'
import { assertFile, isGzip } from './file-bytes.js'

/** Reads and decodes a JSON file; a read or syntax error is `invalid_input` naming the file. */
export function readJsonFile(path: string): unknown {
  assertFile(path)
  let text: string
  try {
    const bytes = readFileSync(path)
    text = (isGzip(path) ? gunzipSync(bytes) : bytes).toString('utf8')
  } catch (e) {
    throw new UpcrossError('invalid_input', `cannot read ${path}: ${(e as Error).message}`, {
      cause: e,
    })
  }
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new UpcrossError('invalid_input', `${path} is not valid JSON: ${(e as Error).message}`, {
      cause: e,
    })
  }
}
