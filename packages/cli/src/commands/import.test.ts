import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '@upcross/store-sql'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../main.js'
import { captureOutput } from '../test-support/capture-output.js'

const dir = mkdtempSync(join(tmpdir(), 'upcross-import-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const ORDERS = [
  'order_id,customer_id,ordered_at,sku,quantity,unit_price',
  'o1,c1,2024-03-01T10:00:00Z,A,1,9.99', // line 2
  'o1,c1,2024-03-01T10:00:00Z,B,2,', // line 3
  'o2,c2,2024-03-02T10:00:00Z,A,lots,9.99', // line 4: rejected, bad quantity
  'o2,c2,2024-03-02T10:00:00Z,C,1,3.50', // line 5
  'o3,,yesterday,A,1,9.99', // line 6: rejected, bad time
  'o3,,2024-03-03T09:00:00+01:00,D,-1,1.00', // line 7: excluded, return line
  'o4,,2024-03-03T09:00:00+01:00,D,1,1.00', // line 8
  '', // trailing newline
].join('\n')

const PRODUCTS = ['sku,title,category,price', 'A,Apple,Fruit,0.50', 'B,Bread,,2.00', ''].join('\n')

const io = captureOutput()
afterEach(() => vi.unstubAllEnvs())

const run = (...args: string[]) => main(['node', 'upcross', ...args])

/** Orders and order lines stored for a tenant, read back through the store. */
async function stored(db: string, storeId = 's1'): Promise<[orders: number, lines: number]> {
  const store = await openStore(`sqlite:${db}`)
  try {
    let lines = 0
    for await (const order of store.streamOrders(storeId)) lines += order.lines.length
    return [await store.countOrders(storeId), lines]
  } finally {
    await store.close()
  }
}

describe('upcross import orders', () => {
  const csv = join(dir, 'orders.csv')
  const db = join(dir, 'data', 'store.db')
  const report = join(dir, 'issues.jsonl')
  writeFileSync(csv, ORDERS)

  it('keeps accepted rows, reports rejected ones with lines, exits 3; a re-run stores nothing new', async () => {
    const args = ['import', 'orders', csv, '--db', `sqlite:${db}`, '--store', 's1']
    expect(await run(...args, '--report', report, '--no-progress'), io.err).toBe(3)
    expect(io.out).toMatch(/rows read\s+7/)
    expect(io.out).toMatch(/accepted\s+4/)
    expect(io.out).toMatch(/excluded\s+1\s+\(return_line 1\)/)
    expect(io.out).toMatch(/rejected\s+2\s+\(invalid_quantity 1, invalid_time 1\)/)
    expect(io.out).toMatch(/orders inserted\s+3/)
    expect(io.out).toMatch(/orders already present \(duplicates\)\s+0/)
    expect(io.out).toContain(`${csv}:4 column quantity:`)
    expect(io.out).toContain(`${csv}:6 column ordered_at:`)
    const issues = readFileSync(report, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; code: string; source: { line: number } })
    expect(issues.map((i) => [i.kind, i.code, i.source.line])).toEqual([
      ['rejected', 'invalid_quantity', 4],
      ['rejected', 'invalid_time', 6],
      ['excluded', 'return_line', 7],
    ])
    expect(await stored(db)).toEqual([3, 4])

    io.clear()
    expect(await run(...args, '--batch-size', '1')).toBe(3)
    expect(io.out).toMatch(/orders inserted\s+0/)
    expect(io.out).toMatch(/orders already present \(duplicates\)\s+3/)
    expect(await stored(db)).toEqual([3, 4])
  })

  it('takes the database and store from the environment, and exits 0 without rejected rows', async () => {
    const clean = join(dir, 'clean.csv')
    writeFileSync(
      clean,
      ORDERS.split('\n')
        .filter((_, i) => ![4, 6].includes(i + 1))
        .join('\n'),
    )
    const envDb = join(dir, 'env', 'nested', 'env.db')
    vi.stubEnv('UPCROSS_DATABASE_URL', `sqlite:${envDb}`)
    vi.stubEnv('UPCROSS_STORE_ID', 'fromenv')
    expect(await run('import', 'orders', clean, '--format', 'canonical')).toBe(0)
    expect(await stored(envDb, 'fromenv')).toEqual([3, 4])
    expect(await stored(envDb, 's1')).toEqual([0, 0])
    expect(io.err).toContain('importing orders:')
  })

  it('exits 2 on usage errors: unknown format, missing file, bad batch size, bad config', async () => {
    const db2 = join(dir, 'usage.db')
    const base = ['import', 'orders', '--db', `sqlite:${db2}`]
    expect(await run(...base, csv, '--format', 'nope')).toBe(2)
    expect(await run(...base, join(dir, 'missing.csv'))).toBe(2)
    expect(io.err).toContain('file not found')
    expect(await run(...base, csv, '--batch-size', '0')).toBe(2)
    expect(await run(...base, csv, '--store', 'not a valid id')).toBe(2)
    expect(await run('import', 'orders', csv, '--db', 'mysql://x')).toBe(2)
    expect(existsSync(db2)).toBe(false)
  })

  it('exits 1 when the database is not available', async () => {
    // port 1: nothing listens there, so the connection is refused at once
    expect(await run('import', 'orders', csv, '--db', 'postgres://u@127.0.0.1:1/x')).toBe(1)
    expect(io.err).toMatch(/database unreachable: connect ECONNREFUSED 127\.0\.0\.1:1/)
  })
})

describe('upcross import products', () => {
  it('upserts the catalog by sku', async () => {
    const file = join(dir, 'products.csv')
    const db = join(dir, 'products.db')
    writeFileSync(file, PRODUCTS)
    const args = ['import', 'products', file, '--db', `sqlite:${db}`, '--store', 's1']
    expect(await run(...args)).toBe(0)
    expect(io.out).toMatch(/products inserted\s+2/)
    io.clear()
    expect(await run(...args, '--format', 'canonical')).toBe(0)
    expect(io.out).toMatch(/products inserted\s+0/)
    expect(io.out).toMatch(/products updated\s+2/)
    const store = await openStore(`sqlite:${db}`)
    expect((await store.getProducts('s1')).map((p) => [p.sku, p.price])).toEqual([
      ['A', 50],
      ['B', 200],
    ])
    await store.close()
    expect(await run(...args, '--format', 'fimi')).toBe(2)
  })
})
