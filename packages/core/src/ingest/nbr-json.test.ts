import { describe, expect, it } from 'vitest'
import { NBR_EPOCH, parseNbrJson } from './nbr-json.js'
import { DAY_MS } from './timestamp.js'
import type { OrderLineOutcome } from './types.js'

function lines(value: unknown, counters?: Map<string, number>): OrderLineOutcome[] {
  const r = parseNbrJson(value, { file: 'h.json', ...(counters ? { counters } : {}) })
  if (!r.ok) throw new Error(r.issues[0]!.message)
  return [...r.value]
}
const accepted = (out: OrderLineOutcome[]) =>
  out.flatMap((o) =>
    o.kind === 'accept'
      ? [`${o.row.orderId}:${o.row.sku}@${(o.row.orderedAt! - NBR_EPOCH) / DAY_MS}`]
      : [],
  )

describe('parseNbrJson', () => {
  it('drops the [-1] sentinels and dates basket k at day k', () => {
    const out = lines({ '7': [[-1], [3, 4], [4], [-1]], '8': [[-1], [9], [-1]] })
    expect(accepted(out)).toEqual(['7-0:3@0', '7-0:4@0', '7-1:4@1', '8-0:9@0'])
    const first = out[0]!
    expect(first.kind === 'accept' && first.row.customerId).toBe('7')
  })
  it('reads the merged layout without sentinels', () => {
    expect(accepted(lines({ u: [[1], [2, 2]] }))).toEqual(['u-0:1@0', 'u-1:2@1'])
  })
  it('continues each user after the history when the counters are shared', () => {
    const counters = new Map<string, number>()
    lines({ a: [[-1], [1], [2], [-1]], b: [[-1], [5], [-1]] }, counters)
    expect(accepted(lines({ a: [[-1], [3], [-1]], b: [[-1], [6], [-1]] }, counters))).toEqual([
      'a-2:3@2',
      'b-1:6@1',
    ])
  })
  it('rejects bad baskets and keeps the rest', () => {
    const out = lines({ u: [[1], 'x', [2, null], [], [3]], v: 5 })
    expect(out.map((o) => o.kind)).toEqual([
      'accept',
      'reject',
      'reject',
      'reject',
      'accept',
      'reject',
    ])
    expect(accepted(out)).toEqual(['u-0:1@0', 'u-4:3@4'])
    const bad = out[2]!
    expect(bad.kind === 'reject' && bad.issues[0]).toMatchObject({
      code: 'invalid_basket',
      path: ['u', 2],
      source: { file: 'h.json', recordId: 'u' },
    })
  })
  it('fails on a value that is not an object of users', () => {
    const r = parseNbrJson([[1]])
    expect(!r.ok && r.issues[0]!.code).toBe('invalid_layout')
  })
})
