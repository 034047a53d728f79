import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './report-md.js'
import { runEval } from './run.js'

const dir = mkdtempSync(join(tmpdir(), 'upcross-eval-'))

describe('runEval', () => {
  it('evaluates a small FIMI file end to end and renders the report', () => {
    const file = join(dir, 'tiny.dat')
    const rows: string[] = []
    for (let i = 0; i < 200; i++)
      rows.push(`${i % 5} ${(i % 5) + 10} ${i % 7 === 0 ? 99 : 20 + (i % 3)}`)
    writeFileSync(file, `${rows.join('\n')}\n`)
    const report = runEval({
      datasets: [file],
      methods: ['popularity', 'cooccurrence', 'upcross'],
      resamples: 50,
    })
    expect(report.sections).toHaveLength(1)
    const s = report.sections[0]!
    expect(s.queries).toBe(40) // 20 % of 200 baskets, all with 3 items
    expect(s.methods.map((m) => m.name)).toEqual(['popularity', 'cooccurrence', 'upcross'])
    const co = s.methods[1]!.metrics['HR@10']!
    expect(co.low).toBeLessThanOrEqual(co.estimate)
    expect(co.high).toBeGreaterThanOrEqual(co.estimate)
    // pairs (i, i+10) always co-occur: hiding one of them, co-occurrence finds it at once
    expect(co.estimate).toBeGreaterThan(0.6)
    expect(s.comparison?.baseline).toBe('cooccurrence')
    const md = renderMarkdown(report)
    expect(md).toContain('## tiny.dat — basket-completion (random)')
    expect(md).toContain('| cooccurrence |')
    expect(md).toContain('Paired comparison upcross vs cooccurrence')
  })

  it('splits a canonical orders CSV by time, with customer baselines', () => {
    const file = join(dir, 'orders.csv')
    const rows = ['order_id,customer_id,ordered_at,sku,quantity,unit_price']
    for (let o = 0; o < 50; o++) {
      const day = String(1 + (o % 28)).padStart(2, '0')
      const at = `2024-${o < 28 ? '01' : '02'}-${day}T10:00:00Z`
      for (const sku of ['A', 'B', o % 2 ? 'C' : 'D'])
        rows.push(`o${o},c${o % 4},${at},${sku},1,2.50`)
    }
    rows.push('o99,c1,2024-03-01T10:00:00Z,A,-1,2.50')
    writeFileSync(file, `${rows.join('\n')}\n`)
    const report = runEval({ datasets: [file], ks: [5], resamples: 20, cwd: dir })
    const s = report.sections[0]!
    expect(s.key).toBe('orders.csv/basket-completion/temporal')
    expect(s.queries).toBe(10)
    expect(s.methods.map((m) => m.name)).toEqual([
      'popularity',
      'cooccurrence',
      'P-TopFreq',
      'GP-TopFreq',
      'EASE',
      'upcross',
    ])
    expect(s.notes).toEqual([
      'canonical orders lines kept 150; excluded return_line 1; rejected 0.',
    ])
  })

  it('runs next-basket on Reality-Check JSON given by path (TIFU split only)', () => {
    const history: Record<string, number[][]> = {}
    const future: Record<string, number[][]> = {}
    for (let u = 0; u < 30; u++) {
      history[String(u)] = [[-1], [1, 2], [u % 3 === 0 ? 3 : 4], [-1]]
      future[String(u)] = [[-1], [u % 3 === 0 ? 3 : 4, 1], [-1]]
    }
    writeFileSync(join(dir, 'toy_history.json'), JSON.stringify(history))
    writeFileSync(join(dir, 'toy_future.json'), JSON.stringify(future))
    const report = runEval({ datasets: ['toy_history.json'], resamples: 20, cwd: dir })
    expect(report.sections.map((s) => s.key)).toEqual(['toy/next-basket/tifu'])
    const s = report.sections[0]!
    expect(s.queries).toBe(6)
    expect(s.comparison?.baseline).toBe('GP-TopFreq')
    // the personal part finds each user's own item 3 or 4 and the common item 1
    expect(s.methods.find((m) => m.name === 'P-TopFreq')!.metrics['Recall@10']!.estimate).toBe(1)
  })

  it('refuses a protocol a named data set does not fit, and a missing data directory', () => {
    expect(() => runEval({ datasets: ['tafeng'], protocol: 'basket-completion' })).toThrow(
      /tafeng is Reality-Check next-basket data/,
    )
    expect(() => runEval({ datasets: ['groceries'], dataDir: join(dir, 'none') })).toThrow(
      `data directory not found: ${join(dir, 'none')}`,
    )
  })
})
