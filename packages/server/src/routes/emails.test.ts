import { type SmtpSink, startSmtpSink } from '@upcross/emails/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type Fixture, fixture, type StoreKeys, waitForJob } from '../test-support/fixture.js'
import { trainedStore } from '../test-support/trained-store.js'

const HOSTILE = '<b>Bag</b> & co'
const ORDER = { id: '1001', lines: [{ sku: 'LAPTOP-1', quantity: 1 }] }

let sink: SmtpSink
let f: Fixture
beforeAll(async () => {
  sink = await startSmtpSink()
})
afterAll(async () => {
  await sink.close()
})
afterEach(async () => {
  await f.close()
})

/** A trained store whose laptop bag has a title with markup in it. */
async function setup(smtp = true): Promise<StoreKeys> {
  f = fixture(
    smtp ? { smtp: { url: `smtp://127.0.0.1:${sink.port}`, from: 'Shop <shop@example.com>' } } : {},
  )
  const keys = await trainedStore(f, 'shop')
  const headers = f.auth(keys.secret)
  const put = await f.app.inject({
    method: 'PUT',
    url: '/v1/stores/shop/products/BAG-1',
    headers,
    payload: { title: HOSTILE, price: '39.90' },
  })
  expect(put.statusCode, put.body).toBeLessThan(300)
  const t = await f.app.inject({ method: 'POST', url: '/v1/stores/shop/train', headers })
  expect(t.statusCode, t.body).toBe(202)
  expect((await waitForJob(f, keys, t.json().id))['status']).toBe('succeeded')
  return keys
}

const email = (key: string, template: string, payload: Record<string, unknown>) =>
  f.app.inject({
    method: 'POST',
    url: `/v1/stores/shop/emails/${template}`,
    headers: f.auth(key),
    payload,
  })

describe('POST /v1/stores/:storeId/emails/:template', () => {
  it('sends an order confirmation with the pipeline’s offers to the SMTP server', async () => {
    const keys = await setup()
    const r = await email(keys.secret, 'order_confirmation', {
      to: 'ann@example.com',
      name: 'Ann',
      customer: 'c1',
      order: ORDER,
      send: true,
    })
    expect(r.statusCode, r.body).toBe(200)
    const body = r.json()
    expect(body.sent).toBe(true)
    expect(body.messageId).toMatch(/@/)
    expect(body.offers.length).toBeGreaterThan(0)
    const bag = body.offers.find((o: { sku: string }) => o.sku === 'BAG-1')
    expect(bag?.title).toBe(HOSTILE)

    const mail = await sink.next()
    expect(mail.envelopeTo).toEqual(['ann@example.com'])
    expect(mail.subject).toBe(body.subject)
    expect(mail.subject).toBe('Your order 1001 at shop is confirmed')
    expect(mail.from?.value[0]?.address).toBe('shop@example.com')
    const html = String(mail.html)
    // The product title arrives as text, never as markup.
    expect(html).toContain('&lt;b&gt;Bag&lt;/b&gt; &amp; co')
    expect(html).not.toContain('<b>Bag</b>')
    expect(html).toContain('href="https://shop/products/BAG-1"')
    // The offer's title and its reason sentence, as the offers endpoint words it.
    const text = String(mail.text)
    expect(text).toContain(`* ${HOSTILE} — €39.90`)
    expect(bag.text.some((sentence: string) => text.includes(sentence))).toBe(true)
    expect(text).toContain('Thank you for your order, Ann!')
  })

  it('renders without sending when send is false (the default)', async () => {
    const keys = await setup()
    const r = await email(keys.secret, 'abandoned_cart', {
      to: 'ann@example.com',
      cart: ['LAPTOP-1'],
    })
    expect(r.statusCode, r.body).toBe(200)
    const body = r.json()
    expect(body).toMatchObject({ sent: false, holdout: false })
    expect(body.messageId).toBeUndefined()
    expect(body.subject).toBe('You left something in your cart at shop')
    expect(body.html).toContain('href="https://shop/cart"')
    expect(body.offers.length).toBeGreaterThan(0)
    expect(body.offers.length).toBeLessThanOrEqual(3)
    expect(body.offers.map((o: { sku: string }) => o.sku)).not.toContain('LAPTOP-1')
  })

  it('gives a held-out customer no offer block', async () => {
    const keys = await setup()
    const put = await f.app.inject({
      method: 'PUT',
      url: '/v1/stores/shop/config/holdout',
      headers: f.auth(keys.secret),
      payload: { value: { share: 1, salt: 'h' } },
    })
    expect(put.statusCode, put.body).toBeLessThan(300)
    const r = await email(keys.secret, 'order_confirmation', {
      to: 'ann@example.com',
      customer: 'c1',
      order: ORDER,
    })
    expect(r.statusCode, r.body).toBe(200)
    expect(r.json()).toMatchObject({ offers: [], holdout: true, sent: false })
    expect(r.json().html).not.toContain('Goes well with your order')
  })

  it('answers 412 to send: true when no SMTP server is configured', async () => {
    const keys = await setup(false)
    const r = await email(keys.secret, 'order_confirmation', {
      to: 'ann@example.com',
      order: ORDER,
      send: true,
    })
    expect(r.statusCode).toBe(412)
    expect(r.json().error.code).toBe('precondition_failed')
    expect(r.json().error.message).toMatch(/no SMTP server is configured/)
  })

  it('refuses the publishable key (403) and a bad address (400 naming the path)', async () => {
    const keys = await setup()
    const forbidden = await email(keys.publishable, 'order_confirmation', {
      to: 'ann@example.com',
      order: ORDER,
    })
    expect(forbidden.statusCode).toBe(403)
    const bad = await email(keys.secret, 'order_confirmation', {
      to: 'not-an-address',
      order: ORDER,
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.issues[0].path).toEqual(['to'])
    const missing = await email(keys.secret, 'order_confirmation', { to: 'ann@example.com' })
    expect(missing.statusCode).toBe(400)
    expect(missing.json().error.issues[0].path).toEqual(['order'])
    const unknown = await email(keys.secret, 'newsletter', { to: 'ann@example.com' })
    expect(unknown.statusCode).toBe(400)
  })

  it('rejects an invalid SMTP configuration without repeating its password', async () => {
    f = fixture()
    const invalid = (smtp: { url: string; from: string }) => {
      try {
        fixture({ smtp })
      } catch (error) {
        return JSON.stringify(error, Object.getOwnPropertyNames(error))
      }
      throw new Error('accepted')
    }
    const badFrom = invalid({ url: 'smtp://user:s3cret-pass@mail.example', from: 'x' })
    expect(badFrom).toContain('smtp: from')
    const badUrl = invalid({ url: 'http://user:s3cret-pass@mail.example', from: 'a@b.example' })
    expect(badUrl).toContain('only smtp:// and smtps:// URLs')
    for (const text of [badFrom, badUrl]) expect(text).not.toContain('s3cret-pass')
  })
})
