import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../main.js'
import { captureOutput } from '../test-support/capture-output.js'
import { writeLaptopShop } from '../test-support/laptop-shop.js'

const dir = mkdtempSync(join(tmpdir(), 'upcross-sheet-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const io = captureOutput()
const run = (...args: string[]) => main(['node', 'upcross', ...args])
const model = join(dir, 'shop.upx')

describe('upcross selling-sheet', () => {
  beforeAll(async () => {
    const { products, orders } = writeLaptopShop(dir, 'Mouse <script>alert(1)</script> & pad')
    const code = await run('train', '--orders', orders, '--products', products, '--out', model)
    expect(code).toBe(0)
  })

  it('prints the laptop’s upgrades, add-ons and cross-sells with their reasons, escaped', async () => {
    const out = join(dir, 'sheet.html')
    const args = [
      'selling-sheet',
      '--model',
      model,
      '--skus',
      'L1,MOUSE',
      '--title',
      'Laptops & Co',
      '--out',
      out,
    ]
    expect(await run(...args), io.err).toBe(0)
    expect(io.err).toContain('2 products')
    const html = readFileSync(out, 'utf8')
    const l1 = html.slice(html.indexOf('id="sku-L1"'), html.indexOf('id="sku-MOUSE"'))
    const mouse = html.slice(html.indexOf('id="sku-MOUSE"'))
    const skusIn = (page: string, section: string): string[] => {
      const start = page.indexOf(`<h3>${section}</h3>`)
      const end = page.indexOf('<h3>', start + 1)
      const rows = page.slice(start, end < 0 ? undefined : end)
      return [...rows.matchAll(/<span class="sku">([A-Z0-9]+)<\/span><\/td>/g)].map((m) => m[1]!)
    }
    expect(skusIn(l1, 'Upgrade to')).toEqual(['L2', 'L3', 'L4'])
    expect(skusIn(l1, 'Add-ons to mention')).toEqual(['W1', 'BAG', 'WIPES'])
    // L1 and the mouse were bought together once: below the two orders a pair needs by default.
    expect(skusIn(l1, 'Goes with')).toEqual([])
    expect(l1).toContain('Not enough orders yet.')
    expect(skusIn(mouse, 'Goes with')).toEqual(['C1'])
    expect(l1).toContain(
      'Upgrade: Laptop 14&quot;, 16 GB — +200.00 (+22 %), next tier; good → better; bigger: 8 GB → 16 GB',
    )
    expect(l1).toContain('+$200.00')
    expect(html).toContain('<h1>Laptops &amp; Co</h1>')
    expect(html).toContain('Mouse &lt;script&gt;alert(1)&lt;/script&gt; &amp; pad')
    expect(html).not.toContain('<script>')
  })

  it('covers the best sellers by default, and names an unknown SKU', async () => {
    expect(await run('selling-sheet', '--model', model, '--top', '2'), io.err).toBe(0)
    expect(io.out.match(/<section class="product"/g)).toHaveLength(2)
    expect(await run('selling-sheet', '--model', model, '--skus', 'L1,NOPE')).toBe(1)
    expect(io.err).toContain('NOPE')
  })
})
