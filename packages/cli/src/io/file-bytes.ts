/**
 * Opening input files as byte streams: a missing path is an `invalid_input` error naming it,
 * files ending in `.gz` are decompressed on the fly, and a read may start at a byte offset.
 * @module
 */
import { createReadStream, statSync } from 'node:fs'
import { type Readable, Transform } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { UpcrossError } from 'upcross'

/** Throws `UpcrossError('invalid_input')` unless `path` is an existing regular file. */
export function assertFile(path: string): void {
  let isFile = false
  try {
    isFile = statSync(path).isFile()
  } catch {
    throw new UpcrossError('invalid_input', `input file not found: ${path}`, { details: { path } })
  }
  if (!isFile) {
    throw new UpcrossError('invalid_input', `input is not a file: ${path}`, { details: { path } })
  }
}

/** Tells whether a path names a gzip file (by its `.gz` ending). */
export function isGzip(path: string): boolean {
  return path.toLowerCase().endsWith('.gz')
}

/**
 * Opens a file as a stream of (decompressed) bytes, starting `start` bytes into the decompressed
 * content. The caller destroys the stream when it stops early.
 */
export function openBytes(path: string, start = 0): Readable {
  assertFile(path)
  if (!isGzip(path)) return createReadStream(path, { start })
  const raw = createReadStream(path)
  const gunzip = createGunzip()
  raw.on('error', (e) => gunzip.destroy(e))
  const out = raw.pipe(gunzip)
  if (start === 0) return out
  const skipper = skipBytes(start)
  out.on('error', (e) => skipper.destroy(e))
  skipper.on('close', () => {
    raw.destroy()
    gunzip.destroy()
  })
  return out.pipe(skipper)
}

function skipBytes(count: number): Transform {
  let left = count
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (left >= chunk.length) {
        left -= chunk.length
        done()
        return
      }
      const rest = chunk.subarray(left)
      left = 0
      done(null, rest)
    },
  })
}
