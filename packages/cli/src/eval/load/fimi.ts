/**
 * FIMI `.dat` baskets through the core's byte-level reader.
 * @module
 */
import { type BasketSet, createFimiBasketReader, formatIssue, UpcrossError } from 'upcross'
import { readBytes } from './read-file.js'

/** Loads a FIMI file (one basket of integer ids per line) as a `BasketSet`. */
export function loadFimi(path: string): BasketSet {
  const reader = createFimiBasketReader({ file: path })
  reader.push(readBytes(path))
  const { baskets, issues } = reader.end()
  if (issues.length > 0)
    throw new UpcrossError(
      'invalid_input',
      `${path}: ${issues.length} malformed lines; first: ${formatIssue(issues[0]!)}`,
    )
  return baskets
}
