/**
 * The Complete Journey (dunnhumby / 84.51°) receipt-line sample as trade-up purchases, with the
 * product hierarchy as categories.
 * @module
 */
import { join } from 'node:path'
import { UpcrossError } from 'upcross'
import type { Purchase } from 'upcross/eval'
import { splitCsvLine } from './csv-fields.js'
import { lines, readText } from './read-file.js'

/** Which level of the hierarchy is the category. */
export type DunnhumbyLevel = 'product_category' | 'product_type'

/** The purchases, the category of each product, and what was left out. */
export interface DunnhumbyLoad {
  purchases: Purchase[]
  categories: Map<string, string>
  /** Lines read, and lines dropped for quantity ≤ 0 or sales value ≤ 0. */
  lines: number
  dropped: number
  /** Products of the catalogue, and those with a category at `level`. */
  products: number
  productsWithCategory: number
}

const STAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

/**
 * Reads `transactions_sample.csv.gz` and `products.csv.gz` from `dir`. Unit price = sales_value /
 * quantity in cents; timestamps are read as UTC (they are New York local time; only their order
 * matters). Category = `product_category`, or `product_category>product_type` for `product_type`;
 * products with an empty field there have none.
 */
export function loadDunnhumby(dir: string, level: DunnhumbyLevel): DunnhumbyLoad {
  const productRows = lines(readText(join(dir, 'products.csv.gz')))
  const head = splitCsvLine(productRows[0] ?? '')
  const col = (name: string) => column(head, name, 'products.csv.gz')
  const [id, category, type] = [col('product_id'), col('product_category'), col('product_type')]
  const categories = new Map<string, string>()
  for (const row of productRows.slice(1)) {
    const f = splitCsvLine(row)
    const c = f[category]?.trim() ?? ''
    const t = f[type]?.trim() ?? ''
    const value = level === 'product_category' ? c : c && t ? `${c}>${t}` : ''
    if (value) categories.set(f[id]!.trim(), value)
  }
  const rows = lines(readText(join(dir, 'transactions_sample.csv.gz')))
  const th = splitCsvLine(rows[0] ?? '')
  const tcol = (name: string) => column(th, name, 'transactions_sample.csv.gz')
  const [hh, basket, product, qty, sales, stamp] = [
    'household_id',
    'basket_id',
    'product_id',
    'quantity',
    'sales_value',
    'transaction_timestamp',
  ].map(tcol) as [number, number, number, number, number, number]
  const purchases: Purchase[] = []
  let dropped = 0
  for (const row of rows.slice(1)) {
    const f = splitCsvLine(row)
    const quantity = Number(f[qty])
    const value = Number(f[sales])
    const m = STAMP.exec(f[stamp]?.trim() ?? '')
    if (!(quantity > 0) || !(value > 0) || !m) {
      dropped++
      continue
    }
    const [, y, mo, d, h, mi, s] = m.map(Number) as number[]
    purchases.push({
      customer: f[hh]!.trim(),
      basket: f[basket]!.trim(),
      sku: f[product]!.trim(),
      at: Date.UTC(y!, mo! - 1, d!, h!, mi!, s!),
      unitPrice: Math.round((value * 100) / quantity),
    })
  }
  return {
    purchases,
    categories,
    lines: rows.length - 1,
    dropped,
    products: productRows.length - 1,
    productsWithCategory: categories.size,
  }
}

function column(header: readonly string[], name: string, file: string): number {
  const i = header.indexOf(name)
  if (i < 0) throw new UpcrossError('invalid_input', `${file}: no column ${name}`)
  return i
}
