/**
 * End-to-end tests of the fixed CLI contract (CONTRACTS.md, docs/contracts.md): the built
 * `upcross` binary runs as a child process from the repository root, exactly as an outside tool
 * calls it. `npm test` builds first; run alone, the suite runs `tsc -b` when a package's sources
 * are newer than its last build.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { parse as parseCsv } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = 'packages/cli/bin/upcross.js'
const FIXTURES = 'e2e/__fixtures__'
const ORDERS = `${FIXTURES}/orders.csv`
const PRODUCTS = `${FIXTURES}/products.csv`
const REQUESTS = `${FIXTURES}/requests.jsonl`
const DEMO = 'data/demo/online_retail_france.csv.gz'

/** The string literals of a declaration in a core source file: the documented value sets. */
function literals(file: string, pattern: RegExp): string[] {
  const text = readFileSync(join(ROOT, 'packages/core/src', file), 'utf8')
  return [...text.matchAll(pattern)].map((m) => m[1]!)
}
/** Offer kinds (`OfferKind` in domain/offer.ts). */
const KINDS = literals('domain/offer.ts', /'([a-z_]+)'/g)
/** Reason codes (`code: '…'` in domain/reason.ts). */
const REASON_CODES = literals('domain/reason.ts', /code: '([a-z_]+)'/g)

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

interface Offer {
  sku: string
  kind: string
  score: number
  reasons: { code: string; [field: string]: unknown }[]
}

interface Answer {
  id: string | null
  offers: Offer[]
  error?: {
    code: string
    message: string
    issues: { code: string; source?: { file?: string; line?: number } }[]
  }
}

/** The environment of every child: no UPCROSS_* settings leak in from the developer's shell. */
const childEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
  for (const key of Object.keys(env)) if (key.startsWith('UPCROSS_')) delete env[key]
  return env
}

/** Runs a command from the repository root and collects its output. */
function run(command: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: childEnv() })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** `node packages/cli/bin/upcross.js …`, as an outside tool runs it. */
const upcross = (...args: string[]): Promise<Run> => run(process.execPath, [BIN, ...args])

const jsonLines = <T>(text: string): T[] =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)

/**
 * Builds when a package's sources are newer than its last build (`npm test` builds first, so
 * this only runs when the suite is run alone after an edit).
 */
function ensureBuilt(): void {
  const stale = ['core', 'engine', 'store-sql', 'cli'].some((pkg) => {
    const info = join(ROOT, 'packages', pkg, 'dist', '.tsbuildinfo')
    if (!existsSync(info)) return true
    const built = statSync(info).mtimeMs
    const src = join(ROOT, 'packages', pkg, 'src')
    return readdirSync(src, { recursive: true, encoding: 'utf8' }).some(
      (entry) =>
        entry.endsWith('.ts') &&
        !entry.endsWith('.test.ts') &&
        statSync(join(src, entry)).mtimeMs > built,
    )
  })
  if (stale) spawnSync('npx', ['tsc', '-b'], { cwd: ROOT, stdio: 'ignore' })
  if (!existsSync(join(ROOT, 'packages/cli/dist/main.js')))
    throw new Error('packages/cli/dist is missing: run npx tsc -b')
}

/** The fixture's order lines, read independently of upcross (the file has no quoted fields). */
function fixtureOrderLines(): { order: string; customer: string; at: number; sku: string }[] {
  const [, ...rows] = readFileSync(join(ROOT, ORDERS), 'utf8').trim().split('\n')
  return rows.map((row) => {
    const [order = '', customer = '', at = '', sku = ''] = row.split(',')
    return { order, customer, at: Date.parse(at), sku }
  })
}

/** SKU → number of the customer's orders holding it, for orders at or before `at`. */
function purchaseCounts(customer: string, at = Number.POSITIVE_INFINITY): Map<string, number> {
  const counts = new Map<string, number>()
  for (const line of fixtureOrderLines())
    if (line.customer === customer && line.at <= at)
      counts.set(line.sku, (counts.get(line.sku) ?? 0) + 1)
  return counts
}

