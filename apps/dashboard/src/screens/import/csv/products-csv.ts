/**
 * The canonical products CSV (`sku,title,category,price`, optional `cost`, `stock`, `tags` and
 * the relation columns) as the API's products. The browser checks only what the request schema
 * could not carry (an empty or over-long SKU, a stock that is not a whole number); prices, tiers
 * and relations are judged by the server with the CLI's rules.
 * @module
 */
import type { ProductInput } from '@upcross/client'
import type { RowIssue } from '../report.js'
import { field, findColumns } from './columns.js'
import { MAX_ID, type Prepared, type Unusable } from './prepare.js'
import type { CsvTable } from './read-csv.js'

/** The typed relation columns (lists of SKUs separated by `|`, and `tier`). */
export const RELATION_COLUMNS = [
  'variant_of',
  'accessory_of',
  'addon_for',
  'warranty_for',
  'service_plan_for',
  'consumable_for',
  'replaces',
  'tier',
] as const

const REQUIRED = ['sku', 'title', 'category', 'price'] as const
const OPTIONAL = ['cost', 'stock', 'tags', ...RELATION_COLUMNS] as const
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number]

const list = (text: string) =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '')

/** One row as a product, or the issues that keep it from being sent. */
function toProduct(
  line: number,
  values: Record<Column, string>,
): { product: ProductInput } | { issues: RowIssue[] } {
  const issues: RowIssue[] = []
  const bad = (column: Column, code: string, message: string) =>
    issues.push({
      line,
      column,
      code,
      message,
      outcome: 'rejected',
      record: values.sku || undefined,
    })
  if (values.sku === '') bad('sku', 'missing_value', 'sku is empty')
  if (values.sku.length > MAX_ID) bad('sku', 'too_long', `sku is longer than ${MAX_ID} characters`)
  if (values.title.length > 1000) bad('title', 'too_long', 'title is longer than 1000 characters')
  if (values.category.length > 1000)
    bad('category', 'too_long', 'category is longer than 1000 characters')
  if (values.stock !== '' && !/^[+-]?\d{1,15}$/.test(values.stock))
    bad('stock', 'invalid_stock', `stock must be a whole number; found "${values.stock}"`)
  if (issues.length > 0) return { issues }
  const product: ProductInput = { sku: values.sku, title: values.title, category: values.category }
  if (values.price !== '') product.price = values.price
  if (values.cost !== '') product.cost = values.cost
  if (values.stock !== '') product.stock = Number(values.stock)
  if (values.tags !== '') product.tags = list(values.tags)
  const relations: Record<string, string | string[]> = {}
  for (const kind of RELATION_COLUMNS) {
    const text = values[kind]
    if (text === '') continue
    relations[kind] = kind === 'tier' ? text : list(text)
  }
  if (Object.keys(relations).length > 0) product.relations = relations
  return { product }
}

/** One product per row. */
export function prepareProducts(table: CsvTable): Prepared<ProductInput> | Unusable {
  const columns = findColumns<Column>(table.header, REQUIRED, OPTIONAL)
  if (!columns.ok) return { kind: 'products', fatal: columns.message }
  const issues: RowIssue[] = table.problems.map((p) => ({ ...p, outcome: 'rejected' as const }))
  const items: ProductInput[] = []
  const lines: number[][] = []
  let rejectedRecords = table.problems.length
  for (const { line, fields } of table.records) {
    const values = {} as Record<Column, string>
    for (const c of [...REQUIRED, ...OPTIONAL]) values[c] = field(fields, columns.index, c)
    const made = toProduct(line, values)
    if ('issues' in made) {
      issues.push(...made.issues)
      rejectedRecords++
      continue
    }
    items.push(made.product)
    lines.push([line])
  }
  return {
    kind: 'products',
    items,
    lines,
    issues,
    rows: table.records.length + table.problems.length,
    rejectedRecords,
  }
}
