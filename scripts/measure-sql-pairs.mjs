#!/usr/bin/env node
// Measures item-pair counting as one SQL query (`countItemPairs`) on SQLite and PostgreSQL
// against the in-process frequent-pair miner, on a FIMI data set (default: retail, 88,162
// baskets, the benchmark's first case), and checks that all three find the same pairs.
// Usage (after `npm run build`):
//   scripts/with-postgres.sh node scripts/measure-sql-pairs.mjs [file.dat[.gz]] [minSupport]
// Without UPCROSS_TEST_POSTGRES_URL only SQLite and the in-process miner run. Results: docs/scale.md.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { openStore } from '@upcross/store-sql'
import { BasketSetBuilder, countFrequentPairs } from 'upcross'

const file =
  process.argv[2] ?? new URL('../../shared/datasets/fimi/retail.dat.gz', import.meta.url).pathname
const minSupport = Number(process.argv[3] ?? 0.001)
const raw = readFileSync(file)
const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')
const orders = text
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l, i) => ({
    id: `b${i}`,
    customerId: '',
    orderedAt: undefined,
    lines: l
      .trim()
      .split(/\s+/)
      .map((sku) => ({ sku, quantity: 1, unitPrice: undefined })),
  }))
const lines = orders.reduce((n, o) => n + o.lines.length, 0)
const minCount = Math.max(1, Math.ceil(minSupport * orders.length - 1e-9))
console.log(`${file}: ${orders.length} baskets, ${lines} lines; min count ${minCount}`)

const ms = (t) => Math.round(performance.now() - t)
const key = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`)

let t = performance.now()
const builder = new BasketSetBuilder()
for (const o of orders) builder.addOrder(o)
const baskets = builder.build()
const mined = countFrequentPairs(baskets, { minSupport: minCount / baskets.basketCount })
const expected = new Map()
for (let i = 0; i < mined.counts.length; i++) {
  expected.set(key(baskets.skus[mined.a[i]], baskets.skus[mined.b[i]]), mined.counts[i])
}
console.log(
  `in-process: ${expected.size} pairs in ${ms(t)} ms (baskets built from the orders in memory)`,
)

async function measure(name, url, options, cleanup) {
  const store = await openStore(url, options)
  try {
    t = performance.now()
    for (let i = 0; i < orders.length; i += 1000) {
      const batch = orders.slice(i, i + 1000)
      await store.transaction((tx) => tx.insertOrders('bench', batch))
    }
    const load = ms(t)
    const runs = []
    let pairs = []
    for (let r = 0; r < 3; r++) {
      t = performance.now()
      pairs = await store.countItemPairs('bench', { minCount })
      runs.push(ms(t))
    }
    const same =
      pairs.length === expected.size && pairs.every((p) => expected.get(key(p.a, p.b)) === p.count)
    console.log(
      `${name}: load ${load} ms; countItemPairs ${pairs.length} pairs in ${runs.join(' / ')} ms` +
        ` (3 runs); ${same ? 'same pairs and counts as in-process' : 'DIFFERENT from in-process'}`,
    )
    if (!same) process.exitCode = 1
  } finally {
    await store.close()
    await cleanup?.()
  }
}

const dir = mkdtempSync(join(tmpdir(), 'upcross-sql-pairs-'))
await measure('SQLite', `sqlite:${join(dir, 'x.db')}`, {}, async () =>
  rmSync(dir, { recursive: true, force: true }),
)
const pgUrl = process.env.UPCROSS_TEST_POSTGRES_URL
if (pgUrl) {
  const schema = `upx_measure${process.pid}`
  await measure('PostgreSQL', pgUrl, { schema }, async () => {
    const pg = (await import('pg')).default
    const client = new pg.Client({ connectionString: pgUrl })
    await client.connect()
    await client.query(`drop schema if exists ${schema} cascade`)
    await client.end()
  })
}
