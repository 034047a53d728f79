import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './report-md.js'
import { runEval } from './run.js'

describe('runEval', () => {
  it('evaluates a small FIMI file end to end and renders the report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'upcross-eval-'))
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
})
