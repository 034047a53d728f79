/**
 * The canonical products CSV (CONTRACTS.md): `sku,title,category,price`, optional `cost`, `stock`,
 * `tags` and the typed relation columns; column order free, extra columns ignored.
 * @module
 */
import { parseMinor } from '../domain/money.js'
import { type Product, RELATION_KINDS, type RelationKind } from '../domain/product.js'
import type { Result } from '../errors.js'
import { createRecordParser, fieldIssue } from './header.js'
import type { ProductOutcome, TextRecord } from './types.js'
import { parseInteger, splitList } from './values.js'

/** The required leading columns of the canonical products CSV. */
export const CANONICAL_PRODUCT_COLUMNS = ['sku', 'title', 'category', 'price'] as const

/** Optional columns of the canonical products CSV besides the relation columns. */
export const CANONICAL_PRODUCT_OPTIONAL_COLUMNS = ['cost', 'stock', 'tags'] as const

/** Turns one record of a products file into an outcome. */
export type ProductRecordParser = (rec: TextRecord) => ProductOutcome

const TIER = /^([^:|]+?)\s*(?::\s*(\d+))?$/

/**
 * Reads the header of a canonical products CSV and returns the parser of its records.
 * Rules: `sku` required; empty `title` stays empty, empty `category` = unknown, empty `price` /
 * `cost` = unknown; prices and costs are non-negative decimals; `stock` an integer; `tags` and
 * relation columns are `|`-separated; `tier` is `label` or `label:order` (e.g. `better:2`) and is
 * stored as `[label]` or `[label, order]`; a product naming itself in a relation is `self_relation`.
 */
export function createCanonicalProductParser(
  header: TextRecord,
  file?: string,
): Result<ProductRecordParser> {
  return createRecordParser(
    header,
    {
      layout: 'canonical products',
      required: CANONICAL_PRODUCT_COLUMNS,
      optional: [...CANONICAL_PRODUCT_OPTIONAL_COLUMNS, ...RELATION_KINDS],
    },
    file,
    ({ rec, columns: c, get, issues }): ProductOutcome => {
      const money = (col: 'price' | 'cost', i: number | undefined): number | undefined => {
        const text = get(i)
        if (text === '') return undefined
        const v = parseMinor(text)
        if (v === undefined || v < 0) {
          const expected = 'a non-negative decimal such as 12.50 (or empty when unknown)'
          issues.push(fieldIssue(`invalid_${col}`, rec, col, file, expected, text))
        }
        return v
      }

      const sku = get(c.sku)
      if (sku === '') issues.push(fieldIssue('missing_value', rec, 'sku', file, 'present', sku))
      const product: Product = {
        sku,
        title: get(c.title),
        category: get(c.category),
        price: money('price', c.price),
      }
      if (c.cost !== undefined) product.cost = money('cost', c.cost)
      if (c.stock !== undefined) {
        const text = get(c.stock)
        const stock = text === '' ? undefined : parseInteger(text)
        if (text !== '' && stock === undefined) {
          issues.push(fieldIssue('invalid_stock', rec, 'stock', file, 'a whole number', text))
        }
        product.stock = stock
      }
      if (c.tags !== undefined) product.tags = splitList(get(c.tags))

      const relations: Partial<Record<RelationKind, string[]>> = {}
      for (const kind of RELATION_KINDS) {
        const text = get(c[kind])
        if (text === '') continue
        if (kind === 'tier') {
          const m = TIER.exec(text)
          if (!m) {
            const expected =
              'a tier label such as good, better, best, optionally with an order (better:2)'
            issues.push(fieldIssue('invalid_tier', rec, kind, file, expected, text))
          } else {
            relations.tier = m[2] === undefined ? [m[1]!] : [m[1]!, String(Number(m[2]))]
          }
          continue
        }
        const skus = splitList(text)
        if (sku !== '' && skus.includes(sku)) {
          issues.push({
            ...fieldIssue('self_relation', rec, kind, file, 'a list of other products', text),
            message: `${kind} of ${sku} names ${sku} itself; a product cannot be related to itself`,
          })
        }
        if (skus.length > 0) relations[kind] = skus
      }
      if (Object.keys(relations).length > 0) product.relations = relations
      if (issues.length > 0) return { kind: 'reject', issues }
      return { kind: 'accept', row: product }
    },
  )
}
