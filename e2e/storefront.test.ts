/**
 * The demo store in headless Chromium against the real server: view a product (upsell with its
 * reason), add to cart (mini-cart cross-sell and free-shipping bar follow), accept an offer in
 * the cart, meet the checkout pop-up, check out, see the thank-you offer; then the server must
 * hold the impressions, accepts, dismissal and purchases. Screenshots of each step go to
 * e2e/screenshots/, with the product page's measured layout shift in metrics.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { OfferEvent } from '@upcross/engine'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserTestsEnabled, launchChromium } from './support/chromium.js'
import { ensureDashboardBuilt } from './support/dashboard-build.js'
import { LADDER_BASE } from './support/demo-data.js'
import { type DemoServer, FREE_SHIPPING_AT, startDemoServer } from './support/demo-server.js'
import { ensureWidgetsBuilt } from './support/widgets-bundle.js'

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url))

/** Collects layout shifts from the first paint on (buffered), as CLS counts them. */
const RECORD_SHIFTS = () => {
  type Shift = PerformanceEntry & {
    value: number
    hadRecentInput: boolean
    sources: { node?: Node }[]
  }
  const w = window as unknown as { __shifts: { value: number; sources: string[] }[] }
  w.__shifts = []
  const name = (n?: Node) =>
    n instanceof Element
      ? `${n.localName}${n.id ? `#${n.id}` : ''}${[...n.attributes].map((a) => `[${a.name}]`).join('')}`
      : String(n?.nodeName)
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Shift[])
      if (!e.hadRecentInput)
        w.__shifts.push({ value: e.value, sources: e.sources.map((s) => name(s.node)) })
  }).observe({ type: 'layout-shift', buffered: true })
}

