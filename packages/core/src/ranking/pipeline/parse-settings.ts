/**
 * `parseOfferSettings`: validates a store's offer settings (the `offers` section of its
 * configuration); every issue names what and where (`placements.cart.cap`).
 * @module
 */
import { isPlacement, PLACEMENTS, type Placement } from '../../domain/placement.js'
import { fail, type Issue, ok, type Result } from '../../errors.js'
import type { DeclaredBundle } from '../../offers/bundles.js'
import { parseLimitedTimeOffer } from '../../offers/limited-time.js'
import { parseLoyaltyProgram } from '../../offers/loyalty.js'
import { parseThresholdRules } from '../../offers/threshold-rules.js'
import { parseMerchantRules } from '../../rules/parse.js'
import { isRecord, type Path, report } from '../../rules/parse-fields.js'
import type { Cap } from '../guards/frequency-cap.js'
import type { Objective } from '../scorers/profit.js'
import { defaultOfferSettings, type OfferSettings, type PlacementSettings } from './settings.js'

const KEYS = [
  'currency',
  'region',
  'rules',
  'thresholds',
  'bundles',
  'loyalty',
  'limited_time',
  'guards',
  'placements',
  'assumed_cost_share',
]
const OBJECTIVES: readonly Objective[] = ['relevance', 'revenue', 'profit']
const HOUR_MS = 3_600_000

/** Runs a parser of a nested part and moves its issues under `path`. */
function nested<T>(issues: Issue[], result: Result<T>, path: Path): T | undefined {
  if (result.ok) return result.value
  for (const i of result.issues) issues.push({ ...i, path: [...path, ...i.path] })
  return undefined
}

function unknownKeys(issues: Issue[], o: Record<string, unknown>, known: string[], path: Path) {
  for (const key of Object.keys(o))
    if (!known.includes(key) && !key.startsWith('$'))
      report(issues, 'unknown_key', [...path, key], 'is not a known key')
}

/** A number in [min, max], or undefined (with an issue) when present and not. */
function num(issues: Issue[], v: unknown, path: Path, min: number, max: number, int = false) {
  if (v === undefined) return undefined
  if (typeof v === 'number' && v >= min && v <= max && (!int || Number.isInteger(v))) return v
  report(
    issues,
    'invalid_number',
    path,
    `must be ${int ? 'an integer' : 'a number'} from ${min} to ${max}`,
  )
  return undefined
}

function list(issues: Issue[], v: unknown, path: Path): unknown[] {
  if (v === undefined) return []
  if (Array.isArray(v)) return v
  report(issues, 'invalid_type', path, 'must be an array')
  return []
}

function parseCap(issues: Issue[], v: unknown, path: Path): Cap | undefined {
  if (v === undefined) return undefined
  if (!isRecord(v)) {
    report(issues, 'invalid_type', path, 'must be an object {max, window_hours}')
    return undefined
  }
  unknownKeys(issues, v, ['max', 'window_hours'], path)
  const max = num(issues, v['max'], [...path, 'max'], 0, 1000, true)
  const hours = num(issues, v['window_hours'], [...path, 'window_hours'], 0.01, 24 * 366)
  return max === undefined || hours === undefined ? undefined : { max, windowMs: hours * HOUR_MS }
}

function parseBundles(issues: Issue[], v: unknown, into: OfferSettings) {
  if (v === undefined) return
  const path = ['bundles']
  if (!isRecord(v)) return report(issues, 'invalid_type', path, 'must be an object')
  unknownKeys(
    issues,
    v,
    [
      'enabled',
      'declared',
      'discount_pct',
      'margin_floor',
      'min_lift',
      'min_orders',
      'per_request',
    ],
    path,
  )
  const b = into.bundles
  if (v['enabled'] !== undefined) {
    if (typeof v['enabled'] === 'boolean') b.enabled = v['enabled']
    else report(issues, 'invalid_type', [...path, 'enabled'], 'must be true or false')
  }
  b.discountPct = num(issues, v['discount_pct'], [...path, 'discount_pct'], 0, 0.9) ?? b.discountPct
  b.marginFloor =
    num(issues, v['margin_floor'], [...path, 'margin_floor'], 0, 0.99) ?? b.marginFloor
  b.minLift = num(issues, v['min_lift'], [...path, 'min_lift'], 0, 1e6) ?? b.minLift
  const minOrders = num(issues, v['min_orders'], [...path, 'min_orders'], 1, 1e9, true)
  if (minOrders !== undefined) b.minOrders = minOrders
  b.perRequest =
    num(issues, v['per_request'], [...path, 'per_request'], 0, 10, true) ?? b.perRequest
  const ids = new Set<string>()
  for (const [i, d] of list(issues, v['declared'], [...path, 'declared']).entries()) {
    const at = [...path, 'declared', i]
    if (!isRecord(d)) {
      report(issues, 'invalid_type', at, 'must be an object {id, skus}')
      continue
    }
    unknownKeys(issues, d, ['id', 'skus', 'discount_pct'], at)
    const id = d['id']
    const skus = d['skus']
    if (typeof id !== 'string' || id === '') {
      report(issues, 'invalid_type', [...at, 'id'], 'must be a non-empty string')
      continue
    }
    if (ids.has(id))
      report(issues, 'duplicate_id', [...at, 'id'], `"${id}" is used by an earlier bundle`)
    ids.add(id)
    if (
      !Array.isArray(skus) ||
      new Set(skus).size < 2 ||
      skus.length > 4 ||
      !skus.every((s) => typeof s === 'string' && s !== '')
    ) {
      report(issues, 'invalid_bundle', [...at, 'skus'], 'must list 2 to 4 different SKUs')
      continue
    }
    const bundle: DeclaredBundle = { id, skus: [...new Set(skus as string[])] }
    const pct = num(issues, d['discount_pct'], [...at, 'discount_pct'], 0, 0.9)
    if (pct !== undefined) bundle.discountPct = pct
    b.declared.push(bundle)
  }
}

