import { importOrders } from '@upcross/engine'
import { sampleOrder } from '@upcross/engine/testing'
import pg from 'pg'
import { BasketSetBuilder, countCooccurrence, countFrequentPairs, type Order } from 'upcross'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ItemPairCount } from './kysely-pairs.js'
import type { SqlStore } from './kysely-store.js'
import { openStore } from './open-store.js'
import { franceOutcomes } from './test-support/france-orders.js'

/** Pairs as `a|b → count`, the in-process and SQL answers in one comparable shape. */
function asMap(pairs: readonly ItemPairCount[]): Map<string, number> {
  return new Map(pairs.map((p) => [`${p.a}|${p.b}`, p.count]))
}

/** The pairs of the in-process frequent-pair miner at an absolute minimum count. */
function minedPairs(orders: readonly Order[], minCount: number): Map<string, number> {
  const builder = new BasketSetBuilder()
  for (const o of orders) builder.addOrder(o)
  const baskets = builder.build()
  const found = countFrequentPairs(baskets, { minSupport: minCount / baskets.basketCount })
  const out = new Map<string, number>()
  for (let i = 0; i < found.counts.length; i++) {
    const [x, y] = [baskets.skus[found.a[i]!]!, baskets.skus[found.b[i]!]!].sort()
    out.set(`${x}|${y}`, found.counts[i]!)
  }
  return out
}

/** The pairs of the in-process co-occurrence counter with a basket-size limit. */
function cooccurrencePairs(orders: readonly Order[], minCount: number, maxBasketSize: number) {
  const builder = new BasketSetBuilder()
  for (const o of orders) builder.addOrder(o)
  const baskets = builder.build()
  const co = countCooccurrence(baskets, { maxBasketSize })
  const out = new Map<string, number>()
  for (let a = 0; a < baskets.skus.length; a++) {
    for (let k = co.rowOffsets[a]!; k < co.rowOffsets[a + 1]!; k++) {
      const b = co.cols[k]!
      const [x, y] = [baskets.skus[a]!, baskets.skus[b]!]
      if (x < y && co.counts[k]! >= minCount) out.set(`${x}|${y}`, co.counts[k]!)
    }
  }
  return out
}

function describePairs(
  name: string,
  open: () => Promise<{ store: SqlStore; done: () => Promise<void> }>,
) {
  describe(`countItemPairs on ${name}`, () => {
    let store: SqlStore
    let done: () => Promise<void>
    let orders: Order[]
    beforeAll(async () => {
      ;({ store, done } = await open())
      const report = await importOrders(store, 'fr', franceOutcomes())
      expect(report.orders.inserted).toBeGreaterThan(380)
      orders = []
      for await (const o of store.streamOrders('fr')) orders.push(o)
    })
    afterAll(() => done())

    it('counts distinct orders per pair, by hand on a small store', async () => {
      const line = (sku: string, quantity = 1) => ({ sku, quantity, unitPrice: 1 })
      const small: Order[] = [
        {
          id: 'o1',
          customerId: '',
          orderedAt: 1,
          lines: [line('A'), line('B'), line('C'), line('A')],
        },
        { id: 'o2', customerId: '', orderedAt: 2, lines: [line('B'), line('A')] },
        { id: 'o3', customerId: '', orderedAt: 3, lines: [line('C'), line('B'), line('D', 0)] },
        { ...sampleOrder('o4', 4, 1), lines: [line('A')] },
      ]
      await store.insertOrders('small', small)
      await store.insertOrders('other', [{ ...small[0]!, id: 'x' }])
      expect(await store.countItemPairs('small', { minCount: 1 })).toEqual([
        { a: 'A', b: 'B', count: 2 },
        { a: 'B', b: 'C', count: 2 },
        { a: 'A', b: 'C', count: 1 },
      ])
      expect(await store.countItemPairs('small', { minCount: 2 })).toHaveLength(2)
      expect(await store.countItemPairs('small', { minCount: 2, maxBasketSize: 2 })).toEqual([])
      expect(await store.countItemPairs('small', { minCount: 1, maxBasketSize: 2 })).toEqual([
        { a: 'A', b: 'B', count: 1 },
        { a: 'B', b: 'C', count: 1 },
      ])
      expect(await store.countItemPairs('nobody', { minCount: 1 })).toEqual([])
      await expect(store.countItemPairs('small', { minCount: 0 })).rejects.toMatchObject({
        code: 'invalid_input',
      })
    })

    it.each([2, 5, 10, 20])(
      'matches the in-process frequent-pair miner at min count %i',
      async (minCount) => {
        const fromSql = asMap(await store.countItemPairs('fr', { minCount }))
        const inProcess = minedPairs(orders, minCount)
        expect(fromSql.size).toBeGreaterThan(0)
        expect(fromSql).toEqual(inProcess)
      },
    )

    it('matches the in-process co-occurrence counter with a basket-size limit', async () => {
      const fromSql = asMap(await store.countItemPairs('fr', { minCount: 3, maxBasketSize: 30 }))
      expect(fromSql).toEqual(cooccurrencePairs(orders, 3, 30))
      const unlimited = await store.countItemPairs('fr', { minCount: 3 })
      expect(fromSql.size).toBeLessThan(unlimited.length)
    })
  })
}

describePairs('SQLite', async () => {
  const store = await openStore('sqlite::memory:')
  return { store, done: () => store.close() }
})

// On PostgreSQL when a server is given (scripts/with-postgres.sh); postgres-store.test.ts is
// the file that fails CI when it is missing.
const pgUrl = process.env.UPCROSS_TEST_POSTGRES_URL
if (pgUrl) {
  describePairs('PostgreSQL', async () => {
    const schema = `upx_pairs${process.pid}`
    const store = await openStore(pgUrl, { schema })
    return {
      store,
      done: async () => {
        await store.close()
        const admin = new pg.Client({ connectionString: pgUrl })
        await admin.connect()
        await admin.query(`drop schema if exists ${schema} cascade`)
        await admin.end()
      },
    }
  })
}
