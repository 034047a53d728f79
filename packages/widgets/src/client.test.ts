import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { post, QUIET_MS, resetQuiet } from './client.js'
import { configure } from './config.js'

const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 })

describe('post', () => {
  beforeEach(() => {
    resetQuiet()
    configure({ api: 'https://upcross.example', store: 'shop 1', key: 'pk_test' })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('sends JSON with the publishable key to the store path', async () => {
    const fetch = vi.fn(async () => ok({ requestId: 'r1', offers: [] }))
    vi.stubGlobal('fetch', fetch)
    const answer = await post('offers', { placement: 'cart' })
    expect(answer).toEqual({ requestId: 'r1', offers: [] })
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('https://upcross.example/v1/stores/shop%201/offers')
    expect(init.headers).toEqual({
      'content-type': 'application/json',
      authorization: 'Bearer pk_test',
    })
    expect(JSON.parse(String(init.body))).toEqual({ placement: 'cart' })
    expect(init.credentials).toBe('omit')
  })

  it('gives up after the timeout and then stays quiet instead of retrying', async () => {
    const fetch = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        ),
    )
    vi.stubGlobal('fetch', fetch)
    await expect(post('offers', {}, { timeoutMs: 10, now: 1000 })).rejects.toThrow()
    await expect(post('offers', {}, { now: 1000 + QUIET_MS - 1 })).rejects.toThrow(/quiet/)
    expect(fetch).toHaveBeenCalledTimes(1)
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => ok({})),
    )
    await expect(post('offers', {}, { now: 1000 + QUIET_MS })).resolves.toEqual({})
  })

  it('treats an error status as a failure, but not an abort by the caller', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 503 })),
    )
    await expect(post('offers', {}, { now: 0 })).rejects.toMatchObject({ status: 503 })
    resetQuiet()
    const controller = new AbortController()
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_u: string, init: RequestInit) =>
          new Promise<Response>((_r, reject) =>
            init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
          ),
      ),
    )
    const pending = post('offers', {}, { signal: controller.signal, now: 0 })
    controller.abort()
    await expect(pending).rejects.toThrow()
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => ok({ fine: true })),
    )
    await expect(post('offers', {}, { now: 1 })).resolves.toEqual({ fine: true })
  })

  it('refuses to send without a store and key', async () => {
    configure({ store: '', key: '' })
    await expect(post('offers', {})).rejects.toThrow(/no store or key/)
  })
})
