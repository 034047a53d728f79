import { DAY_MS, type FollowUpMessage } from 'upcross'
import { describe, expect, it } from 'vitest'
import { renderAbandonedCart } from './render-abandoned-cart.js'
import { renderFollowUp } from './render-follow-up.js'
import { renderOrderConfirmation } from './render-order-confirmation.js'
import { LINKS, nameOf, OFFERS, STORE } from './test-support/fixtures.js'

const order = { id: '1001', lines: [{ sku: 'L1', quantity: 2, unitPrice: 89900 }] }

describe('renderOrderConfirmation', () => {
  it('renders the order, at most three offers and a plain-text alternative', async () => {
    const many = [...OFFERS, { ...OFFERS[0]!, sku: 'MOUSE' }, { ...OFFERS[0]!, sku: 'X' }]
    const email = await renderOrderConfirmation({
      store: STORE,
      customer: { email: 'a@example.com' },
      order,
      offers: many,
      nameOf,
      links: LINKS,
    })
    expect(email.subject).toBe('Your order 1001 at Laptops & Co is confirmed')
    expect(email.html).toMatch(/^<!doctype html>/i)
    expect(email.html).toContain('€1,798.00')
    expect(email.text).toContain('- Laptop 14", 8 GB × 2: €1,798.00\nTotal: €1,798.00')
    // The discounted warranty shows what it costs now and what it cost before.
    expect(email.text).toContain('* 3-year warranty — €116.10 (was €129.00)')
    expect(email.html).toContain('<s style="color:#888888;font-weight:normal">€129.00</s>')
    expect(email.text).toContain('* Mouse')
    expect(email.text).not.toContain('* X')
    // No web fonts fetched from a CDN.
    expect(email.html).not.toContain('fonts.googleapis.com')
  })

  it('prices offers and lines through priceOf and formats them for the locale', async () => {
    const email = await renderOrderConfirmation({
      store: { ...STORE, locale: 'de' },
      customer: { email: 'a@example.com' },
      order: { id: '7', lines: [{ sku: 'L1', quantity: 1 }] },
      offers: [{ sku: 'MOUSE', kind: 'cross_sell', score: 1, reasons: [] }],
      nameOf,
      priceOf: (sku) => (sku === 'L1' ? 89900 : 1990),
      links: LINKS,
    })
    // German puts the sign after the amount, behind a no-break space.
    expect(email.text).toContain('- Laptop 14", 8 GB × 1: 899,00\u00a0€')
    expect(email.text).toContain('* Mouse — 19,90\u00a0€')
  })

  it('refuses links that are not http(s) and placeholders it cannot fill', async () => {
    const input = {
      store: STORE,
      customer: { email: 'a@example.com' },
      order,
      offers: OFFERS,
      nameOf,
    }
    await expect(
      renderOrderConfirmation({ ...input, links: { product: 'javascript:alert(1)//{sku}' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(
      renderOrderConfirmation({ ...input, links: { product: 'https://shop.example/{slug}' } }),
    ).rejects.toThrow(/no value for \{slug\}/)
    // A SKU is encoded, so it cannot break out of its path segment.
    const email = await renderOrderConfirmation({
      ...input,
      offers: [{ ...OFFERS[0]!, sku: '../a b?x=1' }],
      links: { product: 'https://shop.example/p/{sku}' },
    })
    expect(email.text).toContain('https://shop.example/p/..%2Fa%20b%3Fx%3D1')
  })

  it('keeps a subject on one line whatever the store name holds', async () => {
    const email = await renderOrderConfirmation({
      store: { ...STORE, name: 'Evil\r\nBcc: x@example.com' },
      customer: { email: 'a@example.com' },
      order,
      offers: [],
      nameOf,
      links: LINKS,
    })
    expect(email.subject).toBe('Your order 1001 at Evil Bcc: x@example.com is confirmed')
    expect(email.text).not.toContain('Goes well with your order')
  })
})

describe('renderAbandonedCart', () => {
  it('leads back to the cart and shows the offers', async () => {
    const email = await renderAbandonedCart({
      store: STORE,
      customer: { email: 'a@example.com', name: 'Ann' },
      cart: { id: 'cart 9', lines: [{ sku: 'L1', quantity: 1, unitPrice: 89900 }] },
      offers: OFFERS.slice(0, 1),
      nameOf,
      links: LINKS,
    })
    expect(email.subject).toBe('You left something in your cart at Laptops & Co')
    expect(email.text).toContain('Return to your cart: https://shop.example/cart?restore=cart%209')
    expect(email.html).toContain('href="https://shop.example/cart?restore=cart%209"')
    expect(email.text).toContain('utm_campaign=email_abandoned_cart')
    expect(email.html).toContain('Bag &lt;script&gt;')
  })

  it('needs a cart link and a non-empty cart', async () => {
    const input = { store: STORE, customer: { email: 'a@example.com' }, offers: [], nameOf }
    await expect(
      renderAbandonedCart({
        ...input,
        cart: { lines: order.lines },
        links: { product: LINKS.product },
      }),
    ).rejects.toThrow(/links.cart/)
    await expect(
      renderAbandonedCart({ ...input, cart: { lines: [] }, links: LINKS }),
    ).rejects.toThrow(/empty/)
  })
})

describe('renderFollowUp', () => {
  it('renders a scheduled warranty offer with its reason', async () => {
    const message: FollowUpMessage = {
      kind: 'warranty',
      sku: 'W1',
      anchor: 'L1',
      sendAt: 30 * DAY_MS,
      afterDays: 30,
      basis: 'settings',
      reason: {
        code: 'addon',
        relation: 'warranty_for',
        anchor: 'L1',
        attach_rate: 0.2,
        orders: 1,
        anchor_orders: 5,
      },
    }
    const email = await renderFollowUp({
      store: STORE,
      customer: { email: 'a@example.com', name: 'Ann' },
      message,
      nameOf,
      priceOf: () => 12900,
      links: LINKS,
    })
    expect(email.subject).toBe('Protect your Laptop 14", 8 GB')
    expect(email.text).toContain(
      'Hello Ann, you can still extend the cover of your Laptop 14", 8 GB.',
    )
    expect(email.text).toContain('* 3-year warranty — €129.00')
    expect(email.html).toContain('Protect your Laptop 14&quot;, 8 GB')
  })
})
