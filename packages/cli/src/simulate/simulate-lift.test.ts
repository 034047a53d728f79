import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { assignHoldout } from 'upcross'
import { afterAll, describe, expect, it } from 'vitest'
import { EXIT } from '../exit-codes.js'
import { main } from '../main.js'
import { captureOutput } from '../test-support/capture-output.js'
import { readHistory } from './read-orders.js'
import { replayHistory } from './replay.js'
import type { SimulationReport } from './report.js'
import { DEMO_ORDERS } from './run.js'

const output = captureOutput()
const dir = mkdtempSync(join(tmpdir(), 'upcross-simulate-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// A slice of the demo store: its first 3,000 lines (about a third of the orders).
const slice = join(dir, 'france-slice.csv.gz')
const text = gunzipSync(readFileSync(DEMO_ORDERS)).toString('utf8')
writeFileSync(slice, gzipSync(text.split('\n').slice(0, 3001).join('\n')))

const run = (...args: string[]) =>
  main(['node', 'upcross', 'simulate-lift', '--orders', slice, ...args])

describe('upcross simulate-lift', () => {
  it('prints the lift report with intervals, and the same numbers as JSON', async () => {
    expect(await run('--resamples', '200')).toBe(EXIT.ok)
    const printed = output.out
    expect(printed).toContain('Lift vs holdout: 95 % percentile bootstrap CI, 200 resamples')
    expect(printed).toMatch(
      /revenue per customer +[\d.]+ +[\d.]+ +[+-][\d.]+ \[-?[\d.]+, -?[\d.]+\]/,
    )
    expect(printed).toContain('A/A check')
    expect(printed).toContain('the true\nincremental lift is 0')
    output.clear()
    expect(await run('--resamples', '200', '--json')).toBe(EXIT.ok)
    const report = JSON.parse(output.out) as SimulationReport
    const { input, split, lift, offers } = report
    expect(split.trainOrders + split.testOrders).toBe(input.orders)
    expect(split.trainTo <= split.testFrom).toBe(true)
    // Every customer of the slice is in one arm; revenue per customer is revenue / customers.
    expect(lift.treated.units + lift.control.units).toBeGreaterThan(10)
    expect(lift.revenuePerUnit.treated).toBeCloseTo(lift.treated.revenue / lift.treated.units, 6)
    const d = lift.revenuePerUnit.difference
    expect(d.low).toBeLessThanOrEqual(d.estimate)
    expect(d.estimate).toBeLessThanOrEqual(d.high)
    expect(offers.impressions).toBeGreaterThan(0)
    expect(offers.impressions).toBeLessThanOrEqual(3 * offers.orders)
    // No costs in the file and none assumed: margin is unknown, not zero.
    expect(lift.marginPerUnit.difference.estimate).toBeNull()
    // Seeded: the same command gives the same report.
    output.clear()
    await run('--resamples', '200', '--json')
    expect(JSON.parse(output.out)).toEqual(report)
  })

  it('shows offers only to treated customers and takes only items the order holds', async () => {
    const history = await readHistory(slice, 'online-retail')
    const holdout = { share: 0.3, salt: 'holdout' }
    const replay = replayHistory(history.orders, { trainShare: 0.7, holdout, limit: 3 })
    const bought = new Set(
      replay.events.filter((e) => e.kind === 'purchase').map((e) => `${e.orderId}|${e.sku}`),
    )
    for (const e of replay.events) {
      if (e.kind === 'impression') expect(assignHoldout(e.customer!, holdout)).toBe(false)
      if (e.kind === 'accept') expect(bought.has(`${e.offerId!.split(':')[0]}|${e.sku}`)).toBe(true)
      if (e.kind === 'purchase') expect(e.holdout).toBe(assignHoldout(e.customer!, holdout))
    }
    expect(replay.population.filter((p) => p.arm === 'holdout').length).toBeGreaterThan(0)
  })

  it('exits 2 on bad settings, naming the flag', async () => {
    expect(await run('--holdout-share', '1.5')).toBe(EXIT.usage)
    expect(output.err).toContain('--holdout-share must be between 0 and 1')
    expect(await run('--format', 'nope')).toBe(EXIT.usage)
    expect(await run('--limit', 'three')).toBe(EXIT.usage)
  })
})
