import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './report-md.js'
import { runEval } from './run.js'

const dir = mkdtempSync(join(tmpdir(), 'upcross-tradeup-'))

/** 40 customers buy a cheap lunch bag in January and a pricier jumbo bag: 24 in February, 16 in June. */
function writeRetail(): void {
  const rows = ['InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country']
  for (let c = 0; c < 40; c++) {
    const day = 1 + (c % 20)
    rows.push(
      `5${c}01,20725,LUNCH BAG RED RETROSPOT,1,1/${day}/2011 10:00,1.65,${12000 + c},France`,
    )
    rows.push(
      `5${c}01,22326,ROUND SNACK BOXES SET OF4 WOODLAND,1,1/${day}/2011 10:00,2.95,${12000 + c},France`,
    )
    rows.push(
      `5${c}02,85099B,JUMBO BAG RED RETROSPOT,1,${c < 24 ? 2 : 6}/${day}/2011 10:00,2.08,${12000 + c},France`,
    )
  }
  mkdirSync(join(dir, 'online_retail_france'), { recursive: true })
  writeFileSync(
    join(dir, 'online_retail_france/online_retail_france.csv.gz'),
    gzipSync(`${rows.join('\n')}\n`),
  )
}

describe('trade-up sections', () => {
  it('finds the events, scores both methods and renders counts and the verdict', () => {
    writeRetail()
    const report = runEval({
      datasets: ['online_retail_france'],
      protocol: 'trade-up',
      dataDir: dir,
      resamples: 50,
    })
    expect(report.sections.map((s) => s.key)).toEqual([
      'online_retail_france/trade-up/description-noun/any-higher-price',
      'online_retail_france/trade-up/description-noun/within-step',
    ])
    const [any, step] = report.sections
    // 80 baskets: the 16 June ones are the last 20 %, so 16 events LUNCH BAG → JUMBO BAG (+26 %).
    expect(any!.tradeUp).toMatchObject({ events: 16, eventCustomers: 16, eventItems: 1 })
    expect(step!.tradeUp!.events).toBe(16)
    const base = any!.methods.find((m) => m.name === 'pricier-same-category')!
    expect(base.metrics['HR@3']!.estimate).toBe(1)
    expect(any!.tradeUp!.verdict).toMatch(/^too few events/)
    expect(any!.tradeUp!.sanity?.declared.offers).toBe(0)
    const md = renderMarkdown(report)
    expect(md).toContain('## online_retail_france — trade-up (description-noun, any-higher-price)')
    expect(md).toContain('**16 evaluated**')
    expect(md).toContain('| pricier-same-category | 1.0000')
  })
  it('resolves a name to all its protocols, or to the one asked for', () => {
    writeRetail()
    const both = runEval({
      datasets: ['france'],
      dataDir: dir,
      resamples: 20,
      methods: ['popularity', 'pricier-same-category'],
    })
    expect(both.sections.map((s) => s.protocol)).toEqual([
      'basket-completion',
      'trade-up',
      'trade-up',
    ])
  })
})
