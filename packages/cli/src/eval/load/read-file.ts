/**
 * Reading (optionally gzipped) data files.
 * @module
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { UpcrossError } from 'upcross'

/** The bytes of `path`, gunzipped when the name ends in `.gz`. */
export function readBytes(path: string): Buffer {
  const raw = readFileSync(path)
  return path.endsWith('.gz') ? gunzipSync(raw) : raw
}

/** The text of `path` (UTF-8), gunzipped when the name ends in `.gz`. */
export function readText(path: string): string {
  return readBytes(path).toString('utf8')
}

/** The non-empty lines of a text, without line ends. */
export function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '')
}

/** The parsed JSON of `path` (gunzipped when `.gz`); malformed JSON throws `invalid_input`. */
export function readJson(path: string): unknown {
  const text = readText(path)
  try {
    return JSON.parse(text)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new UpcrossError('invalid_input', `${path}: not JSON (${why})`)
  }
}
