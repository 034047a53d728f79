/**
 * The evaluation data sets of issue 2 and how each is split.
 * @module
 */
import { basename } from 'node:path'

/** A basket-completion case: a file, its layout, and the split. */
export interface BasketCompletionSpec {
  name: string
  protocol: 'basket-completion'
  /** Path relative to the shared folder, or absolute. */
  file: string
  format: 'fimi' | 'groceries' | 'online-retail'
  split: 'random' | 'temporal'
  /** Evaluate only the first N test baskets (the reference does 3,000 on retail.dat). */
  maxTestBaskets?: number
}

/** A next-basket case: Reality-Check history/future files and keysets. */
export interface NextBasketSpec {
  name: string
  protocol: 'next-basket'
  history: string
  future: string
  keysets: readonly string[]
}

/** One evaluation case. */
export type DatasetSpec = BasketCompletionSpec | NextBasketSpec

/** The protocols `npm run eval` knows. */
export const PROTOCOLS = ['basket-completion', 'next-basket'] as const

/** One protocol name. */
export type Protocol = (typeof PROTOCOLS)[number]

/** The data sets of issue 2, in report order. */
export const DATASETS: readonly DatasetSpec[] = [
  {
    name: 'retail',
    protocol: 'basket-completion',
    file: 'datasets/fimi/retail.dat.gz',
    format: 'fimi',
    split: 'random',
    maxTestBaskets: 3000,
  },
  {
    name: 'retail_all',
    protocol: 'basket-completion',
    file: 'datasets/fimi/retail.dat.gz',
    format: 'fimi',
    split: 'random',
  },
  {
    name: 'groceries',
    protocol: 'basket-completion',
    file: 'datasets/fimi/groceries.basket.gz',
    format: 'groceries',
    split: 'random',
  },
  {
    name: 'online_retail_france',
    protocol: 'basket-completion',
    file: 'datasets/online_retail_france/online_retail_france.csv.gz',
    format: 'online-retail',
    split: 'temporal',
  },
  {
    name: 'tafeng',
    protocol: 'next-basket',
    history: 'datasets/nbr_reality_check/jsondata/tafeng_history.json.gz',
    future: 'datasets/nbr_reality_check/jsondata/tafeng_future.json.gz',
    keysets: [0, 1, 2, 3, 4].map(
      (i) => `datasets/nbr_reality_check/keyset/tafeng_keyset_${i}.json.gz`,
    ),
  },
]

/** Aliases accepted by `--dataset`. */
const ALIASES: Record<string, string> = {
  'retail.dat': 'retail',
  'fimi/retail.dat': 'retail',
  'fimi/groceries': 'groceries',
  france: 'online_retail_france',
  'nbr_reality_check/tafeng': 'tafeng',
}

/**
 * Resolves `--dataset`: a known name (or alias), else a file path whose ending picks the layout
 * (`.dat[.gz]` FIMI, `.basket[.gz]` Groceries, `.csv[.gz]` Online Retail; random split for the
 * first two, temporal for the third). Unknown names throw.
 */
export function resolveDataset(arg: string): DatasetSpec {
  const known = DATASETS.find((d) => d.name === (ALIASES[arg] ?? arg))
  if (known) return known
  const stem = basename(arg).replace(/\.gz$/, '')
  const common = { protocol: 'basket-completion' as const, file: arg }
  if (stem.endsWith('.dat')) return { ...common, name: stem, format: 'fimi', split: 'random' }
  if (stem.endsWith('.basket'))
    return { ...common, name: stem, format: 'groceries', split: 'random' }
  if (stem.endsWith('.csv'))
    return { ...common, name: stem, format: 'online-retail', split: 'temporal' }
  const names = DATASETS.map((d) => d.name).join(', ')
  throw new Error(`unknown data set "${arg}": use one of ${names}, or a .dat/.basket/.csv file`)
}
