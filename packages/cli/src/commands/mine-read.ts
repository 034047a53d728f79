/**
 * Reading a basket file in 1 MiB chunks for `mine`: plain files with synchronous reads into one
 * reused buffer (the least start-up and memory), `.gz` files through a gunzip stream.
 * @module
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { isUpcrossError, UpcrossError } from 'upcross/errors'

const CHUNK = 1 << 20

/**
 * Feeds the bytes of `file` to `onChunk` in order, decompressing `.gz`. A chunk is only valid
 * during the call (the buffer is reused), so `onChunk` must consume it before returning.
 */
export async function readFileChunks(
  file: string,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  try {
    if (file.endsWith('.gz')) await readGzip(file, onChunk)
    else readPlain(file, onChunk)
  } catch (error) {
    throw readError(file, error)
  }
}

/**
 * The number of bytes `readFileChunks` will deliver, when known before reading: a plain file's
 * size. `undefined` for `.gz` files and files that cannot be stat'ed (reading them reports why).
 */
export function expectedBytes(file: string): number | undefined {
  if (file.endsWith('.gz')) return undefined
  try {
    return statSync(file).size
  } catch {
    return undefined
  }
}

function readPlain(file: string, onChunk: (chunk: Uint8Array) => void): void {
  const fd = openSync(file, 'r')
  try {
    const buffer = new Uint8Array(CHUNK)
    for (
      let n = readSync(fd, buffer, 0, CHUNK, null);
      n > 0;
      n = readSync(fd, buffer, 0, CHUNK, null)
    ) {
      onChunk(n === CHUNK ? buffer : buffer.subarray(0, n))
    }
  } finally {
    closeSync(fd)
  }
}

async function readGzip(file: string, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  const [{ createReadStream }, { pipeline }, { createGunzip }] = await Promise.all([
    import('node:fs'),
    import('node:stream/promises'),
    import('node:zlib'),
  ])
  await pipeline(
    createReadStream(file, { highWaterMark: CHUNK }),
    createGunzip({ chunkSize: CHUNK }),
    async (source: AsyncIterable<Uint8Array>) => {
      for await (const chunk of source) onChunk(chunk)
    },
  )
}

/** Maps a file-system or zlib error to an `UpcrossError`; anything else passes through. */
function readError(file: string, error: unknown): unknown {
  if (isUpcrossError(error) || !(error instanceof Error)) return error
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return new UpcrossError('not_found', `no such file: ${file}`)
  if (code?.startsWith('Z_')) {
    return new UpcrossError('invalid_input', `${file} is not valid gzip: ${error.message}`, {
      cause: error,
    })
  }
  if (code === undefined) return error
  return new UpcrossError('unavailable', `cannot read ${file}: ${error.message}`, { cause: error })
}
