/**
 * Offers as the API answers them: each with an id that events can refer to and each reason also
 * as an English sentence; SKUs of the cart the model has never seen are reported as warnings
 * (new products are not an error). The answer is written as JSON text here: each offer's members
 * after its id are serialised once and reused by the answer cache.
 * @module
 */
import {
  describeDrop,
  describeReason,
  type Issue,
  type OfferResult,
  type ServedOffer,
} from 'upcross'
import type { CachedAnswer } from './answer-cache.js'
import type { ServingModel } from './model-cache.js'

/** Each offer as the JSON members that follow its `"id"` (`"sku":…,"text":[…]}`). */
export function offerFragments(serving: ServingModel, offers: readonly ServedOffer[]): string[] {
  return offers.map((o) => {
    const text = o.reasons.map((r) => describeReason(r, serving.nameOf))
    const title = serving.titleOf(o.sku)
    const rest = JSON.stringify({
      sku: o.sku,
      ...(title === '' ? {} : { title }),
      kind: o.kind,
      score: o.score,
      reasons: o.reasons,
      text,
      ...(o.price === undefined ? {} : { price: o.price }),
      ...(o.discount === undefined ? {} : { discount: o.discount }),
      ...(o.items === undefined ? {} : { items: o.items }),
    })
    return rest.slice(1)
  })
}

/**
 * The whole answer as JSON text. Offer ids are `<requestId>.<position>`: unique per served
 * offer (request ids are unique across instances), so events can quote them.
 */
export function answerJson(
  requestId: string,
  currency: string,
  modelVersion: number,
  answer: CachedAnswer,
  warnings: readonly Issue[],
): string {
  // Request ids are base64url and a dash, placements known words, currencies ISO codes checked
  // when the store was created: nothing to escape.
  let json = `{"requestId":"${requestId}","placement":"${answer.placement}","currency":"${currency}","modelVersion":${modelVersion},"offers":[`
  for (let i = 0; i < answer.offers.length; i++)
    json += `${i === 0 ? '' : ','}{"id":"${requestId}.${i}",${answer.offers[i]}`
  const extra = answer.extra === '' ? '' : `,${answer.extra}`
  return `${json}]${extra},"warnings":${warnings.length === 0 ? '[]' : JSON.stringify(warnings)}}`
}

/** A warning for each cart SKU (and the viewed `sku`) the model does not know, once per SKU. */
export function unknownSkuWarnings(
  serving: ServingModel,
  cart: readonly (string | number)[] | undefined,
  sku: string | undefined,
): Issue[] {
  const warnings: Issue[] = []
  const index = serving.model.itemIndex
  let seen: Set<string> | undefined
  const check = (value: string, path: (string | number)[]): void => {
    if (index.has(value) || seen?.has(value)) return
    seen ??= new Set()
    seen.add(value)
    warnings.push({
      code: 'unknown_sku',
      path,
      message: `SKU "${value}" is not in the model yet (a new product?): it is never offered; until the next training only the orders stored since the last one give it partners`,
    })
  }
  if (sku !== undefined) check(sku, ['sku'])
  if (cart !== undefined) for (let i = 0; i < cart.length; i++) check(String(cart[i]), ['cart', i])
  return warnings
}

/**
 * The answer-level members besides the offers: whether the shopper is in the holdout, the
 * experiment variant that served them, the cart against the store's thresholds (exactly the
 * core's evaluation: a free-shipping bar renders it, never computes its own) and loyalty progress.
 */
export function answerExtra(
  result: OfferResult,
  arm: { holdout: boolean; strategy: string | undefined },
  explain = false,
): string {
  const members: Record<string, unknown> = { holdout: arm.holdout, strategy: arm.strategy ?? null }
  if (explain) {
    members['dropped'] = result.dropped.map((d) => ({ ...d, text: describeDrop(d) }))
    members['rules'] = result.rules
  }
  if (result.thresholds) members['thresholds'] = result.thresholds
  if (result.loyalty.length > 0) members['loyalty'] = result.loyalty.map((l) => l.reason)
  return JSON.stringify(members).slice(1, -1)
}
