/**
 * A blank shop page with the built widget bundle and a stubbed upcross API on the same origin
 * (playwright routes):
 * each offers request is answered by a function of its body, each events batch is kept, so
 * widget behaviour is tested without a server.
 * @module
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

/** The shop's origin in these tests (served by routes, never resolved). */
export const SHOP = 'http://shop.test'

/** What the stub saw. */
export interface StubLog {
  offers: Record<string, unknown>[]
  events: Record<string, unknown>[]
  /** Headers of the last offers request. */
  headers: Record<string, string>
}

/** Answers one offers request body. */
export type Answer = (body: Record<string, unknown>) => unknown

/** Serves `body` (HTML inside `<body>`) with the bundle configured for the stub API. */
export async function stubShop(
  page: Page,
  bundle: string,
  body: string,
  answer: Answer,
): Promise<StubLog> {
  const log: StubLog = { offers: [], events: [], headers: {} }
  const script = readFileSync(bundle, 'utf8')
  await page.route(`${SHOP}/**`, async (route) => {
    const request = route.request()
    const url = request.url()
    if (url.endsWith('/upcross-widgets.js'))
      return route.fulfill({ contentType: 'text/javascript', body: script })
    if (!url.startsWith(`${SHOP}/v1/`))
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
          <script src="/upcross-widgets.js" defer data-store="s1" data-key="pk_test"></script>
          </head><body>${body}</body></html>`,
      })
    const json = JSON.parse(request.postData() ?? '{}') as Record<string, unknown>
    if (request.url().endsWith('/events')) {
      log.events.push(...(json['events'] as Record<string, unknown>[]))
      return route.fulfill({
        json: { received: 0, inserted: 0, duplicates: 0, rejected: 0, issues: [] },
      })
    }
    log.offers.push(json)
    log.headers = await request.allHeaders()
    return route.fulfill({ json: answer(json) })
  })
  return log
}
