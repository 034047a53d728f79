import { describe, expect, it } from 'vitest'
import { createFimiOrderParser } from './fimi-orders.js'
import type { OrderLineOutcome } from './types.js'

function run(text: string, chunk = 3): OrderLineOutcome[] {
  const out: OrderLineOutcome[] = []
  const p = createFimiOrderParser({ file: 'retail.dat', onOutcome: (o) => out.push(o) })
  const bytes = new TextEncoder().encode(text)
  for (let i = 0; i < bytes.length; i += chunk) p.push(bytes.subarray(i, i + chunk))
  p.end()
  return out
}

describe('createFimiOrderParser', () => {
  it('turns each basket into lines of order L<line>, one per distinct item', () => {
    const out = run('0 1 2\n\n30 31 30\n7')
    const rows = out.flatMap((o) => (o.kind === 'accept' ? [[o.row.orderId, o.row.sku]] : []))
    expect(rows).toEqual([
      ['L1', '0'],
      ['L1', '1'],
      ['L1', '2'],
      ['L3', '30'],
      ['L3', '31'],
      ['L4', '7'],
    ])
    const first = out[0]!
    expect(first.kind === 'accept' && first.row).toEqual({
      orderId: 'L1',
      customerId: '',
      orderedAt: undefined,
      sku: '0',
      quantity: 1,
      unitPrice: undefined,
    })
  })
  it('rejects a malformed line with its file and line and keeps going', () => {
    const out = run('1 2\n3 x 4\n5\n')
    expect(out.map((o) => o.kind)).toEqual(['accept', 'accept', 'reject', 'accept'])
    const bad = out[2]!
    expect(bad.kind === 'reject' && bad.issues[0]!.source).toMatchObject({
      file: 'retail.dat',
      line: 2,
    })
  })
})