function parseGuards(issues: Issue[], v: unknown, into: OfferSettings) {
  if (v === undefined) return
  const path = ['guards']
  if (!isRecord(v)) return report(issues, 'invalid_type', path, 'must be an object')
  unknownKeys(issues, v, ['relevance_floor', 'frequency_caps', 'dismiss_days', 'min_profit'], path)
  const g = into.guards
  g.relevanceFloor =
    num(issues, v['relevance_floor'], [...path, 'relevance_floor'], 0, 1) ?? g.relevanceFloor
  g.dismissDays =
    num(issues, v['dismiss_days'], [...path, 'dismiss_days'], 0, 3650) ?? g.dismissDays
  g.minProfit = num(issues, v['min_profit'], [...path, 'min_profit'], 0, 1e12, true) ?? g.minProfit
  const caps = v['frequency_caps']
  if (caps === undefined) return
  const at = [...path, 'frequency_caps']
  if (!isRecord(caps)) return report(issues, 'invalid_type', at, 'must be an object')
  unknownKeys(issues, caps, ['customer', 'session'], at)
  const customer = parseCap(issues, caps['customer'], [...at, 'customer'])
  const session = parseCap(issues, caps['session'], [...at, 'session'])
  if (customer) g.frequencyCaps.customer = customer
  if (session) g.frequencyCaps.session = session
}

function parsePlacements(issues: Issue[], v: unknown, into: OfferSettings) {
  if (v === undefined) return
  if (!isRecord(v)) return report(issues, 'invalid_type', ['placements'], 'must be an object')
  for (const [name, p] of Object.entries(v)) {
    const at = ['placements', name]
    if (!isPlacement(name)) {
      report(
        issues,
        'invalid_placement',
        at,
        `is not a placement (one of ${PLACEMENTS.join(', ')})`,
      )
      continue
    }
    if (!isRecord(p)) {
      report(issues, 'invalid_type', at, 'must be an object')
      continue
    }
    unknownKeys(issues, p, ['objective', 'cap', 'relevance_floor', 'margin_floor'], at)
    const objective = p['objective'] ?? into.placements[name]?.objective ?? 'relevance'
    if (!OBJECTIVES.includes(objective as Objective))
      report(
        issues,
        'invalid_objective',
        [...at, 'objective'],
        `must be one of ${OBJECTIVES.join(', ')}`,
      )
    const out: PlacementSettings = { objective: objective as Objective }
    const cap = num(issues, p['cap'], [...at, 'cap'], 1, 100, true) ?? into.placements[name]?.cap
    if (cap !== undefined) out.cap = cap
    const floor = num(issues, p['relevance_floor'], [...at, 'relevance_floor'], 0, 1)
    if (floor !== undefined) out.relevanceFloor = floor
    const margin = num(issues, p['margin_floor'], [...at, 'margin_floor'], -1, 0.99)
    if (margin !== undefined) out.marginFloor = margin
    into.placements[name as Placement] = out
  }
}

/**
 * Validates offer settings: `{currency?, region?, rules?, thresholds?, bundles?, loyalty?,
 * limited_time?, guards?, placements?, assumed_cost_share?}` (snake_case, keys starting with `$`
 * ignored). Anything not given keeps its default (`defaultOfferSettings`).
 */
export function parseOfferSettings(input: unknown, currency?: string): Result<OfferSettings> {
  if (!isRecord(input))
    return fail({ code: 'invalid_type', path: [], message: 'offer settings must be an object' })
  const issues: Issue[] = []
  unknownKeys(issues, input, KEYS, [])
  const cur = input['currency'] ?? currency ?? 'USD'
  if (typeof cur !== 'string' || !/^[A-Z]{3}$/.test(cur))
    report(issues, 'invalid_currency', ['currency'], 'must be an ISO 4217 code such as EUR')
  const s = defaultOfferSettings(String(cur))
  const region = input['region']
  if (region !== undefined) {
    if (typeof region === 'string' && region !== '') s.region = region
    else report(issues, 'invalid_type', ['region'], 'must be a non-empty string')
  }
  if (input['rules'] !== undefined) {
    const rules = nested(issues, parseMerchantRules(input['rules']), ['rules'])
    if (rules) s.rules = rules
  }
  if (input['thresholds'] !== undefined)
    s.thresholds = nested(issues, parseThresholdRules(input['thresholds']), ['thresholds'])
  parseBundles(issues, input['bundles'], s)
  list(issues, input['loyalty'], ['loyalty']).forEach((p, i) => {
    const program = nested(issues, parseLoyaltyProgram(p), ['loyalty', i])
    if (program) s.loyalty.push(program)
  })
  list(issues, input['limited_time'], ['limited_time']).forEach((o, i) => {
    const offer = nested(issues, parseLimitedTimeOffer(o), ['limited_time', i])
    if (offer) s.limitedTime.push(offer)
  })
  parseGuards(issues, input['guards'], s)
  parsePlacements(issues, input['placements'], s)
  s.assumedCostShare = num(issues, input['assumed_cost_share'], ['assumed_cost_share'], 0, 1)
  return issues.length > 0 ? fail(...issues) : ok(s)
}
