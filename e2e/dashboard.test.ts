/**
 * The merchant dashboard in headless Chromium against the real server (in process, in-memory
 * SQLite): sign in with the store's secret key, import a catalog and an orders file with bad rows
 * (each rejected row shown with its line and reason), train, look at a product's relations,
 * preview offers, get a configuration refused with its issue next to the field, and read the
 * analytics the server reports. Screenshots of each step go to e2e/screenshots/dashboard-*.png.
 */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createUpcrossClient, type UpcrossClient } from '@upcross/client'
import { type App, createApp } from '@upcross/server'
import { openStore } from '@upcross/store-sql'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserTestsEnabled, launchChromium } from './support/chromium.js'
import { ensureDashboardBuilt } from './support/dashboard-build.js'

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url))
const FIXTURES = fileURLToPath(new URL('./__fixtures__/dashboard/', import.meta.url))
const ADMIN = 'e2e-dashboard-admin-token-0123456789abcdef'
const STORE = 'shop'

/** The rows the orders fixture must be reported with: [line, column, code]. */
const REJECTED: [number, string, string][] = [
  [6, 'ordered_at', 'invalid_time'],
  [7, 'quantity', 'invalid_quantity'],
  [8, 'unit_price', 'invalid_price'],
  [9, '—', 'order_rejected'],
  [10, '—', 'field_count'],
  [11, 'sku', 'missing_value'],
  [13, '—', 'unclosed_quote'],
]

