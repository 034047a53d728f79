/**
 * Learned upgrade paths: for each item, better alternatives customers trade up to.
 * @module
 */
import type { ModelCatalog } from '../catalog/model-catalog.js'
import type { CustomerHistory } from '../mining/customer-history.js'
import { declaredLadder, declaredLinks } from './declared-links.js'
import { DEFAULT_UPSELL, type UpsellParams } from './params.js'
import {
  categoryPriceIndex,
  inPriceWindow,
  type NeighbourRows,
  neighbourOverlap,
  rowPairCount,
} from './substitutes.js'
import { countTradeUps, indexBuyers } from './trade-ups.js'

/**
 * Learned upgrades: item `a`'s better alternatives in `items[offsets[a] .. offsets[a+1])`, best
 * first, with their scores and the customers who traded up from `a` to them.
 */
export interface UpgradeRows {
  offsets: Int32Array
  items: Int32Array
  scores: Float32Array
  customers: Float32Array
}

/** What the upgrade learner reads from a model in training. */
export interface UpgradeInput {
  skus: readonly string[]
  categories: readonly string[]
  prices: Float64Array
  itemCounts: Float64Array
  basketTotal: number
  neighbours: NeighbourRows
  catalog: ModelCatalog
  customers?: CustomerHistory
  params?: UpsellParams
}

/** Share of `a`'s orders with the candidate above which the pair is a complement, not a choice. */
export const MAX_TOGETHER_CONFIDENCE = 0.2
/** Lift above which a candidate is bought with the item too often to be a substitute. */
export const MAX_TOGETHER_LIFT = 1.5

interface Scored {
  item: number
  score: number
  customers: number
}

/**
 * Learns each item's upgrades. A candidate `b` for item `a` must be:
 * - a substitute: the same category (exact category path); a catalog without categories gets
 *   no learned upgrades (shared buyers alone do not make alternatives), nor do items without a
 *   category;
 * - rarely bought with `a`: confidence(a→b) ≤ `MAX_TOGETHER_CONFIDENCE` and lift ≤
 *   `MAX_TOGETHER_LIFT`;
 * - better: priced `minStep`..`maxStep` above `a`, and never a lower or equal declared tier;
 * - sold at least once, not declared as a complement or replacement of `a`, and not already on
 *   `a`'s declared ladder (declared relations win).
 * Score = substitution × popularity × step closeness × (1 − confidence) × (1 + ln(1 + trade-ups)),
 * with popularity ln(1+count(b)) / ln(1+max count), step closeness 1 − ½·(step − min)/(max − min)
 * and substitution ½ + ½·neighbour overlap (co-purchase neighbourhoods) within the category.
 */
export function learnUpgrades(input: UpgradeInput): UpgradeRows {
  const params = input.params ?? DEFAULT_UPSELL
  const { prices, itemCounts, categories, neighbours: nb, catalog } = input
  const m = input.skus.length
  const hasCategories = categories.some((c) => c !== '')
  const byCategory = hasCategories ? categoryPriceIndex(categories, prices) : undefined
  const links = declaredLinks(catalog, m)
  let maxCount = 0
  for (let i = 0; i < m; i++) maxCount = Math.max(maxCount, itemCounts[i]!)
  const logMax = Math.log1p(maxCount) || 1
  const buyers = input.customers ? indexBuyers(input.customers, m) : undefined
  const scratch = new Int32Array(input.customers?.ids.length ?? 0).fill(-1)
  const rows: Scored[][] = []
  for (let a = 0; a < m; a++) {
    const pa = prices[a]!
    const candidates = new Map<number, number>()
    if (pa > 0 && itemCounts[a]! > 0) {
      const lo = pa * (1 + params.minStep)
      const hi = pa * (1 + params.maxStep)
      if (byCategory) {
        const same = byCategory.get(categories[a]!)
        for (const b of same ? inPriceWindow(same, prices, lo, hi) : [])
          candidates.set(b, 0.5 + 0.5 * neighbourOverlap(nb, a, b))
      }
      // Without categories nothing says what is an alternative to what: being bought by the same
      // people is not enough (on Online Retail it made a coffee mug the "upgrade" of a lunch box),
      // and titles proved too weak ("CHILDRENS UMBRELLA" → "CHILDRENS CUTLERY"). Declared
      // relations still give upgrades; learned ones need categories.
    }
    const kept: Scored[] = []
    const ta = catalog.tiers.get(a)
    for (const [b, substitution] of candidates) {
      if (b === a || !(itemCounts[b]! > 0)) continue
      if (links.blocked.has(a * m + b) || declaredLadder(catalog, links, a, b)) continue
      const tb = catalog.tiers.get(b)
      if (ta && tb && ta.family === tb.family && tb.rank <= ta.rank) continue
      const ca = itemCounts[a]!
      const cb = itemCounts[b]!
      const cab = rowPairCount(nb, a, b)
      const conf = cab / ca
      const lift = cab > 0 ? (cab * input.basketTotal) / (ca * cb) : 0
      if (conf > MAX_TOGETHER_CONFIDENCE || lift > MAX_TOGETHER_LIFT) continue
      const step = prices[b]! / pa - 1
      const span = params.maxStep - params.minStep || 1
      const closeness = 1 - (0.5 * (step - params.minStep)) / span
      const score = substitution * (Math.log1p(cb) / logMax) * closeness * (1 - conf)
      kept.push({ item: b, score, customers: 0 })
    }
    if (buyers && kept.length > 0) {
      const counts = countTradeUps(
        buyers,
        a,
        kept.map((k) => k.item),
        scratch,
      )
      kept.forEach((k, j) => {
        k.customers = counts[j]!
        k.score *= 1 + Math.log1p(counts[j]!)
      })
    }
    kept.sort((x, y) => y.score - x.score || x.item - y.item)
    rows.push(kept.slice(0, params.perItem))
  }
  return pack(rows)
}

function pack(rows: readonly Scored[][]): UpgradeRows {
  const offsets = new Int32Array(rows.length + 1)
  rows.forEach((r, i) => {
    offsets[i + 1] = offsets[i]! + r.length
  })
  const n = offsets[rows.length]!
  const out: UpgradeRows = {
    offsets,
    items: new Int32Array(n),
    scores: new Float32Array(n),
    customers: new Float32Array(n),
  }
  rows.forEach((r, i) => {
    r.forEach((s, j) => {
      out.items[offsets[i]! + j] = s.item
      out.scores[offsets[i]! + j] = s.score
      out.customers[offsets[i]! + j] = s.customers
    })
  })
  return out
}

/** Learned upgrades with no entries, for `rows` rows. */
export function emptyUpgrades(rows: number): UpgradeRows {
  return {
    offsets: new Int32Array(rows + 1),
    items: new Int32Array(0),
    scores: new Float32Array(0),
    customers: new Float32Array(0),
  }
}
