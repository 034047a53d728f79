/**
 * The server side of `npm run bench:http`, run as its own process: the real app (`startServer`)
 * over an SQLite store holding one tenant, one publishable key and the given model. Prints one
 * JSON line `{url, key, cart}` and serves until it receives SIGTERM.
 * usage: node bench/dist/http/serve-model.js MODEL.upx DB_DIR [--no-answer-cache]
 * @module
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateApiKey, startServer } from '@upcross/server'
import { openStore } from '@upcross/store-sql'
import { deserializeModel } from 'upcross'

const [modelFile, dbDir, option] = process.argv.slice(2)
if (!modelFile || !dbDir) throw new Error('usage: serve-model.js MODEL.upx DB_DIR')

const bytes = readFileSync(modelFile)
const model = deserializeModel(bytes)
// The three most popular items: each has a full neighbour list, so the cart does real work.
const cart = [...model.popular.slice(0, 3)].map((i) => model.skus[i]!)

const store = await openStore(`sqlite:${join(dbDir, `bench${option ?? ''}.db`)}`)
const now = Date.now()
await store.createTenant({ id: 'bench', name: 'bench', currency: 'USD', createdAt: now })
const { key, record } = generateApiKey('bench', 'publishable', now)
await store.addKey(record)
await store.saveModel('bench', bytes, now)

const server = await startServer({
  store,
  port: 0,
  // The production defaults, except: no log line per request, and a rate limit high enough for
  // a load test (it still runs on every request).
  config: {
    logLevel: 'warn',
    requestLogging: false,
    rateLimit: { max: 1e9, windowMs: 60_000 },
    ...(option === '--no-answer-cache' ? { answerCacheSize: 0 } : {}),
  },
})
process.stdout.write(`${JSON.stringify({ url: server.url, key, cart })}\n`)
process.on('SIGTERM', () => {
  void server
    .close()
    .then(() => store.close())
    .then(() => process.exit(0))
})
