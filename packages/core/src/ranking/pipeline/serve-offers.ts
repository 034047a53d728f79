/**
 * The offer pipeline every placement shares:
 * context → candidates → merchant rules → guards → scorers → caps → explanation.
 * @module
 */
import type { Offer } from '../../domain/offer.js'
import type { RecommendRequest } from '../../domain/recommend-request.js'
import type { Model } from '../../model/model.js'
import { activeOffers } from '../../offers/limited-time.js'
import { applyMerchantRules } from '../../rules/apply.js'
import { type Candidate, copyCandidate } from '../../rules/candidate.js'
import type { RuleTrace } from '../../rules/types.js'
import { applyGuards } from '../guards/apply.js'
import { coversCost } from '../guards/covers-cost.js'
import { dismissedRecently } from '../guards/dismissed.js'
import { frequencyCap } from '../guards/frequency-cap.js'
import { notInCart } from '../guards/in-cart.js'
import { notASubstituteFill } from '../guards/not-a-substitute-fill.js'
import { inStock } from '../guards/out-of-stock.js'
import { notOwned, ownedSkus } from '../guards/owned.js'
import { placementCap } from '../guards/placement-cap.js'
import { relevanceFloor } from '../guards/relevance-floor.js'
import { notAVersion, versionsOf } from '../guards/substitute.js'
import { PLACEMENT_KINDS, timing } from '../guards/timing.js'
import type { Dropped, Guard, GuardContext } from '../guards/types.js'
import { recommend } from '../recommend.js'
import { scoreByObjective } from '../scorers/profit.js'
import { bundleCandidates } from './bundle-candidates.js'
import type { OfferContext, OfferResult, ServedOffer } from './context.js'
import { freshCandidates, withFresh } from './fresh-candidates.js'
import { cartLines, gapCandidates } from './gap-candidates.js'
import { type ItemFacts, itemFacts, newItemFacts } from './item-facts.js'
import { historyFromModel, loyaltyCandidates } from './loyalty-candidates.js'
import { rankInOrder } from './rank-scores.js'
import type { OfferSettings } from './settings.js'
import { strengthOf } from './strength.js'

/** Extra candidates asked of the base ranking, so guards have something to fall back on. */
const HEADROOM = 20

/**
 * Answers one request under a store's settings. Candidates: the placement's base ranking
 * (`recommend`: cross-sells, upsells, add-ons, personal items, popular fill), cross-sells from
 * fresh evidence for cart items new to the model and of products new to it (`context.fresh`,
 * `context.freshItems`), bundles, threshold gap fillers and loyalty nudges; limited-time offers
 * running at the request's time add their discount and reason to the candidates they cover. Merchant rules then add, pin, boost, bury or
 * exclude; guard rails drop what is unrelated, early, owned, unavailable, dismissed or not worth
 * its cost; the placement's objective orders what is left; frequency and placement caps and the
 * request's `limit` cut the list. Every offer keeps its reasons (evidence, rules, fallbacks);
 * every removed candidate is listed in `dropped` with the guard and why.
 */
