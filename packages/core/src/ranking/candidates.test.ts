import { describe, expect, it } from 'vitest'
import { CandidateBoard } from './candidates.js'

describe('CandidateBoard', () => {
  it('lists an item once however often it is scored, even after zero contributions', () => {
    const board = new CandidateBoard(5)
    board.add(2, 0, 7)
    board.add(2, 0.5, 8)
    board.add(2, 0.25, 9)
    board.add(4, 0.1, 1)
    expect(board.ranked(() => true)).toEqual([2, 4])
    expect(board.score[2]).toBe(0.75)
    expect(board.bestAnchor[2]).toBe(8)
  })
  it('credits the first source when no later one contributes more, and drops zero scores', () => {
    const board = new CandidateBoard(3)
    board.add(1, 0, 5)
    board.add(0, 0.2, -2)
    board.add(0, 0.1, 3)
    expect(board.bestAnchor[0]).toBe(-2)
    expect(board.ranked(() => true)).toEqual([0])
    expect(board.ranked((i) => i !== 0)).toEqual([])
  })
})
