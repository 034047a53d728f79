/**
 * Reading a catalog file into products, rejected rows reported on standard error.
 * @module
 */
import { formatIssue, type Product, UpcrossError } from 'upcross'
import { openProductSource } from './io/index.js'

/** Reads every product of a catalog file in a layout; rejected rows are counted and shown. */
export async function readProductFile(
  path: string,
  format: string,
): Promise<{ products: Product[]; rejected: number }> {
  if (format !== 'canonical' && format !== 'online-retail' && format !== 'instacart') {
    throw new UpcrossError(
      'invalid_input',
      `unknown --products-format ${format}; use canonical, online-retail or instacart`,
    )
  }
  const products: Product[] = []
  let rejected = 0
  for await (const outcome of openProductSource(path, format)) {
    if (outcome.kind === 'accept') products.push(outcome.row)
    else if (outcome.kind === 'reject') {
      rejected++
      if (rejected <= 20)
        for (const issue of outcome.issues)
          process.stderr.write(`  rejected ${formatIssue(issue)}\n`)
    }
  }
  if (rejected > 0) process.stderr.write(`${rejected} product rows rejected\n`)
  return { products, rejected }
}
