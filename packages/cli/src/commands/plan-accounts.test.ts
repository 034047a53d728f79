import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../main.js'
import { captureOutput } from '../test-support/capture-output.js'
import { writeLaptopShop } from '../test-support/laptop-shop.js'
import { PLAN_COLUMNS } from './plan-accounts.js'

const dir = mkdtempSync(join(tmpdir(), 'upcross-plan-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const io = captureOutput()
const run = (...args: string[]) => main(['node', 'upcross', ...args])
const model = join(dir, 'shop.upx')

describe('upcross plan-accounts', () => {
  beforeAll(async () => {
    const { products, orders } = writeLaptopShop(dir, '=HYPERLINK("http://evil.example","Mouse")')
    const code = await run('train', '--orders', orders, '--products', products, '--out', model)
    expect(code).toBe(0)
  })

  it('writes the plan of the chosen customers as CSV, best line first', async () => {
    const out = join(dir, 'plans', 'plan.csv')
    expect(
      await run('plan-accounts', '--model', model, '--customers', 'c2,c10', '--out', out),
      io.err,
    ).toBe(0)
    expect(io.err).toContain('2 customers planned, 2 with a proposal, 4 lines')
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0]!)).toEqual([...PLAN_COLUMNS])
    // Hand-checked in the core's account-plan tests: c2 → Services (2 of 9), Accessories (4 of 9).
    expect(
      rows.map((r) => [
        r['customer'],
        r['rank'],
        r['product_line'],
        r['expected_value'],
        r['similar_buyers'],
        r['similar_customers'],
      ]),
    ).toEqual([
      ['c2', '1', 'Services', '28.67', '2', '9'],
      ['c2', '2', 'Accessories', '8.84', '4', '9'],
      ['c10', '1', 'Computers > Laptops', '976.27', '7', '7'],
      ['c10', '2', 'Services', '36.86', '2', '7'],
    ])
    expect(rows[0]!['lead_items']).toBe('3-year warranty (W1): 2')
    expect(rows[0]!['why']).toBe('2 of the 9 most similar customers buy it; c2 has not yet')
    expect(rows[0]!['value_basis']).toBe('price')
    // A title that is a spreadsheet formula is written as text.
    expect(rows[1]!['lead_items']).toMatch(/^'=HYPERLINK/)
  })

  it('plans single items and every customer, to standard output', async () => {
    expect(
      await run('plan-accounts', '--model', model, '--by', 'item', '--limit', '1'),
      io.err,
    ).toBe(0)
    const rows = parse(io.out, { columns: true }) as Record<string, string>[]
    expect(rows.find((r) => r['customer'] === 'c2')!['product_line']).toBe('Budget laptop 14" (C1)')
    expect(new Set(rows.map((r) => r['customer'])).size).toBe(rows.length)
  })

  it('names unknown customers and refuses bad options', async () => {
    expect(await run('plan-accounts', '--model', model, '--customers', 'c1,ghost')).toBe(1)
    expect(io.err).toContain('ghost')
    expect(await run('plan-accounts', '--model', model, '--by', 'brand')).toBe(2)
  })
})
