/**
 * `applyMerchantRules`: runs a rule set over a candidate list and records, as data, every rule
 * that fired or filtered.
 * @module
 */
import type { OfferKind } from '../domain/offer.js'
import { type Candidate, copyCandidate, isAvailable } from './candidate.js'
import { itemMatches, whenHolds } from './match.js'
import type {
  MerchantRule,
  MerchantRuleSet,
  RuleContext,
  RuleEffect,
  RuleOutcome,
  RuleTrace,
} from './types.js'

/**
 * Applies the rules in order (see `parseMerchantRules`): links add items, boosts and buries
 * multiply scores, exclusions remove items for good; a matched rule with `stop` ends the run.
 * The list is then sorted by score (stable), pins are placed (higher priority wins a position),
 * and unavailable items (unlisted, or out of stock where stock is tracked) are hidden or moved
 * to `evidence` as the set's policy says. Items in the cart are never added. Inputs are not
 * changed.
 */
export function applyMerchantRules(
  set: MerchantRuleSet,
  context: RuleContext,
  candidates: readonly Candidate[],
): RuleOutcome {
  const trace: RuleTrace[] = []
  let list = candidates.map((c) => copyCandidate(c))
  const excluded = new Set<string>()
  const pins: { rule: string; sku: string; position: number }[] = []
  const note = (c: Candidate, rule: string, effect: Exclude<RuleEffect, 'excluded'>) => {
    trace.push({ rule, effect, sku: c.sku })
    c.reasons.push({ code: 'merchant_rule', rule, effect })
  }
  const ensure = (sku: string, kind: OfferKind, rule: MerchantRule): Candidate | undefined => {
    if (excluded.has(sku) || context.cart.includes(sku)) return undefined
    const found = list.find((c) => c.sku === sku)
    if (found) return found
    const top = list.reduce((m, c) => Math.max(m, c.score), 0)
    const added = { ...fresh(sku, context), kind, score: top > 0 ? top : 1 }
    list.unshift(added)
    note(added, rule.id, 'added')
    return added
  }
  for (const rule of set.rules) {
    if (!whenHolds(rule.when, context)) continue
    let matched = false
    if (rule.kind === 'link') {
      matched = rule.from.some((s) => context.cart.includes(s))
      if (matched) for (const sku of rule.to) ensure(sku, rule.as, rule)
    } else if (rule.kind === 'pin') {
      matched = true
      if (ensure(rule.sku, 'cross_sell', rule))
        pins.push({ rule: rule.id, sku: rule.sku, position: rule.position })
    } else if (rule.kind === 'exclude') {
      const keep: typeof list = []
      for (const c of list) {
        if (!itemMatches(rule.match, c)) keep.push(c)
        else {
          matched = true
          excluded.add(c.sku)
          trace.push({ rule: rule.id, effect: 'excluded', sku: c.sku })
        }
      }
      list = keep
    } else {
      for (const c of list) {
        if (!itemMatches(rule.match, c)) continue
        matched = true
        c.score *= rule.factor
        note(c, rule.id, rule.kind === 'boost' ? 'boosted' : 'buried')
      }
    }
    if (matched && rule.stop) break
  }
  list = list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.score - a.c.score || a.i - b.i)
    .map((x) => x.c)
  for (const pin of [...pins].reverse()) {
    const at = list.findIndex((c) => c.sku === pin.sku)
    if (at < 0) continue
    const [c] = list.splice(at, 1)
    list.splice(Math.min(pin.position - 1, list.length), 0, c!)
    note(c!, pin.rule, 'pinned')
  }
  const evidence: Candidate[] = []
  const kept: Candidate[] = []
  for (const c of list) {
    if (isAvailable(c)) kept.push(c)
    else {
      trace.push({
        rule: 'unavailable',
        effect: 'excluded',
        sku: c.sku,
        why: c.listed ? 'out_of_stock' : 'unlisted',
      })
      if (set.unavailable === 'keep_in_evidence_only') evidence.push(c)
    }
  }
  return { candidates: kept, evidence, trace }
}

/** A candidate for an item a rule adds, from the catalog, or an unlisted stub when unknown. */
function fresh(sku: string, context: RuleContext): Omit<Candidate, 'kind' | 'score'> {
  const facts = context.item(sku)
  const base = facts ?? {
    sku,
    price: undefined,
    cost: undefined,
    category: '',
    tags: [],
    stock: undefined,
    listed: false,
  }
  return { ...base, sku, strength: 0, reasons: [] }
}