export function serveOffers(
  model: Model,
  request: RecommendRequest,
  settings: OfferSettings,
  context: OfferContext = {},
): OfferResult {
  const at = request.at ?? context.now
  const placement = settings.placements[request.placement] ?? { objective: 'relevance' }
  const factsCache = new Map<string, ItemFacts | undefined>()
  const catalog = context.freshItems
  const facts = (sku: string): ItemFacts | undefined => {
    if (!factsCache.has(sku))
      factsCache.set(
        sku,
        itemFacts(model, settings, sku) ?? (catalog && newItemFacts(catalog(sku), settings)),
      )
    return factsCache.get(sku)
  }
  const allowed = PLACEMENT_KINDS[request.placement]
  const viewed = request.placement === 'product' || request.placement === 'choices'
  const base = recommend(model, { ...request, limit: request.limit + HEADROOM })
  let candidates = base.map((o) => fromOffer(model, o, facts))
  // The orders stored since training: cross-sells for cart items new to the model, and
  // products new to it (facts from the catalog) for every cart item.
  if (context.fresh)
    candidates = withFresh(
      candidates,
      freshCandidates(model, context.fresh, request.cart, request.limit + HEADROOM, facts),
    )

  // Bundles and threshold gap fillers go just after the best base offer, so they are seen.
  const extras: Candidate[] = []
  if (allowed.includes('bundle') && request.cart.length > 0)
    for (const b of bundleCandidates(model, settings, request.cart, facts, !viewed)) {
      // One offer per item: a bundle led by an item already offered becomes that offer.
      const at = candidates.findIndex((c) => c.sku === b.sku)
      if (at < 0) extras.push(b)
      else candidates[at] = copyCandidate(b, [...b.reasons, ...candidates[at]!.reasons])
    }
  const lines = cartLines(model, request.cart, context.cartLines)
  const cart = { currency: settings.currency, region: context.region ?? settings.region, lines }
  const gaps = viewed
    ? { state: undefined, candidates: [] }
    : gapCandidates(model, settings, cart, facts, 1)
  for (const g of gaps.candidates) {
    const same = candidates.find((c) => c.sku === g.sku)
    if (same) same.reasons.unshift(...g.reasons)
    else extras.push(g)
  }
  const customer =
    request.customer === undefined ? undefined : model.customerIndex.get(request.customer)
  const history =
    context.history ?? (customer === undefined ? [] : historyFromModel(model, customer))
  const loyalty =
    at === undefined
      ? { progress: [], candidates: [] }
      : loyaltyCandidates(model, settings, history, at, facts)
  for (const l of loyalty.candidates) {
    const same = candidates.find((c) => c.sku === l.sku)
    if (same) same.reasons.push(l.reasons[0]!)
    else if (allowed.includes('reorder')) extras.push(l)
  }
  candidates = [...candidates.slice(0, 1), ...extras, ...candidates.slice(1)]
  rankInOrder(candidates)
  if (at !== undefined) applyLimitedTime(candidates, settings, at)

  const ruled = applyMerchantRules(
    settings.rules,
    { placement: request.placement, cart: request.cart, item: facts },
    candidates,
  )
  // The rules' order (boosts, buries, pins) is the relevance ranking from here on.
  rankInOrder(ruled.candidates)
  const ctx: Omit<GuardContext, 'kept'> = {
    placement: request.placement,
    at: at ?? Number.NaN,
    cart: request.cart,
    impressions: at === undefined ? [] : (context.impressions ?? []),
    feedback: at === undefined ? [] : (context.feedback ?? []),
    owned: ownedSkus(model, request.customer, request.at),
  }
  if (viewed && request.cart.length === 1) ctx.viewed = request.cart[0]!
  if (request.customer !== undefined) ctx.customer = request.customer
  if (context.session !== undefined) ctx.session = context.session
  const g = settings.guards
  const guards: Guard[] = [
    notInCart,
    inStock,
    timing(),
    notOwned,
    notAVersion(versionsOf(model, request.cart)),
    notASubstituteFill(cartCategories(request.cart, facts)),
    dismissedRecently(g.dismissDays),
    relevanceFloor(placement.relevanceFloor ?? g.relevanceFloor),
    coversCost(g.minProfit),
  ]
  const guarded = applyGuards(guards, ruled.candidates, ctx)
  const scoring = { objective: placement.objective } as Parameters<typeof scoreByObjective>[1]
  if (placement.marginFloor !== undefined) scoring.marginFloor = placement.marginFloor
  const learned = context.acceptance
  const toScore = learned
    ? guarded.kept.map((c) => {
        const copy = copyCandidate(c, c.reasons)
        copy.strength = learned(c.sku, c.strength)
        return copy
      })
    : guarded.kept
  const scored = scoreByObjective(toScore, scoring)
  restorePins(scored.scored, ruled.trace, settings)
  const cap = Math.min(request.limit, placement.cap ?? request.limit)
  const capped = applyGuards(
    [frequencyCap(g.frequencyCaps), placementCap({ [request.placement]: cap })],
    scored.scored,
    ctx,
  )
  const dropped: Dropped[] = [...guarded.dropped, ...scored.dropped, ...capped.dropped]
  const result: OfferResult = {
    offers: capped.kept.map(toOffer),
    dropped,
    rules: ruled.trace,
    loyalty: loyalty.progress,
  }
  if (gaps.state) result.thresholds = gaps.state
  return result
}

/** The known categories of the cart's items (a product new to the model: the catalog's). */
function cartCategories(
  cart: readonly string[],
  facts: (sku: string) => ItemFacts | undefined,
): Set<string> {
  const out = new Set<string>()
  for (const sku of cart) {
    const c = facts(sku)?.category ?? ''
    if (c !== '') out.add(c)
  }
  return out
}

/** A pinned item keeps its position whatever the objective says (pins are the merchant's word). */
function restorePins(
  list: Candidate[],
  trace: readonly RuleTrace[],
  settings: OfferSettings,
): void {
  for (const t of trace) {
    if (t.effect !== 'pinned') continue
    const rule = settings.rules.rules.find((r) => r.id === t.rule)
    if (rule?.kind !== 'pin') continue
    const at = list.findIndex((c) => c.sku === t.sku)
    if (at < 0) continue
    const [c] = list.splice(at, 1)
    list.splice(Math.min(rule.position - 1, list.length), 0, c!)
  }
}

/** A base offer as a candidate, with its catalog facts and association strength. */
function fromOffer(
  model: Model,
  o: Offer,
  facts: (sku: string) => ItemFacts | undefined,
): Candidate {
  const f = facts(o.sku) ?? {
    sku: o.sku,
    price: undefined,
    cost: undefined,
    category: '',
    tags: [],
    stock: undefined,
    listed: true,
  }
  // Field by field: a spread of the facts is several times slower (see `copyCandidate`).
  return {
    sku: f.sku,
    kind: o.kind,
    score: o.score,
    strength: strengthOf(model, o.sku, o.kind, o.reasons),
    price: f.price,
    cost: f.cost,
    category: f.category,
    tags: f.tags,
    stock: f.stock,
    listed: f.listed,
    reasons: [...o.reasons],
  }
}

/**
 * Running limited-time offers add their reason (with the real end) to the candidates they cover,
 * and their percentage off as the candidate's discount.
 */
function applyLimitedTime(candidates: Candidate[], settings: OfferSettings, at: number): void {
  if (settings.limitedTime.length === 0) return
  for (const { offer, reason } of activeOffers(settings.limitedTime, at)) {
    for (const c of candidates) {
      if (!offer.skus.includes(c.sku) || c.kind === 'bundle') continue
      c.reasons.push(reason)
      if (offer.pct_off !== undefined && c.price !== undefined)
        c.discount = Math.max(c.discount ?? 0, Math.round((c.price * offer.pct_off) / 100))
    }
  }
}

/** The served form of a candidate: the contract's fields plus price, discount and items. */
function toOffer(c: Candidate): ServedOffer {
  const o: ServedOffer = {
    sku: c.sku,
    kind: c.kind,
    score: Number(c.score.toPrecision(6)),
    reasons: c.reasons,
  }
  const items = (c as Candidate & { items?: string[] }).items
  if (items) o.items = items
  if (c.price !== undefined) o.price = c.price
  if (c.discount !== undefined && c.discount > 0) o.discount = c.discount
  return o
}