describe.runIf(browserTestsEnabled())('demo store in Chromium', () => {
  let server: DemoServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const metrics: Record<string, unknown> = {}
  const shot = (name: string) => page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true })
  const events = async (): Promise<OfferEvent[]> => {
    // Events are batched for a second; make the page send what it holds, then read the store.
    await page.evaluate(() =>
      (window as unknown as { Upcross: { flush(): Promise<void> } }).Upcross.flush(),
    )
    return server.store.listEvents(server.storeId)
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    ensureWidgetsBuilt()
    server = await startDemoServer()
    browser = await launchChromium()
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript(RECORD_SHIFTS)
    page = await context.newPage()
    page.on('pageerror', (e) => {
      throw e
    })
  })

  afterAll(async () => {
    writeFileSync(`${SHOTS}metrics.json`, `${JSON.stringify(metrics, null, 2)}\n`)
    await browser?.close()
    await server?.close()
  })

  it('product page: the upsell widget shows the upgrade with its reason, without layout shift', async () => {
    await page.goto(`${server.url}/demo/product.html?sku=${LADDER_BASE}`)
    const first = page.locator('upcross-upsell li[part=card]').first()
    await first.waitFor()
    expect(await first.locator('[part=badge]').textContent()).toBe('Upgrade')
    expect(await first.locator('.title').textContent()).toMatch(
      /VICTORIAN SEWING BOX (MEDIUM|LARGE)/,
    )
    expect(await first.locator('.reason').textContent()).toMatch(/^Upgrade: .*\+/)
    // The rule of three: the sizes around the viewed one, at most three.
    const choices = await page.locator('upcross-choices li[part=card]').count()
    expect(choices).toBeGreaterThanOrEqual(1)
    expect(choices).toBeLessThanOrEqual(3)
    // Let late work (fonts, other widgets) settle before summing the shifts.
    await page.waitForTimeout(1000)
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts,
    )
    const cls = shifts.reduce((sum, s) => sum + s.value, 0)
    metrics['productPageCLS'] = cls
    metrics['productPageShifts'] = shifts
    process.stdout.write(`product page cumulative layout shift: ${cls.toFixed(4)}\n`)
    expect(cls).toBeLessThan(0.01)
    await shot('01-product')
  })

  it('accepting the upsell adds the upgrade to the shop cart; the mini-cart cross-sell follows', async () => {
    const upgrade = page.locator('upcross-upsell li[part=card]').first()
    await upgrade.locator('.add').click()
    await expect.poll(() => upgrade.locator('.add').textContent()).toMatch(/Added/)
    expect(await page.locator('[data-cart-count]').textContent()).toBe('1')
    await page.locator('[data-mini-cart-toggle]').click()
    await page.locator('[data-mini-cart] upcross-cross-sell li[part=card]').first().waitFor()
    await shot('02-upsell-accepted-mini-cart')
  })

  it('cart: accepting a cross-sell adds it to the shop cart; a dismissed one stays away', async () => {
    await page.goto(`${server.url}/demo/cart.html`)
    const card = page.locator('main upcross-cross-sell li[part=card]').first()
    await card.waitFor()
    const offered = await card.locator('.title').textContent()
    // Keyboard: the add button is a real button, reachable by focus and pressed with Enter.
    await card.locator('.add').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('[data-lines] tr').count()).toBe(2)
    await expect
      .poll(() => page.locator('main upcross-cross-sell .title').allTextContents())
      .not.toContain(offered)
    const dismissed = page.locator('main upcross-cross-sell li[part=card]').first()
    const dismissedTitle = await dismissed.locator('.title').textContent()
    await dismissed.locator('.dismiss').click()
    await expect
      .poll(() => page.locator('main upcross-cross-sell .title').allTextContents())
      .not.toContain(dismissedTitle)
    await page.reload()
    await page.locator('main upcross-cross-sell li[part=card]').first().waitFor()
    expect(await page.locator('main upcross-cross-sell .title').allTextContents()).not.toContain(
      dismissedTitle,
    )
    await shot('03-cart-cross-sell-accepted')
  })

  it("cart: the free-shipping bar shows the server's threshold state and follows quantity changes", async () => {
    const bar = page.locator('main upcross-free-shipping-bar [role=progressbar]')
    const message = page.locator('main upcross-free-shipping-bar .message')
    // Rendered only when the offers answer carries the server's threshold evaluation.
    await bar.waitFor({ timeout: 10_000 })
    expect(Number(await bar.getAttribute('aria-valuemax'))).toBe(FREE_SHIPPING_AT)
    const before = Number(await bar.getAttribute('aria-valuenow'))
    expect(before).toBeGreaterThan(0)
    expect(await message.textContent()).toBe(
      `Add £${((FREE_SHIPPING_AT - before) / 100).toFixed(2)} more for free shipping`,
    )
    const quantity = page.locator('[data-lines] input').first()
    await quantity.fill('2')
    await quantity.dispatchEvent('change')
    await expect
      .poll(async () => Number(await bar.getAttribute('aria-valuenow')))
      .toBeGreaterThan(before)
    await shot('04-cart-free-shipping-bar')
  })

  it('checkout: the pop-up opens once the cart has items, takes focus, and Escape declines it', async () => {
    await page.goto(`${server.url}/demo/checkout.html`)
    const dialog = page.locator('upcross-checkout-offer dialog')
    await dialog.waitFor({ state: 'visible' })
    await expect
      .poll(() => page.locator('upcross-checkout-offer .reason').textContent())
      .not.toBe('')
    await shot('05-checkout-offer')
    const focused = await page.evaluate(
      () => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part') ?? null,
    )
    expect(focused).toBe('add')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
  })

  it('check out and thank you: the post-purchase offer shows for the order', async () => {
    await page.locator('[data-place-order]').click()
    await page.waitForURL(/thank-you\.html/)
    const cards = page.locator('upcross-thank-you li[part=card]')
    await cards.first().waitFor()
    expect(await page.locator('upcross-thank-you .reason').first().textContent()).not.toBe('')
    await shot('06-thank-you')
  })

  it('the server recorded impressions, accepts, the dismissals and the purchases', async () => {
    const all = await events()
    const count = (kind: string, placement?: string) =>
      all.filter((e) => e.kind === kind && (placement === undefined || e.placement === placement))
        .length
    metrics['events'] = Object.fromEntries(
      ['impression', 'click', 'accept', 'dismiss', 'purchase'].map((k) => [k, count(k)]),
    )
    expect(count('impression', 'product')).toBeGreaterThan(0)
    expect(count('impression', 'cart')).toBeGreaterThan(0)
    expect(count('impression', 'checkout')).toBe(1)
    expect(count('impression', 'thank_you')).toBeGreaterThan(0)
    expect(count('accept', 'product')).toBe(1)
    expect(count('accept', 'cart')).toBe(1)
    expect(count('dismiss', 'cart')).toBe(1)
    expect(count('dismiss', 'checkout')).toBe(1)
    const purchases = all.filter((e) => e.kind === 'purchase')
    expect(purchases).toHaveLength(2)
    expect(new Set(purchases.map((p) => p.orderId)).size).toBe(1)
    expect(purchases.every((p) => (p.revenue ?? 0) > 0 && p.session !== undefined)).toBe(true)
    // One shopper: every event carries the same session, so the server can tie them together.
    expect(new Set(all.map((e) => e.session)).size).toBe(1)
  })

  it('a shop on another origin gets its offers with one GET each, never a CORS preflight', async () => {
    // The shop's page from its own server (another port: another origin, same loopback).
    const shopPage = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
      <script src="${server.url}/widgets/upcross-widgets.js" defer data-api="${server.url}"
        data-store="${server.storeId}" data-key="${server.publishable}"></script></head>
      <body><upcross-cross-sell cart="${server.bestSellers[0]}"></upcross-cross-sell></body></html>`
    const shop = createServer((_req, res) => res.end(shopPage))
    await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve))
    const { port } = shop.address() as AddressInfo
    const crossContext = await browser.newContext()
    try {
      const crossPage = await crossContext.newPage()
      const from = server.requests.length
      await crossPage.goto(`http://127.0.0.1:${port}/`)
      const cards = crossPage.locator('upcross-cross-sell li[part=card]')
      await cards.first().waitFor()
      // A new cart is a new URL: a browser would preflight it again, were it not a simple request.
      await crossPage
        .locator('upcross-cross-sell')
        .evaluate(
          (el, cart) => el.setAttribute('cart', cart),
          server.bestSellers.slice(0, 2).join(','),
        )
      const offers = () =>
        server.requests.slice(from).filter((r) => r.includes(`/stores/${server.storeId}/offers`))
      await expect.poll(() => offers().length).toBe(2)
      await cards.first().waitFor()
      expect(offers().every((r) => r.startsWith('GET ') && r.includes('key=upx_pk_'))).toBe(true)
      const preflights = offers().filter((r) => r.startsWith('OPTIONS'))
      expect(preflights).toEqual([])
    } finally {
      await crossContext.close()
      await new Promise((resolve) => shop.close(resolve))
    }
  })

  it('the merchant dashboard shows those events in its analytics, per placement', async () => {
    const r = await fetch(`${server.url}/v1/stores/${server.storeId}/analytics`, {
      headers: { authorization: `Bearer ${server.secret}` },
    })
    expect(r.status).toBe(200)
    const report = (await r.json()) as {
      totals: { impressions: number; accepts: number; dismissals: number }
      byPlacement: { key: string; impressions: number; accepts: number }[]
    }
    const all = await events()
    const n = (kind: string) => all.filter((e) => e.kind === kind).length
    expect(report.totals.impressions).toBe(n('impression'))
    expect(report.totals.accepts).toBe(n('accept'))
    const cart = report.byPlacement.find((p) => p.key === 'cart')!
    expect(cart.accepts).toBe(1)
    expect(cart.impressions).toBe(
      all.filter((e) => e.kind === 'impression' && e.placement === 'cart').length,
    )
    // and the merchant dashboard shows them: sign in with the secret key, open the analytics
    ensureDashboardBuilt()
    await page.goto(`${server.url}/dashboard/`)
    await page.getByLabel('Store id').fill(server.storeId)
    await page.getByLabel('Secret key').fill(server.secret)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor()
    await page.goto(`${server.url}/dashboard/#/analytics`)
    await page.getByTestId('analytics').waitFor()
    expect(await page.getByTestId('kpi-shown').textContent()).toBe(
      new Intl.NumberFormat('en').format(n('impression')),
    )
    const cartRow = await page
      .getByTestId('placement-table')
      .locator('tr[data-key="cart"] td')
      .allTextContents()
    expect(cartRow[0]).toBe(String(cart.impressions))
    await shot('09-dashboard-analytics')
  })
})
