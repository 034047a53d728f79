import type { SheetProduct } from 'upcross'
import { describe, expect, it } from 'vitest'
import { renderSellingSheet } from './render-selling-sheet.js'

const product = (sku: string, title: string): SheetProduct => ({
  sku,
  title,
  category: 'Computers > Laptops',
  price: 89900,
  upgrades: [
    {
      sku: 'L2',
      title: 'Laptop 14", 16 GB',
      price: 109900,
      reasons: [
        {
          code: 'upgrade',
          from: sku,
          to: 'L2',
          price_delta: 20000,
          price_delta_pct: 0.2225,
          what_you_gain: [{ code: 'bigger_pack', from: '8 GB', to: '16 GB' }],
          source: 'declared',
          relation: 'tier',
          step: 'next',
        },
      ],
    },
  ],
  addOns: [],
  crossSells: [
    {
      sku: 'BAG',
      title: 'Bag <img src=x onerror=alert(1)> & sleeve',
      price: 3990,
      reasons: [
        {
          code: 'bought_together',
          anchor: sku,
          orders: 2,
          support: 0.1,
          confidence: 0.4,
          lift: 1.1,
        },
      ],
    },
  ],
})

describe('renderSellingSheet', () => {
  const html = renderSellingSheet(
    [product('L1', 'Laptop <b>14"</b> & co'), product('L9', 'Other laptop')],
    { currency: 'EUR', title: 'Laptops & Co — selling sheet' },
  )

  it('escapes every title, in headings, tables and reason sentences', () => {
    expect(html).toContain(
      '<h2>Laptop &lt;b&gt;14&quot;&lt;/b&gt; &amp; co <span class="sku">L1</span></h2>',
    )
    expect(html).toContain('Bag &lt;img src=x onerror=alert(1)&gt; &amp; sleeve')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    // The reason names the anchor by its (escaped) title.
    expect(html).toContain(
      '40% of orders with Laptop &lt;b&gt;14&quot;&lt;/b&gt; &amp; co also had this',
    )
    expect(html).toContain('<title>Laptops &amp; Co — selling sheet</title>')
  })

  it('lists the upgrade with its price step and the reason to mention it', () => {
    expect(html).toContain('€1,099.00<br><span class="sku">+€200.00</span>')
    expect(html).toContain(
      'Upgrade: Laptop 14&quot;, 16 GB — +200.00 (+22 %), next tier; bigger: 8 GB → 16 GB',
    )
    expect(html).toContain('No add-on declared.')
  })

  it('prints one product per A4 page', () => {
    expect(html).toContain('@page { size: A4;')
    expect(html).toContain('break-after: page')
    expect(html.match(/<section class="product"/g)).toHaveLength(2)
  })
})
