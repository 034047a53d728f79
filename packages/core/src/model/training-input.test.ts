import { describe, expect, it } from 'vitest'
import type { Order } from '../domain/order.js'
import type { Product } from '../domain/product.js'
import { BasketSetBuilder } from '../mining/basket-set.js'
import { serializeModel } from './serialize.js'
import { trainModel } from './train.js'
import {
  basketsOfInput,
  TrainingInputBuilder,
  trainFromInput,
  trainingInputBuffers,
} from './training-input.js'

const DAY = 86_400_000

/** Deterministic orders with every case the builders treat specially. */
function orders(): Order[] {
  const out: Order[] = []
  for (let o = 0; o < 120; o++) {
    const lines = [
      { sku: `S${o % 7}`, quantity: 1, unitPrice: 100 + (o % 7) * 10 },
      { sku: `S${(o * 3) % 11}`, quantity: 2, unitPrice: undefined },
      { sku: `S${o % 7}`, quantity: 1, unitPrice: 120 }, // a repeated SKU
    ]
    if (o % 5 === 0) lines.push({ sku: 'RETURNED', quantity: -1, unitPrice: 50 })
    out.push({
      id: `o${o}`,
      customerId: o % 4 === 0 ? '' : `c${o % 13}`,
      orderedAt: o % 9 === 0 ? undefined : 1_700_000_000_000 + o * DAY,
      lines,
    })
  }
  // An order whose lines come back later, and one with only a return.
  out.push({
    id: 'o3',
    customerId: 'c3',
    orderedAt: undefined,
    lines: [{ sku: 'LATE', quantity: 1, unitPrice: 9 }],
  })
  out.push({
    id: 'ret',
    customerId: 'c1',
    orderedAt: undefined,
    lines: [{ sku: 'S1', quantity: -2, unitPrice: 1 }],
  })
  return out
}

const PRODUCTS: Product[] = [
  { sku: 'S1', title: 'One', category: 'A', price: 150, relations: { accessory_of: ['S2'] } },
  { sku: 'NEVER-SOLD', title: 'Never sold', category: 'A', price: 999 },
]

function inputOf(list: Order[], products: Product[] = []) {
  const builder = new TrainingInputBuilder()
  for (const order of list) builder.addOrder(order)
  return builder.build(products)
}

describe('TrainingInput', () => {
  it('gives the same baskets as BasketSetBuilder over the same orders', () => {
    const direct = new BasketSetBuilder()
    for (const order of orders()) direct.addOrder(order)
    expect(basketsOfInput(inputOf(orders()))).toEqual(direct.build())
  })

  it('trains the byte-identical model trainModel makes, also after a transfer', () => {
    const direct = new BasketSetBuilder()
    for (const order of orders()) direct.addOrder(order)
    const options = { trainedAt: '2024-01-01T00:00:00.000Z', halfLifeDays: 30 }
    const expected = serializeModel(trainModel(direct.build(), { ...options, products: PRODUCTS }))
    const input = inputOf(orders(), PRODUCTS)
    const moved = structuredClone(input, { transfer: trainingInputBuffers(input) })
    expect(input.lineItems.length).toBe(0) // transferred, not copied
    const model = trainFromInput(moved, options)
    expect(model.skus).toContain('NEVER-SOLD')
    expect(model.skus).not.toContain('RETURNED')
    expect(serializeModel(model)).toEqual(expected)
  })

  it('keeps orders as columns: positive lines only, unknowns as NaN and -1', () => {
    const input = inputOf([
      {
        id: 'a',
        customerId: '',
        orderedAt: undefined,
        lines: [
          { sku: 'X', quantity: 1, unitPrice: undefined },
          { sku: 'Y', quantity: 0, unitPrice: 5 },
        ],
      },
      { id: 'b', customerId: 'c', orderedAt: 7, lines: [{ sku: 'Y', quantity: 3, unitPrice: 5 }] },
    ])
    expect(input.skus).toEqual(['X', 'Y'])
    expect([...input.orderOffsets]).toEqual([0, 1, 2])
    expect([...input.lineItems]).toEqual([0, 1])
    expect([...input.linePrices]).toEqual([Number.NaN, 5])
    expect([...input.orderTimes]).toEqual([Number.NaN, 7])
    expect([...input.orderCustomers]).toEqual([-1, 0])
    expect(input.customerIds).toEqual(['c'])
  })

  it('refuses a line whose item index is outside the vocabulary', () => {
    const input = { ...inputOf(orders()), skus: ['S0'] }
    expect(() => basketsOfInput(input)).toThrow(/not in the vocabulary/)
  })
})
