/**
 * Writing a command's document to `--out` (its directory made when missing) or standard output.
 * @module
 */
import { writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { UpcrossError } from 'upcross'
import { ensureDirectory } from './ensure-directory.js'

/** Writes `text` to `path`, or to standard output when no path is given. */
export function writeOutput(path: string | undefined, text: string): void {
  if (path === undefined) {
    process.stdout.write(text)
    return
  }
  try {
    ensureDirectory(dirname(path))
    writeFileSync(path, text)
  } catch (error) {
    throw new UpcrossError('invalid_input', `cannot write ${path}: ${(error as Error).message}`, {
      cause: error,
    })
  }
}
