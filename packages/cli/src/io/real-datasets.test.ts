/**
 * Reads the full public data sets of `../shared/datasets` (beside the clone) when they are
 * present, and checks the counts their READMEs state.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Issue, OrderLine, OrderLineOutcome } from 'upcross'
import { describe, expect, it } from 'vitest'
import { readCsvRecords } from './csv-records.js'
import { openOrderSource } from './order-source.js'
import { openProductSource } from './product-source.js'

const DATASETS = fileURLToPath(new URL('../../../../../shared/datasets/', import.meta.url))
const data = (p: string) => `${DATASETS}${p}`
const FRANCE = data('online_retail_france/online_retail_france.csv.gz')

async function tally(source: AsyncIterable<OrderLineOutcome>) {
  const accepted: OrderLine[] = []
  const excluded: Issue[] = []
  let rejected = 0
  for await (const o of source) {
    if (o.kind === 'accept') accepted.push(o.row)
    else if (o.kind === 'exclude') excluded.push(o.issue)
    else rejected++
  }
  return { accepted, excluded, rejected }
}
const count = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length

describe('real data sets', () => {
  it.runIf(existsSync(FRANCE))(
    'Online Retail France: every row accounted for, as in its README',
    async () => {
      let rows = 0
      let post = 0
      let cancellations = 0
      for await (const item of readCsvRecords(FRANCE)) {
        if (item.kind !== 'record' || item.record.line === 1) continue
        rows++
        if (item.record.fields[1] === 'POST') post++
        if (item.record.fields[0]!.startsWith('C')) cancellations++
      }
      expect([rows, post, cancellations]).toEqual([8557, 311, 149])

      const t = await tally(openOrderSource([FRANCE], 'online-retail'))
      expect(t.rejected).toBe(0)
      expect(count(t.excluded, (i) => i.code === 'cancellation')).toBe(149)
      // 311 POST rows = 300 in sales invoices + 11 inside cancellations; plus 6 M and 2 C2.
      expect(count(t.excluded, (i) => i.code === 'non_product' && i.input === 'POST')).toBe(300)
      expect(count(t.excluded, (i) => i.code === 'non_product')).toBe(308)
      expect(t.accepted.length + t.excluded.length).toBe(8557)
      expect(t.accepted).toHaveLength(8100)
      expect(new Set(t.accepted.map((l) => l.orderId)).size).toBe(382)
      expect(new Set(t.accepted.map((l) => l.customerId).filter((c) => c !== '')).size).toBe(87)
      const times = t.accepted.map((l) => l.orderedAt!)
      expect(new Date(Math.min(...times)).toISOString()).toBe('2010-12-01T08:45:00.000Z')
      expect(new Date(Math.max(...times)).toISOString()).toBe('2011-12-09T12:50:00.000Z')
    },
  )

  it.runIf(existsSync(FRANCE))('Online Retail France: products derived from it', async () => {
    let n = 0
    for await (const o of openProductSource(FRANCE, 'online-retail')) if (o.kind === 'accept') n++
    // 1,543 StockCodes minus POST, M and C2 minus one code seen only in a cancellation.
    expect(n).toBe(1539)
  })

  const RETAIL = data('fimi/retail.dat.gz')
  it.runIf(existsSync(RETAIL))(
    'FIMI retail.dat: 88,162 baskets, 908,576 item occurrences',
    async () => {
      const orders = new Set<string>()
      let lines = 0
      let rejected = 0
      for await (const o of openOrderSource([RETAIL], 'fimi')) {
        if (o.kind === 'accept') {
          lines++
          orders.add(o.row.orderId)
        } else rejected++
      }
      expect([orders.size, lines, rejected]).toEqual([88162, 908576, 0])
    },
  )

  const GROCERIES = data('fimi/groceries.basket.gz')
  it.runIf(existsSync(GROCERIES))('Groceries: 9,835 baskets over 169 items', async () => {
    const t = await tally(openOrderSource([GROCERIES], 'groceries-basket'))
    expect(t.rejected).toBe(0)
    expect(t.accepted).toHaveLength(43367)
    expect(new Set(t.accepted.map((l) => l.orderId)).size).toBe(9835)
    expect(new Set(t.accepted.map((l) => l.sku)).size).toBe(169)
  })

  const HISTORY = data('nbr_reality_check/jsondata/tafeng_history.json.gz')
  const FUTURE = data('nbr_reality_check/jsondata/tafeng_future.json.gz')
  it.runIf(existsSync(HISTORY) && existsSync(FUTURE))(
    'TaFeng next-basket JSON: history then future',
    async () => {
      const t = await tally(openOrderSource([HISTORY, FUTURE], 'nbr-json'))
      expect(t.rejected).toBe(0)
      expect(t.accepted).toHaveLength(480611 + 91322)
      const lastHistory = new Map<string, number>()
      let futureAfterHistory = 0
      const orders = new Set<string>()
      for (const [i, l] of t.accepted.entries()) {
        orders.add(l.orderId)
        if (i < 480611)
          lastHistory.set(l.customerId, Math.max(lastHistory.get(l.customerId) ?? 0, l.orderedAt!))
        else if (l.orderedAt! > lastHistory.get(l.customerId)!) futureAfterHistory++
      }
      expect(orders.size).toBe(91227)
      expect(lastHistory.size).toBe(13858)
      expect(futureAfterHistory).toBe(91322)
    },
  )

  const CATALOG = data('instacart_catalog')
  it.runIf(existsSync(CATALOG))(
    'Instacart catalogue: 49,688 products, all categorised',
    async () => {
      let n = 0
      let rejected = 0
      let categorised = 0
      for await (const o of openProductSource(`${CATALOG}/products.csv.gz`, 'instacart')) {
        if (o.kind === 'accept') {
          n++
          if (/^[^>]+ > [^>]+$/.test(o.row.category)) categorised++
        } else rejected++
      }
      expect([n, rejected, categorised]).toEqual([49688, 0, 49688])
    },
  )
})
