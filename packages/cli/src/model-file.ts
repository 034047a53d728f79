/**
 * Reading and writing model files (`.upx`).
 * @module
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { deserializeModel, type Model, serializeModel, UpcrossError } from 'upcross'
import { ensureDirectory } from './ensure-directory.js'

/** Writes the model atomically (temp file + rename) and returns its size in bytes. */
export async function writeModelFile(path: string, model: Model): Promise<number> {
  const bytes = serializeModel(model)
  ensureDirectory(dirname(path))
  const temp = `${path}.${process.pid}.tmp`
  await writeFile(temp, bytes)
  await rename(temp, path)
  return bytes.length
}

/** Reads a model file; a missing file or a file that is not a model is `invalid_input`. */
export async function readModelFile(path: string): Promise<Model> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new UpcrossError(
      'invalid_input',
      `cannot read model file ${path}: ${(error as Error).message}`,
      { cause: error },
    )
  }
  try {
    return deserializeModel(bytes)
  } catch (error) {
    if (error instanceof UpcrossError)
      throw new UpcrossError(error.code, `${path}: ${error.message}`, { cause: error })
    // A header that parses as JSON but lacks the model's fields fails deeper inside the reader.
    throw new UpcrossError(
      'invalid_input',
      `${path}: not a valid upcross model file: ${(error as Error).message}`,
      { cause: error },
    )
  }
}
