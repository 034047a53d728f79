import { describe, expect, it } from 'vitest'
import { requestIdGenerator } from '../request-ids.js'
import { answerFor, answerTemplate } from './present-offers.js'

const fragment = (o: object) => Buffer.from(JSON.stringify(o).slice(1))

describe('answerTemplate and answerFor', () => {
  it('give each request one compact UTF-8 JSON answer with its own ids', () => {
    const template = answerTemplate({
      placement: 'cart',
      currency: 'EUR',
      modelVersion: 7,
      offers: [
        fragment({ sku: 'CAFÉ-1', title: 'Café crème', text: ['2.5× more often than chance'] }),
        fragment({ sku: '漢字', kind: 'cross_sell' }),
      ],
      extra: JSON.stringify({ holdout: false, strategy: 'exp:b' }).slice(1, -1),
      warnings: [{ code: 'unknown_sku', path: ['cart', 0], message: 'SKU "ñ" is new' }],
    })
    const next = requestIdGenerator()
    const [a, b] = [next(), next()]
    const expected = (id: string) => ({
      requestId: id,
      placement: 'cart',
      currency: 'EUR',
      modelVersion: 7,
      offers: [
        {
          id: `${id}.0`,
          sku: 'CAFÉ-1',
          title: 'Café crème',
          text: ['2.5× more often than chance'],
        },
        { id: `${id}.1`, sku: '漢字', kind: 'cross_sell' },
      ],
      holdout: false,
      strategy: 'exp:b',
      warnings: [{ code: 'unknown_sku', path: ['cart', 0], message: 'SKU "ñ" is new' }],
    })
    expect(answerFor(template, a).toString()).toBe(JSON.stringify(expected(a)))
    expect(answerFor(template, b).toString()).toBe(JSON.stringify(expected(b)))
    // the template itself is never written to: the first answer is unchanged by the second
    expect(answerFor(template, a).toString()).toContain(`"${a}.1"`)
  })

  it('writes an empty answer without extra members', () => {
    const template = answerTemplate({
      placement: 'product',
      currency: 'USD',
      modelVersion: 1,
      offers: [],
      extra: '',
      warnings: [],
    })
    const id = requestIdGenerator()()
    expect(JSON.parse(answerFor(template, id).toString())).toEqual({
      requestId: id,
      placement: 'product',
      currency: 'USD',
      modelVersion: 1,
      offers: [],
      warnings: [],
    })
  })

  it('gives every answer bytes of its own, across many answers (each cut from a shared slab)', () => {
    const template = answerTemplate({
      placement: 'cart',
      currency: 'USD',
      modelVersion: 3,
      offers: Array.from({ length: 10 }, (_, i) =>
        fragment({ sku: `SKU-${i}`, text: ['x'.repeat(250)] }),
      ),
      extra: '',
      warnings: [],
    })
    const next = requestIdGenerator()
    // 3 KB answers: enough of them to need several slabs.
    const answers = Array.from({ length: 400 }, () => {
      const id = next()
      return { id, bytes: answerFor(template, id) }
    })
    expect(answers[0]!.bytes.length).toBeGreaterThan(2500)
    for (const { id, bytes } of answers) {
      const parsed = JSON.parse(bytes.toString()) as { requestId: string; offers: { id: string }[] }
      expect(parsed.requestId).toBe(id)
      expect(parsed.offers.map((o) => o.id)).toEqual(parsed.offers.map((_, i) => `${id}.${i}`))
    }
  })

  it('refuses a request id of another length rather than write a broken answer', () => {
    const template = answerTemplate({
      placement: 'cart',
      currency: 'USD',
      modelVersion: 1,
      offers: [],
      extra: '',
      warnings: [],
    })
    expect(() => answerFor(template, 'short')).toThrow(/17 characters/)
  })
})

describe('requestIdGenerator', () => {
  it('makes distinct ids of one length', () => {
    const next = requestIdGenerator()
    const ids = Array.from({ length: 2000 }, next)
    expect(new Set(ids).size).toBe(2000)
    expect(new Set(ids.map((i) => i.length))).toEqual(new Set([17]))
    expect(ids[36]).toMatch(/^[A-Za-z0-9_-]{8}-00000010$/)
  })
})
