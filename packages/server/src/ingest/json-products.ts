/**
 * Products as JSON: the schema of one product and its validation by the canonical products
 * parser, so the API accepts exactly what `products.csv` accepts.
 * @module
 */

import { type TSchema, Type } from 'typebox'
import {
  CANONICAL_PRODUCT_COLUMNS,
  CANONICAL_PRODUCT_OPTIONAL_COLUMNS,
  createCanonicalProductParser,
  type ProductOutcome,
  RELATION_KINDS,
} from 'upcross'
import { asText, relocateIssue } from './record-issues.js'

const Decimal = Type.Union([Type.Number(), Type.String(), Type.Null()], {
  description: 'a decimal in the store currency (e.g. 12.50 or "12.50"); null when unknown',
})

const relationProps: Record<string, TSchema> = {}
for (const kind of RELATION_KINDS)
  relationProps[kind] =
    kind === 'tier'
      ? Type.Optional(Type.String({ description: 'tier label, optionally with order: better:2' }))
      : Type.Optional(Type.Array(Type.String({ minLength: 1 }), { maxItems: 1000 }))

/** One product of the catalog. */
export const ProductInput = Type.Object(
  {
    sku: Type.String({ minLength: 1, maxLength: 200 }),
    title: Type.Optional(Type.String({ maxLength: 1000 })),
    category: Type.Optional(Type.String({ maxLength: 1000, description: 'levels separated by >' })),
    price: Type.Optional(Decimal),
    cost: Type.Optional(Decimal),
    stock: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
    tags: Type.Optional(Type.Array(Type.String(), { maxItems: 1000 })),
    relations: Type.Optional(Type.Object(relationProps, { additionalProperties: false })),
  },
  { additionalProperties: false },
)

/** A product as the request holds it. */
export interface ProductInputValue {
  sku: string
  title?: string
  category?: string
  price?: number | string | null
  cost?: number | string | null
  stock?: number | null
  tags?: string[]
  relations?: Record<string, string | string[] | undefined>
}

const COLUMNS = [
  ...CANONICAL_PRODUCT_COLUMNS,
  ...CANONICAL_PRODUCT_OPTIONAL_COLUMNS,
  ...RELATION_KINDS,
] as const
const FIELDS: Record<string, readonly string[]> = Object.fromEntries(
  RELATION_KINDS.map((k) => [k, ['relations', k]]),
)

const parser = (() => {
  const made = createCanonicalProductParser({ line: 0, fields: COLUMNS })
  if (!made.ok) throw new Error('the canonical product header is its own columns')
  return made.value
})()

/** Judges one JSON product; issues point at `[...prefix, field]`. */
export function productOutcome(
  input: ProductInputValue,
  prefix: readonly (string | number)[],
): ProductOutcome {
  const rel = input.relations ?? {}
  const fields = COLUMNS.map((column): string => {
    switch (column) {
      case 'sku':
      case 'title':
      case 'category':
        return input[column] ?? ''
      case 'price':
      case 'cost':
      case 'stock':
        return asText(input[column])
      case 'tags':
        return (input.tags ?? []).join('|')
      default: {
        const value = rel[column]
        return Array.isArray(value) ? value.join('|') : (value ?? '')
      }
    }
  })
  const outcome = parser({ line: 1, fields })
  if (outcome.kind === 'accept') return outcome
  const where = `product "${input.sku}"`
  if (outcome.kind === 'exclude')
    return { kind: 'exclude', issue: relocateIssue(outcome.issue, prefix, FIELDS, where) }
  return {
    kind: 'reject',
    issues: outcome.issues.map((i) => relocateIssue(i, prefix, FIELDS, where)),
  }
}
