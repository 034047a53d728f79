/**
 * arules Groceries `.basket` files (comma-separated item names) through the core's parser.
 * @module
 */
import { type BasketSet, BasketSetBuilder, parseGroceriesBasket, UpcrossError } from 'upcross'
import { lines, readText } from './read-file.js'

/** Loads a `.basket` file: one basket per line, distinct trimmed names. */
export function loadGroceries(path: string): BasketSet {
  const builder = new BasketSetBuilder()
  lines(readText(path)).forEach((text, i) => {
    const skus: string[] = []
    for (const outcome of parseGroceriesBasket({ line: i + 1, fields: text.split(',') }, path)) {
      if (outcome.kind !== 'accept')
        throw new UpcrossError('invalid_input', `${path}:${i + 1}: malformed basket`)
      skus.push(outcome.row.sku)
    }
    if (skus.length > 0) builder.addSkus(skus)
  })
  return builder.build()
}
