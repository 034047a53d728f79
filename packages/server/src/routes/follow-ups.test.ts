import { type SmtpSink, startSmtpSink } from '@upcross/emails/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type Fixture, fixture, type StoreKeys, waitForJob } from '../test-support/fixture.js'
import { trainedStore } from '../test-support/trained-store.js'

const DAY = 86_400_000
const PLAN = 'Laptop care plan'

let sink: SmtpSink
let f: Fixture
let now = Date.now()
beforeAll(async () => {
  sink = await startSmtpSink()
})
afterAll(async () => {
  await sink.close()
})
afterEach(async () => {
  await f.close()
})

/** A trained store whose laptop has a declared service plan, on a clock the test moves. */
async function setup(smtp = true): Promise<StoreKeys> {
  now = Date.now()
  f = fixture(
    smtp ? { smtp: { url: `smtp://127.0.0.1:${sink.port}`, from: 'Shop <shop@example.com>' } } : {},
    undefined,
    () => now,
  )
  const keys = await trainedStore(f, 'shop')
  const headers = f.auth(keys.secret)
  const put = await f.app.inject({
    method: 'PUT',
    url: '/v1/stores/shop/products/CARE-1',
    headers,
    payload: { title: PLAN, price: '79.00', relations: { service_plan_for: ['LAPTOP-1'] } },
  })
  expect(put.statusCode, put.body).toBeLessThan(300)
  const t = await f.app.inject({ method: 'POST', url: '/v1/stores/shop/train', headers })
  expect(t.statusCode, t.body).toBe(202)
  expect((await waitForJob(f, keys, t.json().id))['status']).toBe('succeeded')
  return keys
}

const schedule = (key: string, payload: Record<string, unknown>) =>
  f.app.inject({
    method: 'POST',
    url: '/v1/stores/shop/follow-ups',
    headers: f.auth(key),
    payload,
  })
const sendDue = (key: string) =>
  f.app.inject({
    method: 'POST',
    url: '/v1/stores/shop/follow-ups/send-due',
    headers: f.auth(key),
  })

const PURCHASE = {
  to: 'ann@example.com',
  customer: 'new-customer',
  order: { id: '2001', lines: [{ sku: 'LAPTOP-1', quantity: 1 }] },
}

describe('POST /v1/stores/:storeId/follow-ups', () => {
  it('schedules the service plan after a laptop and sends it once, when due', async () => {
    const keys = await setup()
    const r = await schedule(keys.secret, PURCHASE)
    expect(r.statusCode, r.body).toBe(201)
    const plan = r.json().followUps.find((m: { sku: string }) => m.sku === 'CARE-1')
    expect(plan).toMatchObject({
      kind: 'service_plan',
      anchor: 'LAPTOP-1',
      afterDays: 180,
      basis: 'settings',
      sendAt: new Date(now + 180 * DAY).toISOString(),
    })
    expect(plan.text).toContain('Laptop 14", 8 GB')
    const job = await f.app.inject({
      url: `/v1/stores/shop/jobs/${plan.id}`,
      headers: f.auth(keys.secret),
    })
    expect(job.json()).toMatchObject({ kind: 'follow_up', status: 'queued' })

    // Not due yet: nothing goes out.
    now += 179 * DAY
    const early = await sendDue(keys.secret)
    expect(early.statusCode, early.body).toBe(200)
    expect(early.json()).toEqual({ sent: 0, failed: 0 })

    now += 2 * DAY
    const due = await sendDue(keys.secret)
    expect(due.statusCode, due.body).toBe(200)
    expect(due.json().failed).toBe(0)
    expect(due.json().sent).toBe(r.json().followUps.length)
    const mail = await sink.next()
    expect(mail.envelopeTo).toEqual(['ann@example.com'])
    expect(mail.from?.value[0]?.address).toBe('shop@example.com')
    expect(mail.subject).toContain('Time to look after your Laptop 14", 8 GB')
    expect(String(mail.text)).toContain(PLAN)
    expect(String(mail.html)).toContain('href="https://shop/products/CARE-1"')

    const sent = await f.app.inject({
      url: `/v1/stores/shop/jobs/${plan.id}`,
      headers: f.auth(keys.secret),
    })
    expect(sent.json()).toMatchObject({ kind: 'follow_up', status: 'succeeded' })
    expect(sent.json().result.to).toBe('ann@example.com')

    // Idempotent: a second call sends nothing.
    const again = await sendDue(keys.secret)
    expect(again.json()).toEqual({ sent: 0, failed: 0 })
  })

  it('refuses the publishable key (403), a bad date (400) and an untrained store (412)', async () => {
    const keys = await setup()
    expect((await schedule(keys.publishable, PURCHASE)).statusCode).toBe(403)
    expect((await sendDue(keys.publishable)).statusCode).toBe(403)
    const bad = await schedule(keys.secret, {
      ...PURCHASE,
      order: { ...PURCHASE.order, at: 'yesterday' },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.issues[0].path).toEqual(['order', 'at'])
    const other = await f.createStore('empty')
    const untrained = await f.app.inject({
      method: 'POST',
      url: '/v1/stores/empty/follow-ups',
      headers: f.auth(other.secret),
      payload: PURCHASE,
    })
    expect(untrained.statusCode).toBe(412)
  })

  it('answers 412 to send-due when no SMTP server is configured', async () => {
    const keys = await setup(false)
    expect((await schedule(keys.secret, PURCHASE)).statusCode).toBe(201)
    now += 365 * DAY
    const r = await sendDue(keys.secret)
    expect(r.statusCode).toBe(412)
    expect(r.json().error.message).toMatch(/no SMTP server is configured/)
  })
})
