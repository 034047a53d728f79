import { describe, expect, it } from 'vitest'
import { retailCategory } from './retail-category.js'

describe('retailCategory', () => {
  it('takes the rightmost product noun, singularised', () => {
    expect(retailCategory('LUNCH BAG RED RETROSPOT')).toBe('BAG')
    expect(retailCategory('RED RETROSPOT CAKE STAND')).toBe('STAND')
    expect(retailCategory('SET OF 3 CAKE TINS PANTRY DESIGN')).toBe('TIN')
    expect(retailCategory('PACK OF 60 PINK PAISLEY CAKE CASES')).toBe('CASE')
    expect(retailCategory('ROUND SNACK BOXES SET OF4 WOODLAND')).toBe('BOX')
    expect(retailCategory('WHITE HANGING HEART T-LIGHT HOLDER')).toBe('HOLDER')
  })
  it('gives none when no word is a product noun', () => {
    expect(retailCategory('BLUE GEISHA GIRL')).toBeUndefined()
    expect(retailCategory('')).toBeUndefined()
  })
})