describe.runIf(browserTestsEnabled())('merchant dashboard in Chromium', () => {
  let store: Awaited<ReturnType<typeof openStore>>
  let app: App
  let url: string
  let secret: string
  let publishable: string
  let browser: Browser
  let page: Page
  const shot = (name: string) =>
    page.screenshot({ path: `${SHOTS}dashboard-${name}.png`, fullPage: true })
  const go = async (hash: string, heading: string) => {
    await page.goto(`${url}/dashboard/${hash}`)
    await page.getByRole('heading', { level: 1, name: heading }).waitFor()
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    ensureDashboardBuilt()
    store = await openStore('sqlite::memory:')
    app = createApp({
      store,
      config: { adminToken: ADMIN, logLevel: 'silent', requestLogging: false, rateLimit: false },
    })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const address = app.server.address()
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    const admin = createUpcrossClient({ baseUrl: url, key: ADMIN })
    await admin.createStore({ id: STORE, name: 'Laptop shop', currency: 'EUR' })
    secret = (await admin.createKey(STORE, 'secret')).key
    publishable = (await admin.createKey(STORE, 'publishable')).key
    browser = await launchChromium()
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    page.on('pageerror', (e) => {
      throw e
    })
  })

  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await store?.close()
  })

  it('refuses a publishable key, then signs in with the secret key', async () => {
    await page.goto(`${url}/dashboard/`)
    await page.getByLabel('Store id').fill(STORE)
    await page.getByLabel('Secret key').fill(publishable)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('use its secret key')
    await page.getByLabel('Secret key').fill(secret)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor()
    expect(await page.getByTestId('count-orders').textContent()).toBe('0')
    await shot('01-overview')
  })

  it('imports the catalog: the bad price is reported with its line, the HTML in a title stays text', async () => {
    await go('#/import', 'Import')
    const panel = page.getByTestId('import-products')
    await panel.locator('input[type=file]').setInputFiles(`${FIXTURES}products.csv`)
    await panel.getByRole('button', { name: 'Import products' }).click()
    const report = panel.getByTestId('report-products')
    await report.waitFor()
    expect(await report.getByTestId('inserted').textContent()).toBe('3')
    const rows = await report.locator('[data-testid=rejected-table] tbody tr').allTextContents()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatch(/^5price/)
    expect(rows[0]).toContain('invalid_price')
  })

  it('imports an orders file with bad rows: every rejected row is shown with its line and reason', async () => {
    const panel = page.getByTestId('import-orders')
    await panel.locator('input[type=file]').setInputFiles(`${FIXTURES}orders-with-bad-rows.csv`)
    await panel.getByRole('button', { name: 'Import orders' }).click()
    const report = panel.getByTestId('report-orders')
    await report.waitFor()
    expect(await report.getByTestId('inserted').textContent()).toBe('4')
    const table = report.getByTestId('rejected-table')
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      )
    expect(cells.map(([line, column, , , code]) => [Number(line), column, code])).toEqual(REJECTED)
    // Each reason says what is wrong, in words.
    const reasons = Object.fromEntries(cells.map((c) => [Number(c[0]), c[3]]))
    expect(reasons[6]).toMatch(/zone/)
    expect(reasons[7]).toContain('"two"')
    expect(reasons[8]).toMatch(/unitPrice|price/)
    expect(reasons[10]).toContain('expected 6 fields')
    expect(reasons[13]).toMatch(/never closed/)
    const excluded = await report.locator('[data-testid=excluded-table] tbody tr').allTextContents()
    expect(excluded).toHaveLength(1)
    expect(excluded[0]).toMatch(/^12quantity/)
    await shot('02-import-report')
    expect(await store.countOrders(STORE)).toBe(4)
  })

  it('imports the same file again without storing anything twice', async () => {
    const panel = page.getByTestId('import-orders')
    await panel.getByRole('button', { name: 'Import orders' }).click()
    await expect.poll(() => panel.getByTestId('inserted').textContent()).toBe('0')
    expect(await panel.getByText('Already stored').locator('..').locator('dd').textContent()).toBe(
      '4',
    )
    expect(await store.countOrders(STORE)).toBe(4)
  })

  it('trains a model from the overview with a progress bar', async () => {
    await go('#/overview', 'Overview')
    await page.getByRole('button', { name: 'Train a model now' }).click()
    await page.getByText(/^Trained:/).waitFor()
    await expect.poll(() => page.getByTestId('model-version').textContent()).toBe('1')
    await shot('03-trained')
  })

  it('shows a product with its declared and learned relations as a graph and a table', async () => {
    await go('#/products/LAPTOP', 'Products')
    const view = page.getByTestId('product-relations')
    await view.waitFor()
    // The title is the merchant's text, escaped: no <b> element comes from it.
    expect(await view.locator('h2').textContent()).toContain('<b>8 GB</b>')
    expect(await view.locator('h2 b').count()).toBe(0)
    await view.getByTestId('relations-graph').locator('svg').waitFor()
    const table = await view.locator('table tbody tr').allTextContents()
    expect(table.some((t) => t.includes('BAG') && t.includes('learned'))).toBe(true)
    await shot('04-product-graph')
  })

  it('previews the offers for a cart with their explanations', async () => {
    await go('#/preview', 'Preview')
    await page.getByLabel('Cart (SKUs)').fill('LAPTOP')
    await page.getByRole('button', { name: 'Show offers' }).click()
    const offers = page.getByTestId('preview-offers')
    await offers.waitFor()
    const items = await offers.locator('ol.offers > li').allTextContents()
    expect(items.length).toBeGreaterThan(0)
    expect(items.join('\n')).toMatch(/orders with .*also had this/)
    await shot('05-preview')
  })

  it('shows the server’s validation issue next to the field, then saves the fixed document', async () => {
    await go('#/config/thresholds', 'Configuration')
    const doc = page.getByTestId('config-thresholds')
    await doc.getByRole('button', { name: 'Add a rule set' }).click()
    await doc.getByLabel('Currency', { exact: true }).fill('euro')
    await doc.getByRole('button', { name: 'Save' }).click()
    await doc.getByTestId('issue-summary').waitFor()
    const currency = doc.getByLabel('Currency', { exact: true })
    expect(await currency.getAttribute('aria-invalid')).toBe('true')
    const described = (await currency.getAttribute('aria-describedby')) ?? ''
    const issueId = described.split(' ').find((id) => id.endsWith('-issues'))!
    expect(await page.locator(`[id="${issueId}"]`).textContent()).toContain('ISO 4217')
    await shot('06-config-issue')
    await currency.fill('EUR')
    await doc.getByRole('button', { name: 'Save' }).click()
    await doc.getByText('Saved as version 1.').waitFor()
    expect(
      (await createUpcrossClient({ baseUrl: url, key: secret }).getConfig(STORE, 'thresholds'))
        ?.value,
    ).toEqual({
      rule_sets: [
        {
          currency: 'EUR',
          region: '*',
          tiers: [{ threshold: 5000, reward: { kind: 'free_shipping' } }],
        },
      ],
    })
  })

  it('renders the analytics numbers the server reports', async () => {
    const shop = createUpcrossClient({ baseUrl: url, key: publishable })
    await recordTraffic(shop)
    const client = createUpcrossClient({ baseUrl: url, key: secret })
    const report = await client.analytics(STORE)
    expect(report.totals.impressions).toBeGreaterThan(0)
    // The three held-out buyers (recordTraffic) against the four that saw offers.
    expect(report.lift?.control.units).toBe(3)
    expect(report.lift?.treated.units).toBe(4)
    await go('#/analytics', 'Analytics')
    await page.getByTestId('analytics').waitFor()
    const eur = new Intl.NumberFormat('en', { style: 'currency', currency: report.currency })
    const text = (id: string) => page.getByTestId(id).textContent()
    expect(await text('kpi-shown')).toBe(
      new Intl.NumberFormat('en').format(report.totals.impressions),
    )
    expect(await text('kpi-take-rate')).toBe(
      report.totals.takeRate === null ? '—' : `${(report.totals.takeRate * 100).toFixed(1)} %`,
    )
    expect(await text('kpi-attributed-revenue')).toBe(
      eur.format(report.totals.attributedRevenue / 100),
    )
    for (const row of report.byPlacement) {
      const cells = await page
        .getByTestId('placement-table')
        .locator(`tr[data-key="${row.key}"] td`)
        .allTextContents()
      expect(cells[0]).toBe(new Intl.NumberFormat('en').format(row.impressions))
    }
    expect(await page.getByTestId('lift').textContent()).toContain(
      '4 customers saw offers, 3 were held out',
    )
    await page.getByTestId('chart-placement').locator('svg').waitFor()
    await shot('07-analytics')
  })
})

