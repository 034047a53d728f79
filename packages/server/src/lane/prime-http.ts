/**
 * Priming Node's HTTP code before the app is built. V8 compiles `node:http`, its streams and
 * `process.nextTick` for the object shapes they see first; building the app (routes, schemas,
 * plugins, stores) passes them many other shapes, and when that comes first some of their call
 * sites often end up megamorphic or on V8's slow path for every later request (measured with
 * `perf`: about 3 % of the server's samples in `Runtime_DefineKeyedOwnPropertyInLiteral` and
 * `JSObject::MigrateToMap` under `nextTick` and the stream code in half of the runs without
 * priming, in none with it). A few thousand requests to a throwaway local server first let the
 * request path settle on its own shapes. See docs/bench-http.md.
 * @module
 */
import { Agent, createServer, request } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** At once, as a storefront's keep-alive connections would. */
const SOCKETS = 8
/** A JSON answer of about the size of an offers answer. */
const BODY = Buffer.from(
  JSON.stringify({ offers: Array.from({ length: 10 }, (_, i) => ({ sku: `SKU-${i}`, n: i })) }),
)

/**
 * Sends `requests` requests to a server on 127.0.0.1 that exists only for this, then closes both
 * sides. Resolves, once everything is closed, to how many requests the server answered.
 */
export async function primeHttp(requests: number): Promise<number> {
  if (requests <= 0) return 0
  let answered = 0
  const server = createServer((req, res) => {
    answered++
    req.resume()
    res.writeHead(200, ['content-type', 'application/json', 'content-length', String(BODY.length)])
    res.end(BODY)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  const agent = new Agent({ keepAlive: true, maxSockets: SOCKETS })
  const sockets = new Set<Socket>()
  const one = (i: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const path = `/v1/stores/prime/offers?placement=cart&cart=${i % 97}&limit=10`
      const headers = { authorization: 'Bearer prime', accept: 'application/json' }
      request({ host: '127.0.0.1', port, path, headers, agent }, (res) => {
        res.resume()
        res.once('end', resolve)
        res.once('error', reject)
      })
        .once('error', reject)
        .once('socket', (socket) => sockets.add(socket))
        .end()
    })
  try {
    for (let sent = 0; sent < requests; sent += SOCKETS)
      await Promise.all(
        Array.from({ length: Math.min(SOCKETS, requests - sent) }, (_, i) => one(sent + i)),
      )
  } finally {
    const closed = [...sockets].map((socket) =>
      socket.closed ? undefined : new Promise((resolve) => socket.once('close', resolve)),
    )
    agent.destroy()
    server.closeAllConnections()
    await Promise.all([...closed, new Promise<void>((resolve) => server.close(() => resolve()))])
  }
  return answered
}
