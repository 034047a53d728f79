import { describe, expect, it } from 'vitest'
import { rankInOrder, rankScores } from './rank-scores.js'

describe('rankScores', () => {
  it('gives the k-th of n the score 1 − k/(n+1) to six decimals, kept lists and long ones alike', () => {
    for (const n of [0, 1, 2, 3, 7, 30, 127, 255, 256, 257, 1000]) {
      const scores = rankScores(n)
      expect(scores).toHaveLength(n)
      for (let k = 0; k < n; k++) expect(scores[k]).toBe(Number((1 - k / (n + 1)).toFixed(6)))
      expect(rankScores(n)).toEqual(scores)
    }
  })

  it('scores items by position, first highest', () => {
    const items = [{ score: 0 }, { score: 9 }, { score: 0.5 }]
    rankInOrder(items)
    expect(items.map((i) => i.score)).toEqual([1, 0.75, 0.5])
  })
})
