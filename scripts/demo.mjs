#!/usr/bin/env node
// `npm start`: the CLI demo of the quick start. Imports the demo store (UCI Online Retail,
// France; CC BY 4.0, see data/demo/README.md) into an embedded SQLite database, trains a model
// and shows offers: a cart cross-sell, a product page, and one customer's likely next order.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = 'packages/cli/bin/upcross.js'
const work = 'data/demo-run'
const db = `sqlite:./${work}/demo.db`
const orders = 'data/demo/online_retail_france.csv.gz'

function step(title, args, okCodes = [0]) {
  process.stdout.write(`\n━━ ${title}\n$ upcross ${args.join(' ')}\n`)
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' })
  if (!okCodes.includes(r.status ?? 1)) {
    process.stderr.write(`demo step failed (exit ${r.status}): ${title}\n`)
    process.exit(r.status ?? 1)
  }
}

if (!existsSync(`${root}/packages/cli/dist/main.js`)) {
  process.stdout.write('building (npx tsc -b)…\n')
  const b = spawnSync('npx', ['tsc', '-b'], { cwd: root, stdio: 'inherit' })
  if (b.status !== 0) process.exit(b.status ?? 1)
}
rmSync(`${root}/${work}`, { recursive: true, force: true })
mkdirSync(`${root}/${work}`, { recursive: true })

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
  '--no-progress',
  ...extra,
]
step(
  '1. Import the order history (cancellations and postage are excluded, each with its line and reason)',
  importFrom('orders', '--report', `${work}/import-issues.jsonl`),
)
step('2. Import it again: nothing is stored twice', importFrom('orders'))
step('3. Import the catalog (titles and prices derived from the same file)', importFrom('products'))
step('4. Train: mine what sells with what into a model file', [
  'train',
  '--db',
  db,
  '--out',
  `${work}/model.upx`,
])
step(
  '5. Cart cross-sell: a customer has the pink alarm clock and the red spotty lunch bag in the cart',
  ['recommend', '--model', `${work}/model.upx`, '--cart', '22728,20725', '--limit', '5'],
)
step('6. Product page: someone looks at the SPACEBOY lunch box', [
  'recommend',
  '--model',
  `${work}/model.upx`,
  '--sku',
  '22629',
  '--limit',
  '3',
])
step('7. Follow-up: what customer 12583 is likely to order next', [
  'recommend',
  '--model',
  `${work}/model.upx`,
  '--customer',
  '12583',
  '--placement',
  'follow_up',
  '--limit',
  '5',
])
process.stdout.write(
  `\nDone. Files are in ${work}/ (database, model, import report). Try your own cart:\n` +
    `  npx upcross recommend --model ${work}/model.upx --cart 22728 --json\n`,
)
