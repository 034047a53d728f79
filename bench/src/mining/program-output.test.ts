import { describe, expect, it } from 'vitest'
import { parseReferenceOutput, parseUpcrossOutput } from './program-output.js'

const CPP =
  'c++ pairs mode=dense N=88162 M=16470 minCount=89 increments=3699897 distinct=1047423 frequentPairs=3260 parse=0.024s count=0.034s Minc/s=107.3 maxrssMB=19\n'

describe('parseReferenceOutput', () => {
  it('reads the work, the answer, the phases and the peak memory of pairs.cpp', () => {
    expect(parseReferenceOutput(CPP)).toEqual({
      baskets: 88162,
      minCount: 89,
      increments: 3699897,
      frequentPairs: 3260,
      parseSeconds: 0.024,
      countSeconds: 0.034,
      maxRssMiB: 19,
    })
  })

  it('finds the line among other output', () => {
    expect(parseReferenceOutput(`warning: x\n${CPP}`).frequentPairs).toBe(3260)
  })

  it('refuses output without the line or with a field missing or garbled', () => {
    expect(() => parseReferenceOutput('usage: pairs FILE MODE\n')).toThrow(/no "c\+\+ pairs" line/)
    expect(() => parseReferenceOutput(CPP.replace(' frequentPairs=3260', ''))).toThrow(
      /numeric frequentPairs/,
    )
    expect(() => parseReferenceOutput(CPP.replace('parse=0.024s', 'parse=0.024'))).toThrow(
      /numeric parse/,
    )
    expect(() => parseReferenceOutput(CPP.replace('maxrssMB=19', 'maxrssMB='))).toThrow(
      /numeric maxrssMB/,
    )
  })
})

describe('parseUpcrossOutput', () => {
  const summary = {
    baskets: 6,
    minCount: 3,
    increments: 14,
    frequentPairs: 3,
    parseSeconds: 0.001,
    countSeconds: 0.002,
    maxRssMiB: 50.5,
  }

  it('reads the JSON summary of mine pairs', () => {
    expect(parseUpcrossOutput(`${JSON.stringify({ file: 'x', ...summary })}\n`)).toEqual(summary)
  })

  it('refuses text that is not the JSON summary', () => {
    expect(() => parseUpcrossOutput('baskets=6 items=5\n')).toThrow(/did not print a JSON/)
    expect(() => parseUpcrossOutput(JSON.stringify({ ...summary, frequentPairs: '3' }))).toThrow(
      /numeric frequentPairs/,
    )
  })
})
