import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetQuiet } from './client.js'
import { configure } from './config.js'
import { fetchOffers, offersSearch } from './offers-request.js'

const KEY = 'upx_pk_test'
const ok = () => new Response(JSON.stringify({ requestId: 'r', offers: [] }), { status: 200 })

describe('fetchOffers', () => {
  beforeEach(() => {
    resetQuiet()
    configure({ api: 'https://upcross.example', store: 'shop', key: KEY })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })
  const sent = async (q: Parameters<typeof fetchOffers>[0]) => {
    const fetch = vi.fn(async () => ok())
    vi.stubGlobal('fetch', fetch)
    await fetchOffers(q)
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    return { url: new URL(url), init }
  }

  it('asks with a GET that carries no header: a CORS simple request, no preflight', async () => {
    const { url, init } = await sent({
      placement: 'cart',
      cart: ['A', 'B&C'],
      sku: 'V 1',
      customer: 'c1',
      session: 's1',
      limit: 4,
    })
    expect(init.method).toBe('GET')
    expect(init.headers).toBeUndefined()
    expect(init.body).toBeUndefined()
    expect(url.origin + url.pathname).toBe('https://upcross.example/v1/stores/shop/offers')
    expect([...url.searchParams]).toEqual([
      ['placement', 'cart'],
      ['cart', 'A'],
      ['cart', 'B&C'],
      ['sku', 'V 1'],
      ['customer', 'c1'],
      ['session', 's1'],
      ['limit', '4'],
      ['key', KEY],
    ])
  })

  it('sends the cart with quantities as SKU:quantity lines, SKUs with commas repeated', async () => {
    const { url } = await sent({
      placement: 'cart',
      lines: [
        { sku: 'A,1', quantity: 2 },
        { sku: 'B:2', quantity: 1 },
      ],
    })
    expect(url.searchParams.getAll('lines')).toEqual(['A,1:2', 'B:2:1'])
  })

  it('falls back to a POST with the header when the query form cannot say it', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `SKU-${i}`)
    const cases: [string, Parameters<typeof fetchOffers>[0], string?][] = [
      ['a lone SKU with a comma', { placement: 'cart', cart: ['A,1'] }],
      ['a lone line with a comma', { placement: 'cart', lines: [{ sku: 'A,1', quantity: 1 }] }],
      ['a URL over 4000 characters', { placement: 'cart', cart: long }],
      ['a key that is not publishable', { placement: 'cart', cart: ['A'] }, 'pk_dev'],
    ]
    for (const [why, q, key] of cases) {
      if (key) configure({ key })
      const { url, init } = await sent(q)
      expect([why, init.method]).toEqual([why, 'POST'])
      expect(url.search).toBe('')
      expect(JSON.parse(String(init.body))).toEqual(q)
      expect((init.headers as Record<string, string>)['authorization']).toBe(`Bearer ${key ?? KEY}`)
    }
  })

  it('keeps a cart of up to a few hundred SKUs in the URL', () => {
    const cart = Array.from({ length: 200 }, (_, i) => `SKU-${i}`)
    expect(offersSearch({ placement: 'cart', cart })?.getAll('cart')).toHaveLength(200)
  })
})
