/**
 * A blank shop page with the built widget bundle and a stubbed upcross API on the same origin
 * (playwright routes):
 * each offers request is answered by a function of its body (a `GET`'s query read as the body
 * it stands for), each events batch is kept, so widget behaviour is tested without a server.
 * @module
 */
import { readFileSync } from 'node:fs'
import { fromQuery, type OffersQueryValue } from '@upcross/server'
import type { Page } from 'playwright-core'

/** The shop's origin in these tests (served by routes, never resolved). */
export const SHOP = 'http://shop.test'

/** The publishable key the stub page configures. */
export const STUB_KEY = 'upx_pk_test'

/** What the stub saw. */
export interface StubLog {
  offers: Record<string, unknown>[]
  events: Record<string, unknown>[]
  /** Headers of the last offers request. */
  headers: Record<string, string>
  /** Method and URL of the last offers request. */
  method: string
  url: string
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
  const log: StubLog = { offers: [], events: [], headers: {}, method: '', url: '' }
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
          <script src="/upcross-widgets.js" defer data-store="s1" data-key="${STUB_KEY}"></script>
          </head><body>${body}</body></html>`,
      })
    const json =
      request.method() === 'GET'
        ? bodyOfQuery(new URL(url).searchParams)
        : (JSON.parse(request.postData() ?? '{}') as Record<string, unknown>)
    if (request.url().endsWith('/events')) {
      log.events.push(...(json['events'] as Record<string, unknown>[]))
      return route.fulfill({
        json: { received: 0, inserted: 0, duplicates: 0, rejected: 0, issues: [] },
      })
    }
    log.offers.push(json)
    log.headers = await request.allHeaders()
    log.method = request.method()
    log.url = url
    return route.fulfill({ json: answer(json) })
  })
  return log
}

/** The `GET /offers` query as the `POST` body it stands for: the server's own conversion. */
function bodyOfQuery(query: URLSearchParams): Record<string, unknown> {
  const value: Record<string, string | string[]> = {}
  for (const name of new Set(query.keys())) {
    const all = query.getAll(name)
    value[name] = all.length === 1 ? all[0]! : all
  }
  const body: Record<string, unknown> = { ...fromQuery(value as OffersQueryValue) }
  for (const name of Object.keys(body)) if (body[name] === undefined) delete body[name]
  return { ...body, key: value['key'] }
}