function expectWellFormed(answer: Answer, cart: readonly string[], limit: number): void {
  expect(answer.error).toBeUndefined()
  expect(answer.offers.length).toBeGreaterThan(0)
  expect(answer.offers.length).toBeLessThanOrEqual(limit)
  const skus = answer.offers.map((o) => o.sku)
  expect(new Set(skus).size).toBe(skus.length)
  for (const offer of answer.offers) {
    expect(cart).not.toContain(offer.sku)
    expect(KINDS).toContain(offer.kind)
    expect(Number.isFinite(offer.score)).toBe(true)
    expect(offer.reasons.length).toBeGreaterThanOrEqual(1)
    for (const reason of offer.reasons) expect(REASON_CODES).toContain(reason.code)
  }
}

let dir: string
let model: string
let trained: Run

beforeAll(async () => {
  ensureBuilt()
  dir = mkdtempSync(join(tmpdir(), 'upcross-e2e-'))
  model = join(dir, 'model.upx')
  trained = await upcross(
    'train',
    '--orders',
    ORDERS,
    '--products',
    PRODUCTS,
    '--format',
    'canonical',
    '--out',
    model,
  )
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

// The tests spawn processes and wait; they run concurrently (vitest's maxConcurrency, 5).
describe.concurrent('the upcross CLI contract', () => {
  describe('the bin', () => {
    it('is linked: `npx upcross --help` lists the contract commands', async () => {
      const r = await run('npx', ['upcross', '--help'])
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/^\s*train\b/m)
      expect(r.stdout).toMatch(/^\s*recommend\b/m)
    })
  })

  describe('upcross train --orders … --products … --format canonical --out model.upx', () => {
    it('exits 0, writes a model and names orders, items and customers in its summary', () => {
      expect(trained.stderr).not.toMatch(/unexpected error/)
      expect(trained.code).toBe(0)
      expect(readFileSync(model).subarray(0, 4).toString('latin1')).toBe('UPX1')
      expect(trained.stdout).toMatch(/30 orders, 12 items, 8 customers/)
      expect(trained.stderr).toMatch(/rows 68: accepted 68, excluded 0, rejected 0/)
    })

    it('prints the summary as JSON with --json', async () => {
      const out = join(dir, 'json.upx')
      const r = await upcross('train', '--orders', ORDERS, '--out', out, '--json')
      expect(r.code).toBe(0)
      expect(JSON.parse(r.stdout)).toMatchObject({
        out,
        orders: 30,
        baskets: 30,
        items: 12,
        customers: 8,
      })
    })

    it('exits 3 when rows are rejected, still writing the model, and 2 on bad input', async () => {
      const bad = join(dir, 'orders-with-bad-rows.csv')
      await writeFile(
        bad,
        `${readFileSync(join(ROOT, ORDERS), 'utf8')}o31,c9,2024-03-25T10:00:00,MUG-1,1,8.00\n`,
      )
      const badCatalog = join(dir, 'products-with-bad-rows.csv')
      await writeFile(badCatalog, `${readFileSync(join(ROOT, PRODUCTS), 'utf8')}X-1,Odd,Misc,abc\n`)
      const out = join(dir, 'partial.upx')
      const [partial, catalog, missing, format] = await Promise.all([
        upcross('train', '--orders', bad, '--out', out),
        upcross('train', '--orders', ORDERS, '--products', badCatalog, '--out', join(dir, 'c.upx')),
        upcross('train', '--orders', join(dir, 'no-such.csv'), '--out', join(dir, 'x.upx')),
        upcross('train', '--orders', ORDERS, '--format', 'nope', '--out', join(dir, 'y.upx')),
      ])
      expect(partial.code).toBe(3)
      expect(existsSync(out)).toBe(true)
      expect(partial.stderr).toMatch(
        /orders-with-bad-rows\.csv:70 column ordered_at: .*invalid_time/,
      )
      expect(catalog.code).toBe(3)
      expect(catalog.stderr).toMatch(/products-with-bad-rows\.csv:14 column price: .*invalid_price/)
      expect(existsSync(join(dir, 'c.upx'))).toBe(true)
      expect(missing.code).toBe(2)
      expect(missing.stderr).toMatch(/not found: .*no-such\.csv/)
      expect(format.code).toBe(2)
      expect(format.stderr).toMatch(/unknown --format nope/)
    })
  })

  describe('upcross recommend --model that is not a model', () => {
    it('exits 2 with a clear message, never a stack trace', async () => {
      const text = join(dir, 'text.upx')
      const empty = join(dir, 'empty.upx')
      const truncated = join(dir, 'truncated.upx')
      const hollow = join(dir, 'hollow.upx')
      await writeFile(text, 'order_id,customer_id\n')
      await writeFile(empty, '')
      await writeFile(truncated, readFileSync(model).subarray(0, 200))
      // The signature and layout version of a real model, then a header without its sections.
      const version = readFileSync(model).readUInt32LE(4)
      const header = Buffer.from('{"format":"upcross-model"}')
      const prefix = Buffer.alloc(12)
      prefix.write('UPX1', 0, 'latin1')
      prefix.writeUInt32LE(version, 4)
      prefix.writeUInt32LE(header.length, 8)
      await writeFile(hollow, Buffer.concat([prefix, header]))
      // A model of a layout version this upcross does not read: retrain, exit 1.
      const future = join(dir, 'future.upx')
      const bytes = Buffer.from(readFileSync(model))
      bytes.writeUInt32LE(version + 1, 4)
      await writeFile(future, bytes)
      const runs = await Promise.all(
        [text, empty, truncated, hollow, join(dir, 'missing.upx'), future].map((file) =>
          upcross('recommend', '--model', file, '--requests', REQUESTS),
        ),
      )
      const newer = runs.pop()!
      expect(newer.code).toBe(1)
      expect(newer.stderr).toMatch(/model layout version \d+ is not supported .*retrain/)
      for (const r of runs) {
        expect(r.code).toBe(2)
        expect(r.stdout).toBe('')
        expect(r.stderr).toMatch(/^upcross: /)
        expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /)
      }
      for (const r of runs.slice(0, 4)) expect(r.stderr).toMatch(/not a valid upcross model file/)
      expect(runs[4]!.stderr).toMatch(/cannot read model file .*missing\.upx/)
    })
  })

  describe('upcross recommend --model … --requests requests.jsonl --out offers.jsonl', () => {
    let batch: Run
    let requests: string[]
    let answers: Answer[]
    const byId = new Map<string, Answer>()
    const answer = (id: string): Answer => {
      const a = byId.get(id)
      if (!a) throw new Error(`no answer for ${id}`)
      return a
    }

    beforeAll(async () => {
      const out = join(dir, 'offers.jsonl')
      batch = await upcross('recommend', '--model', model, '--requests', REQUESTS, '--out', out)
      requests = readFileSync(join(ROOT, REQUESTS), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
      answers = jsonLines<Answer>(readFileSync(out, 'utf8'))
      for (const a of answers) if (a.id !== null) byId.set(a.id, a)
    })

    it('writes one JSON line per non-blank request line and exits 3 when some were invalid', () => {
      expect(batch.stdout).toBe('')
      expect(batch.code).toBe(3)
      expect(answers).toHaveLength(requests.length)
      expect(batch.stderr).toMatch(/8 requests answered, 2 rejected/)
    })

    it('preserves every id', () => {
      const ids = requests.map((line) => /"id"\s*:\s*"([^"]*)"/.exec(line)?.[1])
      expect(answers.map((a) => a.id).sort()).toEqual([...ids].sort())
    })

    it('answers every valid request within its limit, never with a cart item, always explained', () => {
      expect(KINDS).toEqual(expect.arrayContaining(['cross_sell', 'upsell', 'reorder']))
      expect(REASON_CODES).toEqual(expect.arrayContaining(['bought_together', 'bought_before']))
      let checked = 0
      for (const line of requests) {
        let request: { id: string; cart?: string[]; sku?: string; limit?: unknown }
        try {
          request = JSON.parse(line) as typeof request
        } catch {
          continue
        }
        if (request.limit !== undefined && typeof request.limit !== 'number') continue
        const cart = [...(request.cart ?? []), ...(request.sku ? [request.sku] : [])]
        expectWellFormed(answer(request.id), cart, request.limit ?? 10)
        checked++
      }
      expect(checked).toBe(8)
      expect(answer('cart-laptop').offers).toHaveLength(3)
      expect(answer('empty-cart').offers).toHaveLength(10)
    })

    it('gives an invalid line {"id":…,"offers":[],"error":{…}} and its line number on stderr', () => {
      const broken = answer('broken-json')
      expect(broken.offers).toEqual([])
      expect(broken.error).toMatchObject({ code: 'invalid_input' })
      expect(broken.error!.issues[0]).toMatchObject({
        code: 'invalid_json',
        source: { file: REQUESTS, line: 8 },
      })
      const wrongType = answer('limit-ten')
      expect(wrongType.offers).toEqual([])
      expect(wrongType.error!.message).toMatch(/"limit" must be an integer/)
      expect(wrongType.error!.issues[0]).toMatchObject({
        code: 'invalid_limit',
        source: { line: 9 },
      })
      expect(batch.stderr).toContain(`${REQUESTS}:8: not valid JSON`)
      expect(batch.stderr).toContain(`${REQUESTS}:9: "limit" must be an integer`)
    })

    it('answers a cart with the items bought with it', () => {
      // In the fixture, LAPTOP-1 sells with BAG-1 and MOUSE-1 (4 orders each), then PAD-1 (2);
      // an item that also leads a mined bundle is offered as that bundle, with the same evidence.
      const crossSells = answer('cart-laptop').offers.filter(
        (o) => o.kind === 'cross_sell' || o.kind === 'bundle',
      )
      expect(crossSells.map((o) => o.sku).slice(0, 2)).toEqual(['BAG-1', 'MOUSE-1'])
      for (const [k, o] of crossSells.entries()) {
        const together = o.reasons.find((r) => r.code === 'bought_together')
        expect(together).toMatchObject({ code: 'bought_together', anchor: 'LAPTOP-1' })
        if (k < 2) expect(together).toMatchObject({ orders: 4 })
      }
    })

    it('answers a product page (`sku`) for that product, never offering it', () => {
      const offers = answer('product-laptop').offers
      expect(offers.map((o) => o.sku)).not.toContain('LAPTOP-1')
      // Upsells (when the model has any) first, then cross-sells for the product.
      const upsells = offers.filter((o) => o.kind === 'upsell')
      expect(offers.slice(0, upsells.length)).toEqual(upsells)
      const crossSell = offers.find((o) => o.kind === 'cross_sell')
      expect(crossSell?.reasons[0]).toMatchObject({ code: 'bought_together', anchor: 'LAPTOP-1' })
    })

    it('answers follow_up for a known customer with their repeat purchases first (reorder)', () => {
      const offers = answer('follow-c1').offers
      const bought = purchaseCounts('c1')
      expect(offers).toHaveLength(5)
      // c1's staples: coffee in 5 of their 6 orders, filters in 4.
      expect(offers.slice(0, 2)).toMatchObject([
        { sku: 'COFFEE-1', kind: 'reorder' },
        { sku: 'FILTER-1', kind: 'reorder' },
      ])
      // Every repeat purchase was bought by c1 as often as its reason says. (The ranking may blend
      // new items in among repeats that are less due; the staples above come first.)
      const reorders = offers.filter((o) => o.kind === 'reorder')
      for (const o of reorders)
        expect(o.reasons[0]).toMatchObject({ code: 'bought_before', times: bought.get(o.sku) })
      // Nothing c1 did not buy is called a repeat purchase.
      for (const o of offers) expect(o.kind === 'reorder').toBe(bought.has(o.sku))
    })

    it('uses nothing after `at`: items c1 bought only later are not offered as reorders', () => {
      const at = Date.parse('2024-03-01T00:00:00Z')
      const before = purchaseCounts('c1', at)
      const laterOnly = [...purchaseCounts('c1').keys()].filter((sku) => !before.has(sku))
      expect(laterOnly.sort()).toEqual(['INK-1', 'PAPER-A4'])
      const offers = answer('follow-c1-at').offers
      // The limit (12) covers every item, so every item c1 bought before `at` is here as a reorder.
      expect(offers).toHaveLength(12)
      expect(offers.slice(0, 2)).toMatchObject([
        { sku: 'COFFEE-1', kind: 'reorder' },
        { sku: 'FILTER-1', kind: 'reorder' },
      ])
      const reorders = offers.filter((o) => o.kind === 'reorder')
      expect(new Set(reorders.map((o) => o.sku))).toEqual(new Set(before.keys()))
      for (const o of reorders) {
        const reason = o.reasons[0] as { code: string; times: number; lastAt: string }
        expect(reason).toMatchObject({ code: 'bought_before', times: before.get(o.sku) })
        expect(Date.parse(reason.lastAt)).toBeLessThanOrEqual(at)
      }
      for (const o of offers)
        if (laterOnly.includes(o.sku)) expect(o.reasons[0]!.code).not.toBe('bought_before')
    })

    it('ignores an unknown cart SKU and answers for the known ones', () => {
      const offers = answer('unknown-sku').offers
      expect(offers.map((o) => o.sku)).not.toContain('NO-SUCH-SKU')
      expect(offers[0]!.reasons.find((r) => r.code === 'bought_together')).toMatchObject({
        anchor: 'MOUSE-1',
      })
    })

    it('answers an empty cart, and a cart of unknown SKUs only, with popular items', () => {
      for (const o of answer('empty-cart').offers)
        expect(o.reasons[0]).toMatchObject({ code: 'popular', fallback: 'empty_cart' })
      for (const o of answer('only-unknown').offers)
        expect(o.reasons[0]).toMatchObject({ code: 'popular', fallback: 'cold_cart' })
    })

    it('writes to standard output without --out, into a new directory with it', async () => {
      const nested = join(dir, 'new', 'dir', 'offers.jsonl')
      const [toStdout, toNested] = await Promise.all([
        upcross('recommend', '--model', model, '--requests', REQUESTS),
        upcross('recommend', '--model', model, '--requests', REQUESTS, '--out', nested),
      ])
      expect(toStdout.code).toBe(3)
      expect(jsonLines<Answer>(toStdout.stdout)).toEqual(answers)
      expect(toNested.code).toBe(3)
      expect(jsonLines<Answer>(readFileSync(nested, 'utf8'))).toEqual(answers)
    })

    it('reads a byte order mark and CRLF, keeps numeric ids, rejects a time without a zone', async () => {
      const file = join(dir, 'windows.jsonl')
      await writeFile(
        file,
        '\uFEFF{"id":"bom","cart":["MOUSE-1"],"limit":2}\r\n' +
          '{"id":7,"cart":["BAG-1"],"limit":1}\r\n' +
          '\r\n' +
          '{"id":"zoneless","placement":"follow_up","customer":"c1","at":"2024-03-01T00:00:00"}\r\n' +
          '{"id":"offset","placement":"follow_up","customer":"c1","at":"2024-03-01T01:00:00+01:00"}\r\n' +
          '{"id":"not-a-date","cart":[],"at":"2024-02-30"}\r\n' +
          '{"id":"half","cart":["MOUSE-1"\r\n',
      )
      const r = await upcross('recommend', '--model', model, '--requests', file)
      expect(r.code).toBe(3)
      const got = jsonLines<Answer>(r.stdout)
      expect(got.map((a) => a.id)).toEqual(['bom', '7', 'zoneless', 'offset', 'not-a-date', 'half'])
      expectWellFormed(got[0]!, ['MOUSE-1'], 2)
      expectWellFormed(got[1]!, ['BAG-1'], 1)
      expect(got[2]!.error!.message).toMatch(/"at" must be an ISO-8601 time with a zone/)
      expect(got[3]!.offers).toEqual(answer('follow-c1-at').offers.slice(0, 10))
      expect(got[4]!.error!.issues[0]).toMatchObject({ code: 'invalid_time', source: { line: 6 } })
      expect(got[5]!.error!.issues[0]).toMatchObject({ code: 'invalid_json', source: { line: 7 } })
      expect(r.stderr).toMatch(/3 requests answered, 3 rejected/)
    })

    it('exits 2 with a message when the requests cannot be read or the offers cannot be written', async () => {
      const file = join(dir, 'a-file')
      await writeFile(file, '')
      const [noRequests, noOut] = await Promise.all([
        upcross('recommend', '--model', model, '--requests', join(dir, 'missing.jsonl')),
        upcross('recommend', '--model', model, '--requests', REQUESTS, '--out', `${file}/o.jsonl`),
      ])
      expect(noRequests.code).toBe(2)
      expect(noRequests.stderr).toMatch(/cannot read requests file .*missing\.jsonl/)
      expect(noOut.code).toBe(2)
      expect(noOut.stderr).toMatch(/cannot write the output file .*a-file\/o\.jsonl/)
      expect(noOut.stderr).not.toMatch(/\n\s+at /)
    })
  })

  describe('upcross recommend --cart (one request from the command line)', () => {
    const TITLES: Record<string, string> = { 'LAPTOP-1': 'Laptop 14", 8 GB', 'BAG-1': 'Laptop bag' }
    const cartArgs = ['recommend', '--model', '', '--cart', 'LAPTOP-1,BAG-1', '--limit', '3']
    const cli = (...more: string[]): Promise<Run> =>
      upcross(...cartArgs.map((arg) => (arg === '' ? model : arg)), ...more)

    it('prints offers with their reasons in words, the offers of --json', async () => {
      const [words, json] = await Promise.all([cli(), cli('--json')])
      expect(words.code).toBe(0)
      const offers = (JSON.parse(json.stdout) as Answer).offers
      const lines = words.stdout.trimEnd().split('\n')
      expect(lines[0]).toBe('cart: Laptop 14", 8 GB (LAPTOP-1), Laptop bag (BAG-1)')
      const ranks = lines.flatMap((line, i) => (/^\s*\d+\. /.test(line) ? [i] : []))
      expect(ranks).toHaveLength(offers.length)
      offers.forEach((offer, k) => {
        const at = ranks[k]!
        expect(lines[at]).toContain(`${String(k + 1).padStart(2)}. `)
        expect(lines[at]).toContain(`(${offer.sku})  [${offer.kind}, score ${offer.score}]`)
        // One sentence per reason, indented, in words (no JSON), naming a cart item by its title.
        const reasons = lines.slice(at + 1, ranks[k + 1] ?? lines.length)
        expect(reasons).toHaveLength(offer.reasons.length)
        offer.reasons.forEach((reason, j) => {
          expect(reasons[j]).toMatch(/^ {4}[A-Z0-9]/)
          expect(reasons[j]).not.toMatch(/[{}]|bought_together|"code"/)
          if (reason.code === 'bought_together') {
            const anchor = String(reason['anchor'])
            expect(reasons[j]).toContain(`${TITLES[anchor]} (${anchor})`)
            expect(reasons[j]).toMatch(/\d+%/)
          }
        })
      })
    })

    it('prints with --json the answer the batch gives to the same request', async () => {
      const file = join(dir, 'one.jsonl')
      await writeFile(file, '{"id":"cli","cart":["LAPTOP-1","BAG-1"],"limit":3}\n')
      const [json, batch] = await Promise.all([
        cli('--json'),
        upcross('recommend', '--model', model, '--requests', file),
      ])
      expect(json.code).toBe(0)
      expect(batch.code).toBe(0)
      const a = JSON.parse(json.stdout) as Answer
      expect(a.id).toBe('cli')
      expectWellFormed(a, ['LAPTOP-1', 'BAG-1'], 3)
      expect(a.offers).toHaveLength(3)
      expect(jsonLines(batch.stdout)).toEqual([a])
    })

    it('answers follow_up for a customer in words, and exits 2 on an invalid request', async () => {
      const [follow, badPlacement, badAt] = await Promise.all([
        upcross('recommend', '--model', model, '--customer', 'c1', '--placement', 'follow_up'),
        upcross('recommend', '--model', model, '--cart', 'MOUSE-1', '--placement', 'aisle'),
        upcross('recommend', '--model', model, '--at', 'yesterday'),
      ])
      expect(follow.code).toBe(0)
      expect(follow.stdout).toMatch(
        /^ 1\. Coffee beans 1 kg \(COFFEE-1\) {2}\[reorder, score [\d.]+\]\n {4}You bought this 5 times, last on 2024-03-18$/m,
      )
      expect(badPlacement.code).toBe(2)
      expect(badPlacement.stderr).toMatch(/"placement" must be one of product, cart/)
      expect(badAt.code).toBe(2)
      expect(badAt.stderr).toMatch(/"at" must be an ISO-8601 time/)
    })
  })

  describe('training from the database', () => {
    it('import orders + import products, then train --db, gives the offers of training from files', async () => {
      const db = `sqlite:${join(dir, 'store.db')}`
      const orders = await upcross('import', 'orders', ORDERS, '--db', db, '--no-progress')
      expect(orders.code).toBe(0)
      expect(orders.stdout).toMatch(/orders inserted\s+30\b/)
      const products = await upcross('import', 'products', PRODUCTS, '--db', db, '--no-progress')
      expect(products.code).toBe(0)
      expect(products.stdout).toMatch(/products inserted\s+12\b/)
      const fromDb = join(dir, 'from-db.upx')
      const train = await upcross('train', '--db', db, '--out', fromDb)
      expect(train.code).toBe(0)
      expect(train.stdout).toMatch(/30 orders, 12 items, 8 customers/)
      const [a, b] = await Promise.all(
        [model, fromDb].map((m) => upcross('recommend', '--model', m, '--requests', REQUESTS)),
      )
      // Same scores for the same items; the order among equal scores may differ.
      const canonical = (text: string): unknown[] =>
        jsonLines<Answer>(text)
          .sort((x, y) => String(x.id).localeCompare(String(y.id)))
          .map((x) => ({
            ...x,
            offers: [...x.offers].sort((p, q) => q.score - p.score || p.sku.localeCompare(q.sku)),
          }))
      expect(canonical(b!.stdout)).toEqual(canonical(a!.stdout))
      // The titles came from the imported catalog.
      const words = await upcross(
        'recommend',
        '--model',
        fromDb,
        '--cart',
        'LAPTOP-1',
        '--limit',
        '1',
      )
      expect(words.stdout).toMatch(/^ 1\. Laptop bag \(BAG-1\)/m)
    })

    it('exits 1 when the database holds no orders', async () => {
      const r = await upcross(
        'train',
        '--db',
        `sqlite:${join(dir, 'empty.db')}`,
        '--out',
        join(dir, 'none.upx'),
      )
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(/no orders to train on/)
      expect(existsSync(join(dir, 'none.upx'))).toBe(false)
    })
  })

  describe('upcross import orders (demo data, UCI Online Retail layout)', () => {
    /** Line → reason code of every row the layout excludes, computed here from the raw file. */
    function expectedExclusions(): Map<number, string> {
      const text = gunzipSync(readFileSync(join(ROOT, DEMO))).toString('utf8')
      const records = parseCsv(text, { info: true, relax_column_count: true }) as unknown as {
        record: string[]
        info: { lines: number }
      }[]
      // Every record sits on one line, so `info.lines` is the record's line in the file.
      expect(records).toHaveLength(text.trimEnd().split('\n').length)
      const expected = new Map<number, string>()
      for (const { record, info } of records.slice(1)) {
        const [invoice = '', code = '', , quantity = '', , price = ''] = record
        const reason = invoice.startsWith('C')
          ? 'cancellation'
          : !/^(\d{5}[A-Za-z]*|DCGS\w*)$/.test(code)
            ? 'non_product'
            : Number(quantity) < 0
              ? 'negative_quantity'
              : Number(quantity) === 0
                ? 'zero_quantity'
                : Number(price) === 0
                  ? 'zero_price'
                  : Number(price) < 0
                    ? 'negative_price'
                    : undefined
        if (reason) expected.set(info.lines, reason)
      }
      return expected
    }

    it('is idempotent, reports every excluded row with its line and reason, exits 0', async () => {
      const db = `sqlite:${join(dir, 'demo.db')}`
      const reports = [join(dir, 'report-1.jsonl'), join(dir, 'report-2.jsonl')]
      const args = (report: string): string[] => [
        'import',
        'orders',
        DEMO,
        '--format',
        'online-retail',
        '--db',
        db,
        '--report',
        report,
        '--no-progress',
      ]
      const first = await upcross(...args(reports[0]!))
      const second = await upcross(...args(reports[1]!))
      expect(first.code).toBe(0)
      expect(second.code).toBe(0)
      const inserted = Number(
        /orders inserted\s+([\d,]+)/.exec(first.stdout)?.[1]?.replace(/,/g, ''),
      )
      expect(inserted).toBeGreaterThan(300)
      expect(second.stdout).toMatch(/orders inserted\s+0\n/)
      expect(second.stdout).toMatch(
        new RegExp(`already present \\(duplicates\\)\\s+${inserted.toLocaleString('en-US')}\\n`),
      )
      expect(first.stdout).toMatch(/excluded\s+457 {2}\(non_product 308, cancellation 149\)/)
      expect(first.stdout).toMatch(/rejected\s+0\n/)

      const expected = expectedExclusions()
      expect(expected.size).toBe(457)
      for (const report of reports) {
        const issues = jsonLines<{
          kind: string
          code: string
          source: { file: string; line: number }
        }>(readFileSync(report, 'utf8'))
        expect(issues.every((i) => i.kind === 'excluded' && i.source.file === DEMO)).toBe(true)
        expect(new Map(issues.map((i) => [i.source.line, i.code]))).toEqual(expected)
        expect(issues).toHaveLength(expected.size)
      }
    })

    it('exits 3 when rows are rejected (listed in the report) and 2 when a file cannot be read', async () => {
      const bad = join(dir, 'bad-orders.csv')
      await writeFile(
        bad,
        'order_id,customer_id,ordered_at,sku,quantity,unit_price\n' +
          'x1,c1,2024-01-01T10:00:00Z,MUG-1,1,8.00\n' +
          'x2,c1,2024-01-02T10:00:00Z,MUG-1,one,8.00\n' +
          'x3,c1,2024-01-03T10:00:00Z,MUG-1,-1,8.00\n',
      )
      const db = `sqlite:${join(dir, 'bad.db')}`
      const report = join(dir, 'bad-report.jsonl')
      const [rejected, missing, wrongLayout] = await Promise.all([
        upcross('import', 'orders', bad, '--db', db, '--report', report, '--no-progress'),
        upcross('import', 'orders', join(dir, 'missing.csv'), '--db', db, '--no-progress'),
        upcross('import', 'orders', PRODUCTS, '--db', `sqlite:${join(dir, 'other.db')}`),
      ])
      expect(rejected.code).toBe(3)
      expect(jsonLines(readFileSync(report, 'utf8'))).toMatchObject([
        { kind: 'rejected', code: 'invalid_quantity', source: { line: 3, column: 'quantity' } },
        { kind: 'excluded', code: 'return_line', source: { line: 4 } },
      ])
      expect(missing.code).toBe(2)
      expect(wrongLayout.code).toBe(2)
      expect(wrongLayout.stderr).toMatch(/order_id/)
    })
  })
})