/** Storefront traffic: offers shown to customers, some taken and bought; a holdout that saw none. */
async function recordTraffic(shop: UpcrossClient): Promise<void> {
  const now = Date.now()
  const iso = (ms: number) => new Date(ms).toISOString()
  const events: Parameters<UpcrossClient['sendEvents']>[1] = []
  for (let i = 0; i < 4; i++) {
    const customer = `t${i}`
    const answer = await shop.offers(STORE, {
      placement: 'cart',
      cart: ['LAPTOP'],
      customer,
      limit: 2,
    })
    for (const [k, o] of answer.offers.entries())
      events.push({
        id: `imp-${i}-${k}`,
        kind: 'impression',
        offerId: o.id,
        sku: o.sku,
        placement: 'cart',
        customer,
        at: iso(now - 7_200_000),
      })
    const first = answer.offers[0]
    if (first && i % 2 === 0) {
      events.push({
        id: `acc-${i}`,
        kind: 'accept',
        offerId: first.id,
        sku: first.sku,
        placement: 'cart',
        customer,
        at: iso(now - 7_000_000),
      })
      events.push({
        id: `buy-${i}`,
        kind: 'purchase',
        orderId: `web-${i}`,
        sku: first.sku,
        quantity: 1,
        revenue: 39.9,
        customer,
        at: iso(now - 3_600_000),
      })
    }
    events.push({
      id: `buy-l-${i}`,
      kind: 'purchase',
      orderId: `web-${i}`,
      sku: 'LAPTOP',
      quantity: 1,
      revenue: 899,
      customer,
      at: iso(now - 3_600_000),
    })
  }
  for (let i = 0; i < 3; i++)
    events.push({
      id: `hold-${i}`,
      kind: 'purchase',
      orderId: `hold-${i}`,
      sku: 'LAPTOP',
      quantity: 1,
      revenue: 899,
      customer: `h${i}`,
      holdout: true,
      at: iso(now - 3_600_000),
    })
  const report = await shop.sendEvents(STORE, events)
  expect(report.rejected).toBe(0)
}
