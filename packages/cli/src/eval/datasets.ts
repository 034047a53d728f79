/**
 * The evaluation data sets of issue 2, the file layouts `--dataset <path>` accepts, and the
 * protocol each fits.
 * @module
 */
import { basename, resolve } from 'node:path'
import { UpcrossError } from 'upcross'

/** A basket-completion case: a file, its layout, and the split. */
export interface BasketCompletionSpec {
  name: string
  protocol: 'basket-completion'
  /** Path relative to the data directory, or absolute. */
  file: string
  /** `orders-csv`: canonical orders or UCI Online Retail, told apart by the header. */
  format: 'fimi' | 'groceries' | 'orders-csv'
  split: 'random' | 'temporal'
  /** Evaluate only the first N test baskets (the reference does 3,000 on retail.dat). */
  maxTestBaskets?: number
  /** Use only the first N baskets of the file (a pinned slice), before the split. */
  firstBaskets?: number
}

/** A next-basket case: Reality-Check history/future files and keysets. */
export interface NextBasketSpec {
  name: string
  protocol: 'next-basket'
  /** Paths relative to the data directory, or absolute. */
  history: string
  future: string
  /** Published keyset files; none for a file given by path (TIFU split only). */
  keysets: readonly string[]
}

/** A trade-up case: purchases with prices and a category per product (one section per variant). */
export interface TradeUpSpec {
  name: string
  protocol: 'trade-up'
  /** `dunnhumby`: the Complete Journey folder; `online-retail`: one Online Retail CSV. */
  format: 'dunnhumby' | 'online-retail'
  /** Paths relative to the data directory, or absolute (the folder's files for `dunnhumby`). */
  files: readonly string[]
}

/** One evaluation case. */
export type DatasetSpec = BasketCompletionSpec | NextBasketSpec | TradeUpSpec

/** The protocols the evaluation knows. */
export const PROTOCOLS = ['basket-completion', 'next-basket', 'trade-up'] as const

/** One protocol name. */
export type Protocol = (typeof PROTOCOLS)[number]

/** The data sets of issue 2, in report order; files relative to the data directory. */
export const DATASETS: readonly DatasetSpec[] = [
  {
    name: 'retail',
    protocol: 'basket-completion',
    file: 'fimi/retail.dat.gz',
    format: 'fimi',
    split: 'random',
    maxTestBaskets: 3000,
  },
  {
    name: 'retail_all',
    protocol: 'basket-completion',
    file: 'fimi/retail.dat.gz',
    format: 'fimi',
    split: 'random',
  },
  {
    name: 'groceries',
    protocol: 'basket-completion',
    file: 'fimi/groceries.basket.gz',
    format: 'groceries',
    split: 'random',
  },
  {
    name: 'online_retail_france',
    protocol: 'basket-completion',
    file: 'online_retail_france/online_retail_france.csv.gz',
    format: 'orders-csv',
    split: 'temporal',
  },
  {
    name: 'tafeng',
    protocol: 'next-basket',
    history: 'nbr_reality_check/jsondata/tafeng_history.json.gz',
    future: 'nbr_reality_check/jsondata/tafeng_future.json.gz',
    keysets: [0, 1, 2, 3, 4].map((i) => `nbr_reality_check/keyset/tafeng_keyset_${i}.json.gz`),
  },
  {
    name: 'dunnhumby_completejourney',
    protocol: 'trade-up',
    format: 'dunnhumby',
    files: [
      'dunnhumby_completejourney/transactions_sample.csv.gz',
      'dunnhumby_completejourney/products.csv.gz',
    ],
  },
  {
    name: 'online_retail_france',
    protocol: 'trade-up',
    format: 'online-retail',
    files: ['online_retail_france/online_retail_france.csv.gz'],
  },
]

/** Aliases accepted by `--dataset`. */
const ALIASES: Record<string, string> = {
  'retail.dat': 'retail',
  'fimi/retail.dat': 'retail',
  'fimi/groceries': 'groceries',
  france: 'online_retail_france',
  'nbr_reality_check/tafeng': 'tafeng',
  dunnhumby: 'dunnhumby_completejourney',
  completejourney: 'dunnhumby_completejourney',
}

const HISTORY = /_history\.json$/

/**
 * Resolves `--dataset`: a known name (or alias), else a file path (made absolute against `cwd`)
 * whose ending picks the layout: `.dat[.gz]` FIMI and `.basket[.gz]` Groceries (basket
 * completion, random split), `.csv[.gz]` canonical orders or Online Retail (basket completion,
 * temporal split), `<name>_history.json[.gz]` Reality-Check JSON with its `<name>_future.json[.gz]`
 * beside it (next basket, TIFU split). Unknown names throw `invalid_input`.
 */
export function resolveDataset(arg: string, cwd = process.cwd()): DatasetSpec {
  const known = DATASETS.find((d) => d.name === (ALIASES[arg] ?? arg))
  if (known) return known
  const file = resolve(cwd, arg)
  const gz = file.endsWith('.gz') ? '.gz' : ''
  const stem = basename(file).slice(0, basename(file).length - gz.length)
  const common = { protocol: 'basket-completion' as const, file }
  if (stem.endsWith('.dat')) return { ...common, name: stem, format: 'fimi', split: 'random' }
  if (stem.endsWith('.basket'))
    return { ...common, name: stem, format: 'groceries', split: 'random' }
  if (stem.endsWith('.csv'))
    return { ...common, name: stem, format: 'orders-csv', split: 'temporal' }
  if (HISTORY.test(stem)) {
    const future = file.slice(0, file.length - gz.length).replace(HISTORY, `_future.json${gz}`)
    const name = stem.replace(HISTORY, '')
    return { name, protocol: 'next-basket', history: file, future, keysets: [] }
  }
  const names = [...new Set(DATASETS.map((d) => d.name))].join(', ')
  throw new UpcrossError(
    'invalid_input',
    `unknown data set "${arg}": use one of ${names}, or a .dat, .basket, .csv or _history.json file`,
  )
}

/**
 * Every case `arg` names: all protocols of a known name (e.g. `online_retail_france` is basket
 * completion and trade-up), only `protocol`'s when given and the name has it; a path resolves as
 * `resolveDataset` does.
 */
export function resolveDatasets(
  arg: string,
  cwd = process.cwd(),
  protocol?: Protocol,
): DatasetSpec[] {
  const name = ALIASES[arg] ?? arg
  const known = DATASETS.filter((d) => d.name === name)
  if (known.length === 0) return [resolveDataset(arg, cwd)]
  const fitting = known.filter((d) => !protocol || d.protocol === protocol)
  return fitting.length > 0 ? fitting : known
}

/** What a layout can be evaluated with, for the error of a `--protocol` that does not fit. */
export function protocolFit(spec: DatasetSpec): string {
  if (spec.protocol === 'trade-up')
    return `${spec.name} is evaluated by trade-up prediction: use --protocol trade-up`
  return spec.protocol === 'next-basket'
    ? `${spec.name} is Reality-Check next-basket data: use --protocol next-basket`
    : `${spec.name} is evaluated by basket completion only (next basket needs Reality-Check history/future JSON): use --protocol basket-completion`
}

/** The files a case reads, as given: relative to the data directory, or absolute. */
export function specPaths(spec: DatasetSpec): string[] {
  if (spec.protocol === 'trade-up') return [...spec.files]
  return spec.protocol === 'basket-completion'
    ? [spec.file]
    : [spec.history, spec.future, ...spec.keysets]
}
