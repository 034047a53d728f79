import { describe, expect, it } from 'vitest'
import { murmur3 } from './murmur3.js'

describe('murmur3', () => {
  it('matches the reference vectors (SMHasher; Python mmh3 unsigned)', () => {
    expect(murmur3('', 0)).toBe(0)
    expect(murmur3('', 1)).toBe(0x514e28b7)
    expect(murmur3('abc', 0)).toBe(0xb3dd93fa)
    expect(murmur3('hello', 0)).toBe(0x248bfa47)
    expect(murmur3('Hello, world!', 0x9747b28c)).toBe(0x24884cba)
    expect(murmur3('The quick brown fox jumps over the lazy dog', 0x9747b28c)).toBe(0x2fa826cd)
    expect(murmur3('holdout:c-42')).toBe(0x82a6220d)
    // Non-ASCII text is hashed as its UTF-8 bytes.
    expect(murmur3('héllo €', 7)).toBe(0x29de2f28)
  })
})
