import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetQuiet } from './client.js'
import { configure } from './config.js'
import { BATCH, DELAY_MS, flush, pending, track } from './tracker.js'

describe('track', () => {
  beforeEach(() => {
    resetQuiet()
    configure({ api: '', store: 's1', key: 'pk', customer: 'c9' })
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('sends events of one second in one keepalive request, ids and context filled in', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    track({ kind: 'impression', offerId: 'r.0', sku: 'a', placement: 'cart' })
    track({ kind: 'accept', offerId: 'r.0', sku: 'a', placement: 'cart' })
    expect(fetch).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(DELAY_MS)
    expect(fetch).toHaveBeenCalledTimes(1)
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1]
    expect(init.keepalive).toBe(true)
    const { events } = JSON.parse(String(init.body))
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(['impression', 'accept'])
    expect(new Set(events.map((e: { id: string }) => e.id)).size).toBe(2)
    expect(events[0]).toMatchObject({ customer: 'c9', placement: 'cart' })
    expect(typeof events[0].session).toBe('string')
    expect(events[0].at).toMatch(/Z$/)
  })

  it('splits large batches and drops what fails instead of retrying', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 500 }))
    vi.stubGlobal('fetch', fetch)
    for (let i = 0; i < BATCH + 1; i++) track({ kind: 'impression', offerId: `r.${i}`, sku: 's' })
    await flush()
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(pending()).toHaveLength(0)
    // The failure made the client quiet: later events are dropped, not sent into a failing server.
    track({ kind: 'click', offerId: 'r.0', sku: 's' })
    await flush()
    expect(fetch).toHaveBeenCalledTimes(2)
  })
})
