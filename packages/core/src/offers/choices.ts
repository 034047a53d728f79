/**
 * The rule of three: up to three well-spaced options around the chosen item.
 * @module
 */
import type { Offer } from '../domain/offer.js'
import type { ChoiceReason, UpgradeSource } from '../domain/reason.js'
import type { Model } from '../model/model.js'
import { declaredDowngrades } from './declared-ladder.js'
import { changesBetween } from './gains.js'
import { priceStep } from './price-step.js'
import { upgradesOf } from './upsell.js'

/** Options are at least this far apart in price (and from the chosen item): 10 %. */
export const CHOICE_GAP = 0.1

interface Option {
  item: number
  price: number
  source: UpgradeSource
  /** The declared tier step, when the option is a declared tier. */
  step?: string | undefined
  customers: number
}

/** Items whose learned upgrades include `a`: the cheaper alternatives customers traded up from. */
function learnedDowngrades(model: Model, a: number): number[] {
  const u = model.upgrades
  const out: number[] = []
  for (let c = 0; c + 1 < u.offsets.length; c++)
    for (let k = u.offsets[c]!; k < u.offsets[c + 1]!; k++) if (u.items[k] === a) out.push(c)
  return out
}

/**
 * Up to three options around chosen item `a`, never `a` itself nor an `exclude`d item, in this
 * order:
 * 1. `step_up`: the declared next tier when it costs at least 10 % more than `a`, else the
 *    cheapest upgrade (declared or learned) that does;
 * 2. `premium`: the declared top tier when it costs at least 10 % more than the step up, else the
 *    most expensive upgrade that does;
 * 3. `cheaper`: the dearest declared (else learned) cheaper option costing at least 10 % less than
 *    `a` (`price ≤ price(a) / 1.1`); when there is none, `next_step`: the upgrade between step up
 *    and premium, at least 10 % from both, closest to their geometric mean.
 * Items without a price never become options; when `a` has no price, the declared next and top
 * tiers are returned as they are. Each offer has one `choice` reason with the price difference
 * to `a` and what changes.
 */
export function choiceOffers(model: Model, a: number, exclude: ReadonlySet<number>): Offer[] {
  const pa = model.prices[a]!
  const ups: Option[] = upgradesOf(model, a)
    .filter((u) => !exclude.has(u.item) && Number.isFinite(model.prices[u.item]!))
    .map((u) => ({
      item: u.item,
      price: model.prices[u.item]!,
      source: u.reason.source,
      step: u.reason.step,
      customers: u.reason.what_you_gain.find((g) => g.code === 'bought_instead')?.customers ?? 0,
    }))
  const picked: [Option, ChoiceReason['option']][] = []
  if (!Number.isFinite(pa)) {
    const declared = ups.filter((o) => o.source === 'declared')
    if (declared[0]) picked.push([declared[0], 'step_up'])
    const top = declared.find((o) => o.step === 'premium')
    if (top) picked.push([top, 'premium'])
    return toOffers(model, a, picked)
  }
  const above = (o: Option, p: number): boolean => o.price >= p * (1 + CHOICE_GAP)
  const stepUp =
    ups.find((o) => o.step === 'next' && above(o, pa)) ??
    minBy(
      ups.filter((o) => above(o, pa)),
      (o) => o.price,
    )
  let premium: Option | undefined
  if (stepUp) {
    picked.push([stepUp, 'step_up'])
    const dearer = ups.filter((o) => above(o, stepUp.price))
    premium = dearer.find((o) => o.step === 'premium') ?? minBy(dearer, (o) => -o.price)
    if (premium) picked.push([premium, 'premium'])
  }
  const down = cheaperOptions(model, a, exclude).filter((o) => o.price * (1 + CHOICE_GAP) <= pa)
  const cheaper =
    minBy(
      down.filter((o) => o.source === 'declared'),
      (o) => -o.price,
    ) ?? minBy(down, (o) => -o.price)
  if (cheaper) picked.push([cheaper, 'cheaper'])
  else if (stepUp && premium) {
    const mean = Math.sqrt(stepUp.price * premium.price)
    const top = premium.price
    const between = ups.filter((o) => above(o, stepUp.price) && o.price * (1 + CHOICE_GAP) <= top)
    const next = minBy(between, (o) => Math.abs(Math.log(o.price / mean)))
    if (next) picked.push([next, 'next_step'])
  }
  return toOffers(model, a, picked)
}

function cheaperOptions(model: Model, a: number, exclude: ReadonlySet<number>): Option[] {
  const out: Option[] = []
  const seen = new Set<number>([a])
  const add = (item: number, source: UpgradeSource): void => {
    if (seen.has(item) || exclude.has(item) || !Number.isFinite(model.prices[item]!)) return
    seen.add(item)
    out.push({ item, price: model.prices[item]!, source, customers: 0 })
  }
  for (const o of declaredDowngrades(model, a)) add(o.item, 'declared')
  for (const c of learnedDowngrades(model, a)) add(c, 'learned')
  return out
}

function minBy<T>(xs: readonly T[], key: (x: T) => number): T | undefined {
  let best: T | undefined
  let bestKey = Number.POSITIVE_INFINITY
  for (const x of xs) {
    const k = key(x)
    if (k < bestKey) {
      best = x
      bestKey = k
    }
  }
  return best
}

function toOffers(model: Model, a: number, picked: [Option, ChoiceReason['option']][]): Offer[] {
  return picked.map(([o, option], k) => ({
    sku: model.skus[o.item]!,
    kind: option === 'cheaper' ? ('alternative' as const) : ('upsell' as const),
    score: Number((1 - k / (picked.length + 1)).toFixed(4)),
    reasons: [
      {
        code: 'choice',
        option,
        from: model.skus[a]!,
        to: model.skus[o.item]!,
        ...priceStep(model, a, o.item),
        what_changes: changesBetween(model, a, o.item, o.customers),
        source: o.source,
      },
    ],
  }))
}
