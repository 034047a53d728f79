/**
 * What changes between the chosen item and another option, as data.
 * @module
 */
import type { UpgradeGain } from '../domain/reason.js'
import type { Model } from '../model/model.js'
import { compareSize } from './size-hint.js'

const share = (model: Model, i: number): number =>
  Number((model.itemCounts[i]! / (model.basketTotal || 1)).toFixed(4))

/**
 * Differences from `from` to `to`: tier (same tier family), size or pack named in the titles,
 * popularity (when `to` is in more orders) and trade-ups (`customers` who later bought `to`).
 * Upward changes are gains; downward ones are `lower_tier` / `smaller_pack`.
 */
export function changesBetween(
  model: Model,
  from: number,
  to: number,
  customers = 0,
): UpgradeGain[] {
  const out: UpgradeGain[] = []
  const ta = model.catalog.tiers.get(from)
  const tb = model.catalog.tiers.get(to)
  if (tb && ta && ta.family === tb.family && tb.rank !== ta.rank) {
    out.push({
      code: tb.rank > ta.rank ? 'higher_tier' : 'lower_tier',
      from: ta.label,
      to: tb.label,
    })
  } else if (tb && !ta && tb.family === from) {
    out.push({ code: 'higher_tier', from: null, to: tb.label })
  }
  const size = compareSize(model.titles[from] ?? '', model.titles[to] ?? '')
  if (size)
    out.push({ code: size.bigger ? 'bigger_pack' : 'smaller_pack', from: size.from, to: size.to })
  if (model.itemCounts[to]! > model.itemCounts[from]!) {
    out.push({ code: 'more_popular', share: share(model, to), from_share: share(model, from) })
  }
  if (customers > 0) out.push({ code: 'bought_instead', customers })
  return out
}
