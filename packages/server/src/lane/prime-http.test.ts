import { describe, expect, it } from 'vitest'
import { primeHttp } from './prime-http.js'

/** Handles that keep the process alive (sockets, servers, timers). */
const liveHandles = (): number =>
  (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles().length

describe('primeHttp', () => {
  it('has its server answer every request over real sockets, then leaves nothing open', async () => {
    const before = liveHandles()
    // Not a multiple of the sockets used at once: the last batch is smaller.
    expect(await primeHttp(61)).toBe(61)
    await new Promise((r) => setImmediate(r))
    expect(liveHandles()).toBeLessThanOrEqual(before)
  })

  it('sends nothing for 0', async () => {
    expect(await primeHttp(0)).toBe(0)
  })
})
