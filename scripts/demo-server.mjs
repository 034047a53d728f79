// The server half of `npm start` (see demo.mjs): the API over the demo database, the demo store's
// keys, training through the API, one offers request, and the curl lines to try more.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

/** The demo store's keys and the session's admin token, kept in a gitignored file (mode 600). */
async function demoSecrets(keysFile) {
  if (existsSync(keysFile)) return JSON.parse(readFileSync(keysFile, 'utf8'))
  const { generateApiKey } = await import('@upcross/server')
  const secrets = {
    adminToken: `upx_admin_${randomBytes(24).toString('base64url')}`,
    publishable: generateApiKey('demo', 'publishable', 0).key,
    secret: generateApiKey('demo', 'secret', 0).key,
  }
  writeFileSync(keysFile, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 })
  return secrets
}

async function call(url, key, method, path, body) {
  const r = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  const json = await r.json()
  if (!r.ok) throw new Error(`${method} ${path} answered ${r.status}: ${JSON.stringify(json)}`)
  return json
}

/** Starts the API, prepares the demo store, trains, shows offers; resolves to the exit code. */
export async function serveDemo({ root, databaseUrl, keysFile, port, smoke }) {
  const { keyRecord, startServer } = await import('@upcross/server')
  const { openStore } = await import('@upcross/store-sql')
  process.chdir(root)
  const secrets = await demoSecrets(keysFile)
  const store = await openStore(databaseUrl)
  const now = Date.now()
  if (!(await store.getTenant('demo')))
    await store.createTenant({
      id: 'demo',
      name: 'Demo store (Online Retail, France)',
      currency: 'GBP',
      createdAt: now,
    })
  const known = new Set((await store.listKeys('demo')).map((k) => k.hash))
  for (const key of [secrets.publishable, secrets.secret]) {
    const record = keyRecord(key, 'demo', now)
    if (!known.has(record.hash)) await store.addKey(record)
  }
  // The demo store's offer settings (data/demo/offers.json: thresholds, bundles, guard rails,
  // objectives), one document per section as the dashboard edits them; kept when already there.
  const offers = JSON.parse(readFileSync(`${root}/data/demo/offers.json`, 'utf8'))
  const present = new Set((await store.listDocuments('demo')).map((d) => d.name))
  for (const section of ['thresholds', 'bundles', 'guards', 'placements'])
    if (offers[section] !== undefined && !present.has(section))
      await store.putDocument('demo', section, offers[section], now, 0)
  if (!present.has('offers'))
    await store.putDocument(
      'demo',
      'offers',
      { region: offers.region, assumed_cost_share: offers.assumed_cost_share },
      now,
      0,
    )
  // The demo shop and the dashboard, when their bundles are built (`npm install` builds them).
  const shopBuilt = existsSync(`${root}/packages/widgets/dist`)
  const dashboardBuilt = existsSync(`${root}/apps/dashboard/dist/index.html`)
  const shop = () => ({ storeId: 'demo', publishableKey: secrets.publishable, currency: 'GBP' })
  const server = await startServer({
    store,
    port: port ?? Number(process.env.UPCROSS_PORT ?? (smoke ? 0 : 8787)),
    config: { adminToken: secrets.adminToken, logLevel: 'warn', requestLogging: false },
    ...(shopBuilt ? { demo: { catalog: store, shop } } : {}),
  })
  const { url } = server
  try {
    process.stdout.write(`\n━━ 4. Train through the API: POST ${url}/v1/stores/demo/train\n`)
    let job = await call(url, secrets.secret, 'POST', '/v1/stores/demo/train')
    while (job.status === 'queued' || job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 100))
      job = await call(url, secrets.secret, 'GET', `/v1/stores/demo/jobs/${job.id}`)
    }
    if (job.status !== 'succeeded') throw new Error(`training failed: ${job.message}`)
    process.stdout.write(`${job.message} (${JSON.stringify(job.result)})\n`)

    const body = { placement: 'cart', cart: ['22728', '20725'], limit: 3 }
    process.stdout.write(
      `\n━━ 5. Offers over HTTP: a cart with the pink alarm clock and the red spotty lunch bag\n$ POST ${url}/v1/stores/demo/offers ${JSON.stringify(body)}\n`,
    )
    const answer = await call(url, secrets.publishable, 'POST', '/v1/stores/demo/offers', body)
    answer.offers.forEach((o, i) => {
      process.stdout.write(
        `${i + 1}. ${o.title ?? o.sku} (${o.sku}, ${o.kind}, score ${o.score})\n   ${o.text.join('; ')}\n`,
      )
    })
    if (smoke) {
      process.stdout.write(`\nsmoke test passed: ${answer.offers.length} offers from ${url}\n`)
      return answer.offers.length > 0 ? 0 : 1
    }
    const curl = `curl -s ${url}/v1/stores/demo/offers -H 'authorization: Bearer ${secrets.publishable}' -H 'content-type: application/json' -d '${JSON.stringify(body)}'`
    process.stdout.write(
      `\n━━ The upcross API is running on ${url}\n` +
        `API docs (OpenAPI, try it out):  ${url}/docs\n` +
        (shopBuilt ? `Demo shop with the widgets:      ${url}/demo/\n` : '') +
        (dashboardBuilt
          ? `Merchant dashboard:              ${url}/dashboard/ (sign in with the secret key)\n`
          : '') +
        `Merchant dashboard:              ${url}/dashboard/ (store "demo", its secret key below)\n` +
        `Store "demo" keys (kept in ${keysFile}, not in git):\n` +
        `  publishable (offers, events): ${secrets.publishable}\n` +
        `  secret (everything else):     ${secrets.secret}\n` +
        `  deployment admin token:       ${secrets.adminToken}\n` +
        `Try:\n  ${curl}\n\nCtrl-C stops the server.\n`,
    )
    await new Promise((resolve) => {
      process.once('SIGINT', resolve)
      process.once('SIGTERM', resolve)
    })
    return 0
  } finally {
    await server.close()
    await store.close()
  }
}
