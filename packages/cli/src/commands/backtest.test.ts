import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { BacktestResult } from '../eval/run-backtest.js'
import { main } from '../main.js'
import { captureOutput } from '../test-support/capture-output.js'

const DEMO = resolve(import.meta.dirname, '../../../../data/demo')
const ORDERS = join(DEMO, 'online_retail_france.csv.gz')
const dir = mkdtempSync(join(tmpdir(), 'upcross-backtest-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const output = captureOutput()
const run = (...args: string[]) => main(['node', 'upcross', 'backtest', ...args])

describe('upcross backtest', () => {
  it('replays the demo store in money against top sellers and no offers', async () => {
    const md = join(dir, 'backtest.md')
    const code = await run(
      '--orders',
      ORDERS,
      '--format',
      'online-retail',
      '--offers',
      join(DEMO, 'offers.json'),
      '--json',
      '--out',
      md,
      '--seed',
      '7',
    )
    expect(code).toBe(0)
    const r = JSON.parse(output.out) as BacktestResult
    expect(r.trainOrders + r.testOrders).toBe(382)
    expect(r.placement).toBe('cart')
    const [upcross, top, none] = r.policies
    expect([upcross!.name, top!.name, none!.name]).toEqual(['upcross', 'top sellers', 'no offers'])
    expect(none!.touched).toBe(0)
    expect(none!.marginTotal.estimate).toBe(0)
    expect(upcross!.touched).toBe(r.baskets)
    // totals are the per-basket estimate over every replayed basket
    expect(upcross!.revenueTotal.estimate).toBeCloseTo(
      upcross!.revenuePerBasket.estimate * r.baskets,
      6,
    )
    // the offers that exist on this data are counted by type, and every shown count is ≥ taken
    expect(upcross!.byType['bought_together']!.shown).toBeGreaterThan(0)
    expect(upcross!.byType['bundle']!.shown).toBeGreaterThan(0)
    for (const t of Object.values(upcross!.byType)) expect(t.taken).toBeLessThanOrEqual(t.shown)
    // margin = revenue − 60 % cost − discounts, so it is at most 40 % of revenue
    expect(upcross!.marginTotal.estimate).toBeLessThanOrEqual(
      0.4 * upcross!.revenueTotal.estimate + 1e-6,
    )
    expect(r.comparisons.map((c) => `${c.policy}|${c.against}`)).toEqual([
      'upcross|top sellers',
      'upcross|no offers',
      'top sellers|no offers',
    ])
    expect(readFileSync(md, 'utf8')).toContain('| upcross − top sellers |')
  })

  it('rejects a bad share and a cut-off that leaves nothing to train on, with exit code 2', async () => {
    expect(
      await run('--orders', ORDERS, '--format', 'online-retail', '--incrementality', '2'),
    ).toBe(2)
    expect(output.err).toMatch(/--incrementality must be a number from 0 to 1; found 2/)
    output.clear()
    expect(await run('--orders', ORDERS, '--format', 'online-retail', '--from', '2000-01-01')).toBe(
      2,
    )
    expect(output.err).toMatch(/leaves 0 training and 382 test orders/)
  })

  it('reports invalid offer settings with the file and path', async () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ placements: { cart: { objective: 'greed' } } }))
    expect(await run('--orders', ORDERS, '--format', 'online-retail', '--offers', bad)).toBe(2)
    expect(output.err).toContain('invalid offer settings in')
    expect(output.err).toContain('placements.cart.objective')
  })
})
