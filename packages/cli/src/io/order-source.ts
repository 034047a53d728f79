/**
 * Order files of every supported layout as one stream of order-line outcomes.
 * @module
 */
import {
  createCanonicalOrderParser,
  createFimiOrderParser,
  createInstacartOrderIndex,
  createInstacartOrderProductParser,
  createOnlineRetailParser,
  type InstacartOrderIndexBuilder,
  type OrderFormat,
  type OrderLine,
  type OrderLineOutcome,
  parseGroceriesBasket,
  parseNbrJson,
  UpcrossError,
} from 'upcross'
import { readCsvLayout } from './csv-layout.js'
import { readCsvRecords } from './csv-records.js'
import { assertFile, openBytes } from './file-bytes.js'
import { findInstacartOrderFiles } from './instacart-files.js'
import { readJsonFile } from './json-file.js'

/** Options of `openOrderSource`. */
export interface OrderSourceOptions {
  /**
   * nbr-json: per-user basket counters shared across files (and calls), so a future file read
   * after its history file is dated after it. Default: one fresh map per call.
   */
  nbrCounters?: Map<string, number>
}

/**
 * Streams the order lines of files in a layout: accepted lines, excluded rows with their reason,
 * and rejected rows with file, line and column. Files are read in the order given (instacart:
 * directories or files; orders.csv is read first). Throws `UpcrossError('invalid_input')` at once
 * for a missing file, and while iterating for an unreadable file or a refused header.
 */
export function openOrderSource(
  paths: readonly string[],
  format: OrderFormat,
  options: OrderSourceOptions = {},
): AsyncIterable<OrderLineOutcome> {
  if (paths.length === 0) throw new UpcrossError('invalid_input', 'no order file given')
  if (format === 'instacart') return instacart(paths)
  for (const p of paths) assertFile(p)
  switch (format) {
    case 'canonical':
      return eachFile(paths, (p) => readCsvLayout(p, createCanonicalOrderParser))
    case 'online-retail':
      return eachFile(paths, (p) => readCsvLayout(p, createOnlineRetailParser))
    case 'fimi':
      return eachFile(paths, fimi)
    case 'groceries-basket':
      return eachFile(paths, groceries)
    case 'nbr-json': {
      const counters = options.nbrCounters ?? new Map<string, number>()
      return eachFile(paths, (p) => nbrJson(p, counters))
    }
    default:
      throw new UpcrossError('invalid_input', `unknown order format ${JSON.stringify(format)}`)
  }
}

async function* eachFile(
  paths: readonly string[],
  read: (path: string) => AsyncIterable<OrderLineOutcome> | Iterable<OrderLineOutcome>,
): AsyncGenerator<OrderLineOutcome> {
  for (const p of paths) yield* read(p)
}

async function* fimi(path: string): AsyncGenerator<OrderLineOutcome> {
  let batch: OrderLineOutcome[] = []
  const parser = createFimiOrderParser({ file: path, onOutcome: (o) => batch.push(o) })
  const bytes = openBytes(path)
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      parser.push(chunk)
      const out = batch
      batch = []
      yield* out
    }
  } catch (e) {
    throw new UpcrossError('invalid_input', `cannot read ${path}: ${(e as Error).message}`, {
      cause: e,
    })
  } finally {
    bytes.destroy()
  }
  parser.end()
  yield* batch
}

async function* groceries(path: string): AsyncGenerator<OrderLineOutcome> {
  for await (const item of readCsvRecords(path)) {
    if (item.kind === 'error') yield { kind: 'reject', issues: [item.issue] }
    else yield* parseGroceriesBasket(item.record, path)
  }
}

function nbrJson(path: string, counters: Map<string, number>): Iterable<OrderLineOutcome> {
  const parsed = parseNbrJson(readJsonFile(path), { file: path, counters })
  if (!parsed.ok) {
    throw new UpcrossError('invalid_input', `${path}: ${parsed.issues[0]!.message}`, {
      issues: parsed.issues,
    })
  }
  return parsed.value
}

function instacart(paths: readonly string[]): AsyncIterable<OrderLineOutcome> {
  const files = findInstacartOrderFiles(paths)
  return (async function* () {
    let orders: InstacartOrderIndexBuilder | undefined
    yield* readCsvLayout<OrderLine>(files.orders, (header, file) => {
      const made = createInstacartOrderIndex(header, file)
      if (!made.ok) return made
      const builder = made.value
      orders = builder
      return { ok: true, value: (rec) => builder.add(rec) }
    })
    const index = orders!.build()
    for (const path of files.orderProducts) {
      yield* readCsvLayout(path, (header, file) =>
        createInstacartOrderProductParser(header, index, file),
      )
    }
  })()
}
