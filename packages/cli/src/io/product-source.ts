/**
 * Product files of the supported layouts as one stream of product outcomes.
 * @module
 */
import {
  createCanonicalProductParser,
  createInstacartNameTable,
  createInstacartProductParser,
  createOnlineRetailDetailParser,
  OnlineRetailProductDeriver,
  type Product,
  type ProductOutcome,
  UpcrossError,
} from 'upcross'
import { readCsvLayout } from './csv-layout.js'
import { assertFile } from './file-bytes.js'
import { findInstacartProductFiles } from './instacart-files.js'

/** The layouts `openProductSource` reads. */
export const PRODUCT_FORMATS = ['canonical', 'online-retail', 'instacart'] as const

/** One product-file layout. */
export type ProductFormat = (typeof PRODUCT_FORMATS)[number]

/**
 * Streams the products of a file: `canonical` products.csv; `online-retail` products derived
 * from the accepted sales lines (title = latest Description, price = latest UnitPrice; yielded
 * after the file is read, malformed rows as rejects); `instacart` products.csv (or its folder)
 * with aisles.csv and departments.csv beside it. Throws `UpcrossError('invalid_input')` at once
 * for a missing file.
 */
export function openProductSource(
  path: string,
  format: ProductFormat,
): AsyncIterable<ProductOutcome> {
  switch (format) {
    case 'canonical':
      return readCsvLayout(path, createCanonicalProductParser)
    case 'online-retail':
      assertFile(path)
      return onlineRetail(path)
    case 'instacart':
      return instacart(path)
    default:
      throw new UpcrossError('invalid_input', `unknown product format ${JSON.stringify(format)}`)
  }
}

async function* onlineRetail(path: string): AsyncGenerator<ProductOutcome> {
  const deriver = new OnlineRetailProductDeriver()
  const lines = readCsvLayout(path, createOnlineRetailDetailParser)
  for await (const outcome of lines) {
    if (outcome.kind === 'accept') deriver.add(outcome.row)
    else if (outcome.kind === 'reject') yield outcome
  }
  for (const row of deriver.products()) yield { kind: 'accept', row }
}

function instacart(path: string): AsyncIterable<ProductOutcome> {
  const files = findInstacartProductFiles(path)
  return (async function* () {
    const tables: Record<'aisle' | 'department', ReadonlyMap<string, string>> = {
      aisle: new Map(),
      department: new Map(),
    }
    for (const kind of ['aisle', 'department'] as const) {
      let build: (() => ReadonlyMap<string, string>) | undefined
      yield* readCsvLayout<Product>(files[`${kind}s`], (header, file) => {
        const made = createInstacartNameTable(kind, header, file)
        if (!made.ok) return made
        const builder = made.value
        build = () => builder.build()
        return { ok: true, value: (rec) => builder.add(rec) }
      })
      tables[kind] = build!()
    }
    yield* readCsvLayout(files.products, (header, file) =>
      createInstacartProductParser(header, tables.aisle, tables.department, file),
    )
  })()
}
