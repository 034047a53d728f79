import { describe, expect, it } from 'vitest'
import type { BenchDataset } from './datasets.js'
import type { ProgramReport } from './program-output.js'
import { verdictText } from './report.js'
import { judge, type MeasuredRun } from './results.js'

const dataset: BenchDataset = {
  name: 'toy',
  gzFile: 'toy.dat.gz',
  md5: '',
  minSupport: 0.5,
  expectedPairs: 3,
  maxRatio: 2,
  maxRssMiB: 100,
}

const report: ProgramReport = {
  baskets: 1000,
  minCount: 500,
  increments: 2_000_000,
  frequentPairs: 3,
  parseSeconds: 0.1,
  countSeconds: 0.2,
  maxRssMiB: 50,
}

const runs = (seconds: number[], patch: Partial<ProgramReport> = {}): MeasuredRun[] =>
  seconds.map((s) => ({ seconds: s, report: { ...report, ...patch } }))

describe('judge', () => {
  it('compares median whole-process times and derives rates from them', () => {
    const r = judge(dataset, runs([1, 0.9, 5]), runs([2, 1.7, 1.8]))
    expect(r.reference.medianSeconds).toBe(1)
    expect(r.ours.medianSeconds).toBe(1.8)
    expect(r.ours.minSeconds).toBe(1.7)
    expect(r.ratio).toBeCloseTo(1.8)
    expect(r.ours.basketsPerSecond).toBeCloseTo(1000 / 1.8)
    expect(r.ours.mincPerSecond).toBeCloseTo(2 / 1.8)
    expect(r.ours.otherSeconds).toBeCloseTo(1.8 - 0.3)
    expect(r.timePass).toBe(true)
    expect(verdictText(r)).toBe('pass')
  })

  it('fails on time above the target ratio and on the peak of any run above the memory limit', () => {
    const slow = judge(dataset, runs([1]), runs([2.1]))
    expect(slow.timePass).toBe(false)
    expect(verdictText(slow)).toBe('FAIL (time)')
    const fat = judge(dataset, runs([1, 1]), [...runs([1]), ...runs([1], { maxRssMiB: 101 })])
    expect(fat.ours.maxRssMiB).toBe(101)
    expect(verdictText(fat)).toBe('FAIL (memory)')
  })

  it('reports answers that differ from the reference or from the known count', () => {
    const wrong = judge(dataset, runs([1]), runs([1], { frequentPairs: 4 }))
    expect(wrong.mismatches).toEqual([
      'toy: upcross run 1 found 4 frequent pairs, expected 3',
      'toy: upcross run 1 frequentPairs=4, C++ says 3',
    ])
    expect(verdictText(wrong)).toBe('FAIL (answer)')
    expect(judge(dataset, runs([1]), runs([1], { increments: 1 })).mismatches).toEqual([
      'toy: upcross run 1 increments=1, C++ says 2000000',
    ])
  })
})
