/**
 * `parseMerchantRules`: validates a merchant rule set; every issue names what and where
 * (`rules[3].match.price.min`).
 * @module
 */
import { fail, type Issue, ok, type Result } from '../errors.js'
import { isRecord, type Path, parseItemMatch, parseWhen, report, skuList } from './parse-fields.js'
import type { MerchantRule, MerchantRuleSet, UnavailablePolicy } from './types.js'

const KINDS = ['link', 'pin', 'boost', 'bury', 'exclude'] as const
const COMMON = ['id', 'kind', 'priority', 'stop', 'when']
const KEYS: Record<(typeof KINDS)[number], string[]> = {
  link: [...COMMON, 'from', 'to', 'as'],
  pin: [...COMMON, 'sku', 'position'],
  boost: [...COMMON, 'match', 'factor'],
  bury: [...COMMON, 'match', 'factor'],
  exclude: [...COMMON, 'match'],
}

/**
 * Validates `{ unavailable?: 'hide' | 'keep_in_evidence_only', rules: [...] }` (a bare array is
 * a rule set with `unavailable: 'hide'`). Rules come back in evaluation order: `priority`
 * highest first (default 0), ties in input order.
 */
export function parseMerchantRules(input: unknown): Result<MerchantRuleSet> {
  const issues: Issue[] = []
  const set = Array.isArray(input) ? { rules: input } : input
  if (!isRecord(set))
    return fail({ code: 'invalid_type', path: [], message: 'expected an object with "rules"' })
  for (const key of Object.keys(set))
    if (key !== 'rules' && key !== 'unavailable')
      report(issues, 'unknown_key', [key], 'is not a known key')
  const unavailable = set['unavailable'] ?? 'hide'
  if (unavailable !== 'hide' && unavailable !== 'keep_in_evidence_only')
    report(issues, 'invalid_policy', ['unavailable'], 'must be "hide" or "keep_in_evidence_only"')
  const raw = set['rules']
  if (!Array.isArray(raw)) {
    report(issues, 'invalid_type', ['rules'], 'must be an array')
    return fail(...issues)
  }
  const rules: MerchantRule[] = []
  const ids = new Set<string>()
  raw.forEach((r, i) => {
    const rule = parseRule(issues, r, ['rules', i])
    const id = isRecord(r) ? r['id'] : undefined
    if (typeof id === 'string' && ids.has(id))
      report(issues, 'duplicate_id', ['rules', i, 'id'], `"${id}" is used by an earlier rule`)
    if (typeof id === 'string') ids.add(id)
    if (rule) rules.push(rule)
  })
  if (issues.length > 0) return fail(...issues)
  const order = rules.map((r, i) => ({ r, i }))
  order.sort((a, b) => b.r.priority - a.r.priority || a.i - b.i)
  return ok({ rules: order.map((o) => o.r), unavailable: unavailable as UnavailablePolicy })
}

function parseRule(issues: Issue[], r: unknown, path: Path): MerchantRule | undefined {
  if (!isRecord(r)) {
    report(issues, 'invalid_type', path, 'must be an object')
    return undefined
  }
  const before = issues.length
  const kind = r['kind']
  if (!KINDS.includes(kind as never)) {
    report(issues, 'invalid_kind', [...path, 'kind'], `must be one of ${KINDS.join(', ')}`)
    return undefined
  }
  const k = kind as (typeof KINDS)[number]
  for (const key of Object.keys(r))
    if (!KEYS[k].includes(key)) report(issues, 'unknown_key', [...path, key], 'is not a known key')
  const id = r['id']
  if (typeof id !== 'string' || id === '')
    report(issues, 'invalid_id', [...path, 'id'], 'must be a non-empty string')
  const priority = r['priority'] ?? 0
  if (typeof priority !== 'number' || !Number.isFinite(priority))
    report(issues, 'invalid_priority', [...path, 'priority'], 'must be a finite number')
  const stop = r['stop'] ?? false
  if (typeof stop !== 'boolean')
    report(issues, 'invalid_type', [...path, 'stop'], 'must be true or false')
  const when = parseWhen(issues, r['when'], [...path, 'when'])
  const base = { id: id as string, priority: priority as number, stop: stop as boolean, when }
  const rule = parseKind(issues, k, r, path, base)
  return issues.length > before ? undefined : rule
}

type Base = { id: string; priority: number; stop: boolean; when: MerchantRule['when'] }

function parseKind(
  issues: Issue[],
  kind: (typeof KINDS)[number],
  r: Record<string, unknown>,
  path: Path,
  base: Base,
): MerchantRule | undefined {
  if (kind === 'link') {
    const from = skuList(issues, r['from'], [...path, 'from'])
    const to = skuList(issues, r['to'], [...path, 'to'])
    const as = r['as'] ?? 'cross_sell'
    if (as !== 'cross_sell' && as !== 'upsell')
      report(issues, 'invalid_kind', [...path, 'as'], 'must be "cross_sell" or "upsell"')
    if (!from || !to) return undefined
    return { ...base, kind, from, to, as: as as 'cross_sell' | 'upsell' }
  }
  if (kind === 'pin') {
    const sku = r['sku']
    const position = r['position']
    if (typeof sku !== 'string' || sku === '')
      report(issues, 'invalid_type', [...path, 'sku'], 'must be a non-empty string')
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 1)
      report(issues, 'invalid_position', [...path, 'position'], 'must be an integer ≥ 1')
    return { ...base, kind, sku: sku as string, position: position as number }
  }
  const match = parseItemMatch(issues, r['match'], [...path, 'match'])
  if (kind === 'exclude') return { ...base, kind, match }
  const factor = r['factor']
  const good =
    typeof factor === 'number' &&
    Number.isFinite(factor) &&
    (kind === 'boost' ? factor > 1 : factor >= 0 && factor < 1)
  if (!good)
    report(
      issues,
      'invalid_factor',
      [...path, 'factor'],
      kind === 'boost' ? 'must be a number > 1' : 'must be a number in [0, 1)',
    )
  return { ...base, kind, match, factor: factor as number }
}
