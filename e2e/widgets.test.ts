/**
 * Each widget in headless Chromium against a stubbed API: what it asks, what it renders (and
 * escapes), which events it sends and fires, how it follows the cart, honours dismissals, takes
 * the shop's theme, and that its arrival shifts nothing.
 */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { browserTestsEnabled, launchChromium } from './support/chromium.js'
import { type Answer, SHOP, STUB_KEY, stubShop } from './support/stub-shop.js'
import { ensureWidgetsBuilt } from './support/widgets-bundle.js'

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url))

const offer = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `r.${i}`,
  sku: `S${i}`,
  kind: 'cross_sell',
  score: 1 - i / 10,
  text: [`${30 + i}% of orders with the cart also had this`],
  title: `Product ${i}`,
  price: 250 + i * 100,
  ...extra,
})
const answer = (offers: unknown[], extra: Record<string, unknown> = {}) => ({
  requestId: 'r',
  placement: 'cart',
  currency: 'EUR',
  offers,
  ...extra,
})

describe.runIf(browserTestsEnabled())('widgets in Chromium (stubbed API)', () => {
  let bundle: string
  let browser: Browser
  let page: Page
  const open = async (body: string, reply: Answer) => {
    const log = await stubShop(page, bundle, body, reply)
    await page.goto(`${SHOP}/`)
    return log
  }
  const flush = () =>
    page.evaluate(() =>
      (window as unknown as { Upcross: { flush(): Promise<void> } }).Upcross.flush(),
    )

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    bundle = ensureWidgetsBuilt()
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } })
  })
  afterEach(async () => {
    await page.close()
  })

  it('asks with the publishable key and shows each offer with its reason and price', async () => {
    const log = await open('<upcross-cross-sell cart="A,B"></upcross-cross-sell>', () =>
      answer([offer(1), offer(2)]),
    )
    const cards = page.locator('upcross-cross-sell li[part=card]')
    await expect.poll(() => cards.count()).toBe(2)
    // One GET without a header: cross-origin, a browser sends it with no CORS preflight.
    expect(log.method).toBe('GET')
    expect(log.headers['authorization']).toBeUndefined()
    expect(log.headers['content-type']).toBeUndefined()
    expect(log.offers[0]).toMatchObject({
      placement: 'cart',
      cart: ['A', 'B'],
      limit: 3,
      key: STUB_KEY,
    })
    expect(await cards.first().locator('.reason').textContent()).toBe(
      '31% of orders with the cart also had this',
    )
    expect(await cards.first().locator('.price').textContent()).toBe('€3.50')
  })

  it('escapes every server string: markup in titles and reasons stays text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b>'
    await open('<upcross-cross-sell cart="A"></upcross-cross-sell>', () =>
      answer([offer(1, { title: evil, text: [evil] })]),
    )
    const card = page.locator('upcross-cross-sell li[part=card]').first()
    await card.waitFor()
    expect(await card.locator('.title').textContent()).toBe(evil)
    expect(await card.locator('img, b').count()).toBe(0)
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined()
  })

  it('follows the cart: the attribute, the property and upcross:cart-changed each ask again', async () => {
    const log = await open('<upcross-cross-sell></upcross-cross-sell>', (b) =>
      answer([offer(((b['cart'] ?? b['lines']) as unknown[]).length)]),
    )
    // An empty cart asks nothing: there is nothing to relate to yet.
    await page.waitForTimeout(300)
    expect(log.offers).toHaveLength(0)
    await page.evaluate(() =>
      document.querySelector('upcross-cross-sell')!.setAttribute('cart', '["A"]'),
    )
    await expect.poll(() => log.offers.length).toBe(1)
    await page.evaluate(() => {
      ;(document.querySelector('upcross-cross-sell') as unknown as { cart: unknown }).cart = [
        { sku: 'A', quantity: 2 },
        { sku: 'B', quantity: 1 },
      ]
    })
    // lines with quantities go as `lines` (thresholds count quantities)
    await expect
      .poll(() => log.offers.at(-1)?.['lines'])
      .toEqual([
        { sku: 'A', quantity: 2 },
        { sku: 'B', quantity: 1 },
      ])
    expect(log.offers.at(-1)?.['cart']).toBeUndefined()
    await page.evaluate(() =>
      dispatchEvent(new CustomEvent('upcross:cart-changed', { detail: { cart: ['A', 'B', 'C'] } })),
    )
    await expect.poll(() => log.offers.at(-1)?.['cart']).toEqual(['A', 'B', 'C'])
    await expect
      .poll(() => page.locator('upcross-cross-sell .title').textContent())
      .toBe('Product 3')
  })

  it('accept fires upcross:add-to-cart for the shop and sends impression and accept events', async () => {
    const log = await open('<upcross-upsell sku="V1"></upcross-upsell>', () =>
      answer([offer(1, { kind: 'upsell', text: ['Upgrade: bigger'] })], { placement: 'product' }),
    )
    await page.evaluate(() => {
      const w = window as unknown as { __added: unknown[] }
      w.__added = []
      document.addEventListener('upcross:add-to-cart', (e) =>
        w.__added.push((e as CustomEvent).detail),
      )
    })
    const add = page.locator('upcross-upsell .add').first()
    await add.click()
    expect(
      await page.evaluate(() => (window as unknown as { __added: unknown[] }).__added),
    ).toEqual([{ skus: ['S1'], sku: 'S1', offerId: 'r.1', placement: 'product' }])
    expect(await add.textContent()).toMatch(/Added/)
    expect(log.offers[0]).toMatchObject({ placement: 'product', sku: 'V1' })
    await flush()
    expect(log.events.map((e) => [e['kind'], e['offerId'], e['placement']])).toEqual([
      ['impression', 'r.1', 'product'],
      ['accept', 'r.1', 'product'],
    ])
    expect(new Set(log.events.map((e) => e['id'])).size).toBe(2)
  })

  it('a dismissed offer is gone, stays gone on the next page view, and the server is told', async () => {
    const log = await open('<upcross-cross-sell cart="A"></upcross-cross-sell>', () =>
      answer([offer(1), offer(2)]),
    )
    await page.locator('upcross-cross-sell li[part=card]').first().waitFor()
    await page.locator('upcross-cross-sell .dismiss').first().click()
    await expect
      .poll(() => page.locator('upcross-cross-sell .title').allTextContents())
      .toEqual(['Product 2'])
    // Focus moves to what is left, so a keyboard user is not dropped at the top of the page.
    expect(
      await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className),
    ).toBe('add')
    await flush()
    expect(log.events.find((e) => e['kind'] === 'dismiss')).toMatchObject({
      offerId: 'r.1',
      sku: 'S1',
    })
    await page.reload()
    await page.locator('upcross-cross-sell li[part=card]').first().waitFor()
    expect(await page.locator('upcross-cross-sell .title').allTextContents()).toEqual(['Product 2'])
    // One spare asked for, so the dismissed one does not leave the row short.
    expect(log.offers.at(-1)).toMatchObject({ limit: 4 })
  })

  it("the free-shipping bar renders the server's threshold state exactly, and nothing without rules", async () => {
    const tier = { threshold: 3000, reward: { kind: 'free_shipping' } }
    const log = await open(
      '<upcross-free-shipping-bar cart="A"></upcross-free-shipping-bar>',
      (b) =>
        (b['cart'] as string[]).length === 1
          ? answer([], { thresholds: { counted: 2250, reached: [], next: { tier, gap: 750 } } })
          : (b['cart'] as string[]).length === 2
            ? answer([], { thresholds: { counted: 3100, reached: [tier], next: null } })
            : answer([]),
    )
    const message = page.locator('upcross-free-shipping-bar .message')
    await expect.poll(() => message.textContent()).toBe('Add €7.50 more for free shipping')
    const bar = page.locator('upcross-free-shipping-bar [role=progressbar]')
    expect(await bar.getAttribute('aria-valuenow')).toBe('2250')
    expect(await bar.getAttribute('aria-valuemax')).toBe('3000')
    expect(await page.locator('upcross-free-shipping-bar [part=fill]').getAttribute('style')).toBe(
      'width:75.0%',
    )
    await page.screenshot({ path: `${SHOTS}widget-free-shipping-bar.png` })
    await page.evaluate(() =>
      dispatchEvent(new CustomEvent('upcross:cart-changed', { detail: { cart: ['A', 'B'] } })),
    )
    await expect.poll(() => message.textContent()).toBe('You have unlocked free shipping')
    await page.evaluate(() =>
      dispatchEvent(new CustomEvent('upcross:cart-changed', { detail: { cart: ['A', 'B', 'C'] } })),
    )
    await expect.poll(() => log.offers.length).toBe(3)
    await expect.poll(() => message.count()).toBe(0)
    // The bar shows no offers, so it claims no impressions.
    await flush()
    expect(log.events).toEqual([])
  })

  it('the bundle adds all its missing items with one button and shows the saving', async () => {
    await open('<upcross-bundle sku="V1"></upcross-bundle>', () =>
      answer(
        [
          offer(1),
          offer(2, { kind: 'bundle', items: ['V1', 'S2', 'S3'], price: 900, discount: 100 }),
        ],
        { placement: 'product', titles: { V1: 'Viewed', S3: 'Third' } },
      ),
    )
    await page.evaluate(() => {
      const w = window as unknown as { __added: unknown[] }
      w.__added = []
      document.addEventListener('upcross:add-to-cart', (e) =>
        w.__added.push((e as CustomEvent).detail),
      )
    })
    const section = page.locator('upcross-bundle section')
    await section.waitFor()
    expect(await section.locator('.items .title').allTextContents()).toEqual([
      'Viewed',
      'Product 2',
      'Third',
    ])
    expect(await section.locator('.price').textContent()).toBe('+€8.00 (save €1.00)')
    await page.screenshot({ path: `${SHOTS}widget-bundle.png` })
    await section.locator('.add').click()
    expect(
      await page.evaluate(
        () => (window as unknown as { __added: { skus: string[] }[] }).__added[0]?.skus,
      ),
    ).toEqual(['V1', 'S2', 'S3'])
  })

  it('the rule of three shows at most three options, cheapest first', async () => {
    await open('<upcross-choices sku="V1" limit="5"></upcross-choices>', () =>
      answer(
        [offer(1, { price: 900 }), offer(2, { price: 400 }), offer(3, { price: 1500 }), offer(4)],
        {
          placement: 'choices',
        },
      ),
    )
    await page.locator('upcross-choices li[part=card]').first().waitFor()
    expect(await page.locator('upcross-choices .price').allTextContents()).toEqual([
      '€4.00',
      '€9.00',
      '€15.00',
    ])
  })

  it('the checkout pop-up waits for a chosen cart, takes focus, and opens once per session', async () => {
    const log = await open(
      '<button id="before">pay</button><upcross-checkout-offer></upcross-checkout-offer>',
      () => answer([offer(1)], { placement: 'checkout' }),
    )
    await page.waitForTimeout(300)
    expect(log.offers).toHaveLength(0)
    await page.evaluate(() =>
      document.querySelector('upcross-checkout-offer')!.setAttribute('cart', 'A'),
    )
    const dialog = page.locator('upcross-checkout-offer dialog')
    await dialog.waitFor({ state: 'visible' })
    expect(
      await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className),
    ).toBe('add')
    await page.locator('upcross-checkout-offer .decline').click()
    await dialog.waitFor({ state: 'hidden' })
    await page.reload()
    await page.evaluate(() =>
      document.querySelector('upcross-checkout-offer')!.setAttribute('cart', 'A'),
    )
    await expect.poll(() => log.offers.length).toBe(2)
    await page.waitForTimeout(200)
    expect(await dialog.isVisible()).toBe(false)
  })

  it("takes the shop's theme through custom properties and parts, and its arrival shifts nothing", async () => {
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number }
      w.__cls = 0
      new PerformanceObserver((l) => {
        for (const e of l.getEntries() as (PerformanceEntry & { value: number })[])
          w.__cls += e.value
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await open(
      `<style>
        upcross-thank-you { display: block; min-height: 15rem; --upcross-accent: rgb(255, 0, 0); }
        upcross-thank-you::part(title) { text-transform: uppercase; }
      </style>
      <upcross-thank-you cart="A"></upcross-thank-you><p id="below">below</p>`,
      () => answer([offer(1)], { placement: 'thank_you' }),
    )
    const add = page.locator('upcross-thank-you .add')
    await add.waitFor()
    expect(await add.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 0, 0)')
    expect(
      await page
        .locator('upcross-thank-you .title')
        .evaluate((el) => getComputedStyle(el).textTransform),
    ).toBe('uppercase')
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0)
  })

  it('a failing server leaves the page as it was and is not asked again at once', async () => {
    let calls = 0
    await stubShop(
      page,
      bundle,
      '<upcross-cross-sell cart="A"></upcross-cross-sell><upcross-upsell sku="B"></upcross-upsell>',
      () => {
        calls++
        return answer([offer(1)])
      },
    )
    await page.route(`${SHOP}/v1/**`, (route) => {
      calls++
      return route.fulfill({ status: 503, json: { error: { code: 'unavailable' } } })
    })
    await page.goto(`${SHOP}/`)
    await page.waitForTimeout(500)
    expect(await page.locator('upcross-cross-sell li, upcross-upsell li').count()).toBe(0)
    await page.evaluate(() =>
      dispatchEvent(new CustomEvent('upcross:cart-changed', { detail: { cart: ['A', 'C'] } })),
    )
    await page.waitForTimeout(300)
    // Both widgets asked at start (in parallel); after the failure the client stays quiet.
    expect(calls).toBeLessThanOrEqual(2)
  })
})
