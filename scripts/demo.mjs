#!/usr/bin/env node
// `npm start`: the quick start. Imports the demo store (UCI Online Retail, France; CC BY 4.0, see
// data/demo/README.md) into an embedded SQLite database with the CLI, then starts the HTTP API
// over it, creates the demo store's keys, trains through the API, shows one offers request and
// serves until Ctrl-C. `npm start -- --smoke` stops after that request (CI runs it);
// `--port N` picks the port (default 8787, or UPCROSS_PORT).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = 'packages/cli/bin/upcross.js'
const work = 'data/demo-run'
const db = `sqlite:./${work}/demo.db`
const orders = 'data/demo/online_retail_france.csv.gz'
const { values } = parseArgs({
  options: { smoke: { type: 'boolean', default: false }, port: { type: 'string' } },
})

function step(title, args, okCodes = [0]) {
  process.stdout.write(`\n━━ ${title}\n$ upcross ${args.join(' ')}\n`)
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' })
  if (!okCodes.includes(r.status ?? 1)) {
    process.stderr.write(`demo step failed (exit ${r.status}): ${title}\n`)
    process.exit(r.status ?? 1)
  }
}

if (
  !existsSync(`${root}/packages/cli/dist/main.js`) ||
  !existsSync(`${root}/packages/server/dist/index.js`)
) {
  process.stdout.write('building (npx tsc -b)…\n')
  const b = spawnSync('npx', ['tsc', '-b'], { cwd: root, stdio: 'inherit' })
  if (b.status !== 0) process.exit(b.status ?? 1)
}
// The merchant dashboard: static files the server serves at /dashboard/.
if (!existsSync(`${root}/apps/dashboard/dist/index.html`)) {
  process.stdout.write('building the dashboard (vite build)…\n')
  const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: `${root}/apps/dashboard`,
    stdio: 'inherit',
  })
  if (b.status !== 0) process.exit(b.status ?? 1)
}
// A fresh database each run; the keys file (gitignored, like the whole folder) is kept, so the
// demo store's keys stay the same from one run to the next.
mkdirSync(`${root}/${work}`, { recursive: true })
for (const name of readdirSync(`${root}/${work}`))
  if (name !== 'demo-keys.json') rmSync(`${root}/${work}/${name}`, { recursive: true, force: true })

// Exit 3 would mean malformed rows; the France file has none, only rows excluded by design
// (cancellations, postage), which the report file lists line by line.
// The same demo store file holds the orders and, by its descriptions and prices, the catalog.
const importFrom = (what, ...extra) => [
  'import',
  what,
  orders,
  '--format',
  'online-retail',
  '--db',
  db,
  '--store',
  'demo',
  '--no-progress',
  ...extra,
]
step(
  '1. Import the order history (cancellations and postage are excluded, each with its line and reason)',
  importFrom('orders', '--report', `${work}/import-issues.jsonl`),
)
step('2. Import it again: nothing is stored twice', importFrom('orders'))
step('3. Import the catalog (titles and prices derived from the same file)', importFrom('products'))

const { serveDemo } = await import('./demo-server.mjs')
process.exitCode = await serveDemo({
  root,
  databaseUrl: db,
  keysFile: `${work}/demo-keys.json`,
  port: values.port === undefined ? undefined : Number(values.port),
  smoke: values.smoke,
})
