/**
 * upcross/mining: frequent pairs and what they are mined from (basket sets, the FIMI basket
 * reader, item counts), without loading the rest of the core; for tools that start often, like
 * `upcross mine`. Everything here is also exported from `upcross`.
 * @module
 */

export type { FimiBasketHandler, FimiParser, FimiParserOptions } from '../ingest/fimi.js'
export { createFimiParser } from '../ingest/fimi.js'
export type {
  FimiBasketReader,
  FimiBasketReaderOptions,
  FimiBasketReadResult,
} from '../ingest/fimi-baskets.js'
export { createFimiBasketReader } from '../ingest/fimi-baskets.js'
export type { BasketSet } from './basket-set.js'
export { BasketSetBuilder, basketSkus, sortUnique } from './basket-set.js'
export type { FrequentPairs, FrequentPairsOptions } from './frequent-pairs.js'
export { countFrequentPairs } from './frequent-pairs.js'
export { countItems } from './item-counts.js'
