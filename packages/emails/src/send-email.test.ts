import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderOrderConfirmation } from './render-order-confirmation.js'
import { sendEmail } from './send-email.js'
import { LINKS, nameOf, OFFERS, STORE } from './test-support/fixtures.js'
import { type SmtpSink, startSmtpSink } from './test-support/smtp-sink.js'

describe('sendEmail to a local SMTP sink', () => {
  let sink: SmtpSink
  beforeAll(async () => {
    sink = await startSmtpSink()
  })
  afterAll(async () => {
    await sink.close()
  })

  it('delivers an order confirmation with its offer block, escaped', async () => {
    const email = await renderOrderConfirmation({
      store: STORE,
      customer: { email: 'ann@example.com', name: 'Ann' },
      order: { id: 'A-1001', lines: [{ sku: 'L1', quantity: 1, unitPrice: 89900 }] },
      offers: OFFERS,
      nameOf,
      links: LINKS,
    })
    const sent = await sendEmail(
      { host: '127.0.0.1', port: sink.port, ignoreTLS: true },
      { from: 'Laptops & Co <shop@example.com>', to: 'ann@example.com', ...email },
    )
    expect(sent.accepted).toEqual(['ann@example.com'])
    const mail = await sink.next()
    expect(mail.envelopeTo).toEqual(['ann@example.com'])
    expect(mail.subject).toBe('Your order A-1001 at Laptops & Co is confirmed')
    expect(mail.from?.value[0]?.address).toBe('shop@example.com')
    expect(mail.headers.get('list')).toMatchObject({
      unsubscribe: { url: 'https://shop.example/unsubscribe?c=email_order_confirmation' },
    })
    const html = String(mail.html)
    // The offer block: the product, its price, the reason sentence and the link.
    expect(html).toContain('€39.90')
    expect(html).toContain(
      '31% of orders with Laptop 14&quot;, 8 GB also had this (31 orders, 2.5× more often than chance)',
    )
    expect(html).toContain(
      'href="https://shop.example/p/BAG?utm_source=upcross&amp;utm_campaign=email_order_confirmation"',
    )
    // The hostile name arrives as text, never as markup.
    expect(html).toContain('Bag &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; sleeve')
    expect(html).not.toContain('<script>')
    expect(mail.text).toContain('* Bag <script>alert("x")</script> & sleeve — €39.90')
    expect(mail.text).toContain('Warranty for Laptop 14", 8 GB: 20% of its orders add it (1 of 5)')
  })

  it('reports an unreachable server as unavailable', async () => {
    const closed = await startSmtpSink()
    const port = closed.port
    await closed.close()
    await expect(
      sendEmail(
        { host: '127.0.0.1', port, ignoreTLS: true, connectionTimeout: 2000 },
        {
          from: 'shop@example.com',
          to: 'ann@example.com',
          subject: 's',
          html: '<p>h</p>',
          text: 't',
        },
      ),
    ).rejects.toMatchObject({ name: 'UpcrossError', code: 'unavailable' })
  })
})
