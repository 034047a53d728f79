/**
 * MurmurHash3 (x86, 32-bit) over UTF-8: a fast, stable, well-mixed hash that any language can
 * reproduce, so every instance (and any client) assigns a unit the same way.
 * @module
 */
import { encodeUtf8 } from './utf8.js'

const C1 = 0xcc9e2d51
const C2 = 0x1b873593

/**
 * MurmurHash3_x86_32 of the UTF-8 bytes of `text` with `seed`, as an unsigned 32-bit integer;
 * equal to the reference (SMHasher) and to Python's `mmh3.hash(text, seed, signed=False)`.
 */
export function murmur3(text: string, seed = 0): number {
  const bytes = encodeUtf8(text)
  const n = bytes.length
  const blocks = n - (n % 4)
  let h = seed >>> 0
  for (let i = 0; i < blocks; i += 4) {
    let k = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)
    k = Math.imul(k, C1)
    k = (k << 15) | (k >>> 17)
    k = Math.imul(k, C2)
    h ^= k
    h = (h << 13) | (h >>> 19)
    h = (Math.imul(h, 5) + 0xe6546b64) | 0
  }
  // The 1–3 tail bytes, little-endian, mixed like a block but without the rotate-and-add.
  const tail = n % 4
  if (tail > 0) {
    let k = bytes[blocks]!
    if (tail > 1) k |= bytes[blocks + 1]! << 8
    if (tail > 2) k |= bytes[blocks + 2]! << 16
    k = Math.imul(k, C1)
    k = (k << 15) | (k >>> 17)
    k = Math.imul(k, C2)
    h ^= k
  }
  h ^= n
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
