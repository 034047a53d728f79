/**
 * FIMI bytes straight into a `BasketSet`, without a string per item occurrence: the fast path
 * for training and benchmarks on files of millions of baskets.
 * @module
 */
import type { Issue } from '../errors.js'
import type { BasketSet } from '../mining/basket-set.js'
import { sortUnique } from '../mining/basket-set.js'
import { IntBuffer } from '../util/int-buffer.js'
import { createFimiParser } from './fimi.js'

/** A push reader: feed chunks, then `end()` returns the baskets and the issues met. */
export interface FimiBasketReader {
  push(chunk: Uint8Array): void
  end(): { baskets: BasketSet; issues: Issue[] }
}

/**
 * Creates a reader that maps raw item ids to dense indices in order of first appearance
 * (SKU = the id as text), sorts and de-duplicates each basket, and skips empty lines.
 */
export function createFimiBasketReader(
  options: { file?: string; maxIssues?: number } = {},
): FimiBasketReader {
  const maxIssues = options.maxIssues ?? 10_000
  const items = new IntBuffer(1 << 20)
  const offsets = new IntBuffer(1 << 16)
  offsets.push(0)
  const skus: string[] = []
  let indexOfRaw = new Int32Array(1 << 16).fill(-1)
  const issues: Issue[] = []
  const parserOptions: Parameters<typeof createFimiParser>[0] = {
    onIssue(issue) {
      if (issues.length < maxIssues) issues.push(issue)
    },
    onBasket(raw, length) {
      const start = items.length
      for (let k = 0; k < length; k++) {
        const id = raw[k]!
        if (id >= indexOfRaw.length) {
          let cap = indexOfRaw.length * 2
          while (cap <= id) cap *= 2
          const next = new Int32Array(cap).fill(-1)
          next.set(indexOfRaw)
          indexOfRaw = next
        }
        let index = indexOfRaw[id]!
        if (index < 0) {
          index = skus.length
          indexOfRaw[id] = index
          skus.push(String(id))
        }
        items.push(index)
      }
      const end = sortUnique(items.raw(), start, items.length)
      items.truncate(end)
      offsets.push(end)
    },
  }
  if (options.file !== undefined) parserOptions.file = options.file
  const parser = createFimiParser(parserOptions)
  return {
    push: (chunk) => parser.push(chunk),
    end() {
      parser.end()
      const basketCount = offsets.length - 1
      return {
        baskets: {
          items: items.toArray(),
          offsets: offsets.toArray(),
          basketCount,
          skus,
          times: undefined,
          customers: undefined,
          customerIds: [],
          prices: new Float64Array(skus.length).fill(Number.NaN),
        },
        issues,
      }
    },
  }
}
