/**
 * Finding the files of the Instacart layout from a directory or a list of files, with or
 * without `.gz`.
 * @module
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { UpcrossError } from 'upcross'
import { assertFile } from './file-bytes.js'

/** The files an Instacart order import reads. */
export interface InstacartOrderFiles {
  orders: string
  /** `order_products__*.csv` files, prior before train. */
  orderProducts: string[]
}

/** The name of a file without folder, `.gz` and `.csv` (`orders.csv.gz` → `orders`). */
export function stem(path: string): string {
  return basename(path)
    .replace(/\.gz$/i, '')
    .replace(/\.csv$/i, '')
}

function expand(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    if (existsSync(p) && statSync(p).isDirectory())
      return readdirSync(p)
        .sort()
        .map((n) => join(p, n))
    assertFile(p)
    return [p]
  })
}

/**
 * Sorts paths (files or directories) into `orders.csv` and the `order_products__*.csv` files;
 * throws `invalid_input` when either is missing.
 */
export function findInstacartOrderFiles(paths: readonly string[]): InstacartOrderFiles {
  const files = expand(paths)
  const orders = files.find((f) => stem(f) === 'orders')
  const orderProducts = files.filter((f) => stem(f).startsWith('order_products__')).sort()
  if (orders === undefined || orderProducts.length === 0) {
    const lacking = orders === undefined ? 'orders.csv' : 'an order_products__*.csv file'
    throw new UpcrossError(
      'invalid_input',
      `the instacart layout needs orders.csv and order_products__prior.csv / __train.csv; ${lacking} is missing among ${paths.join(', ')}`,
    )
  }
  return { orders, orderProducts }
}

/** The files an Instacart product import reads. */
export interface InstacartProductFiles {
  products: string
  aisles: string
  departments: string
}

/**
 * Finds `products.csv` (the path itself, or inside the directory given) and the `aisles.csv`
 * and `departments.csv` beside it; throws `invalid_input` naming what is missing.
 */
export function findInstacartProductFiles(path: string): InstacartProductFiles {
  const isDir = existsSync(path) && statSync(path).isDirectory()
  const folder = isDir ? path : dirname(path)
  const find = (name: string): string => {
    for (const candidate of [`${name}.csv`, `${name}.csv.gz`]) {
      const p = join(folder, candidate)
      if (existsSync(p)) return p
    }
    throw new UpcrossError(
      'invalid_input',
      `the instacart catalog needs ${name}.csv (or .csv.gz) in ${folder}`,
    )
  }
  const products = isDir ? find('products') : path
  assertFile(products)
  return { products, aisles: find('aisles'), departments: find('departments') }
}
