/**
 * Impressions looked up by (unit, SKU) and by offer id, latest first, by binary search.
 * @module
 */
import type { TrackedEvent } from './events.js'

/** Impressions of one key in time order. */
type Shown = TrackedEvent[]

/** An index of impression events (those with a SKU), built once per measurement. */
export class ImpressionIndex {
  private readonly byUnitSku = new Map<string, Shown>()
  private readonly byOffer = new Map<string, Shown>()

  /** Indexes the impressions among `sorted` (events in time order). */
  constructor(sorted: readonly TrackedEvent[]) {
    for (const e of sorted) {
      if (e.kind !== 'impression' || !e.sku) continue
      if (e.customer) push(this.byUnitSku, unitSkuKey('c', e.customer, e.sku), e)
      if (e.session) push(this.byUnitSku, unitSkuKey('s', e.session, e.sku), e)
      if (e.offerId) push(this.byOffer, e.offerId, e)
    }
  }

  /**
   * The latest impression of `sku` to the event's customer or session shown at a time t with
   * `at − windowMs ≤ t < at` (strictly before: an offer shown in the same millisecond as a
   * purchase cannot have caused it), or `t ≤ at` when `inclusive`; `undefined` when none.
   */
  latestForUnit(
    e: TrackedEvent,
    sku: string,
    windowMs: number,
    inclusive = false,
  ): TrackedEvent | undefined {
    let best: TrackedEvent | undefined
    const consider = (list: Shown | undefined) => {
      const hit = latestBefore(list, e.at, inclusive)
      if (hit && hit.at >= e.at - windowMs && (!best || later(hit, best))) best = hit
    }
    if (e.customer) consider(this.byUnitSku.get(unitSkuKey('c', e.customer, sku)))
    if (e.session) consider(this.byUnitSku.get(unitSkuKey('s', e.session, sku)))
    return best
  }

  /** The latest impression of an offer id at or before `at` (an accept follows its display). */
  latestForOffer(offerId: string, at: number): TrackedEvent | undefined {
    return latestBefore(this.byOffer.get(offerId), at, true)
  }

  /** The first impression of an offer id: where and by which strategy the offer was shown. */
  firstForOffer(offerId: string): TrackedEvent | undefined {
    return this.byOffer.get(offerId)?.[0]
  }
}

function unitSkuKey(kind: 'c' | 's', unit: string, sku: string): string {
  return `${kind}\u0000${unit}\u0000${sku}`
}

function push(map: Map<string, Shown>, key: string, e: TrackedEvent): void {
  const list = map.get(key)
  if (list) list.push(e)
  else map.set(key, [e])
}

/** Whether impression `a` is later than `b` (time, then id). */
function later(a: TrackedEvent, b: TrackedEvent): boolean {
  return a.at > b.at || (a.at === b.at && a.id > b.id)
}

/** The last element with at < limit (or ≤ when `inclusive`), by binary search. */
function latestBefore(
  list: Shown | undefined,
  limit: number,
  inclusive: boolean,
): TrackedEvent | undefined {
  if (!list) return undefined
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const t = list[mid]!.at
    if (t < limit || (inclusive && t === limit)) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? list[lo - 1] : undefined
}
