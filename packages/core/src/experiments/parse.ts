/**
 * `parseHoldoutConfig` and `parseExperiments`: holdout and experiment settings validated as data;
 * every issue names what and where (`experiments[1].variants[0].weight`).
 * @module
 */
import { isPlacement, PLACEMENTS, type Placement } from '../domain/placement.js'
import { fail, type Issue, ok, type Result } from '../errors.js'
import { isRecord, type Path, report } from '../util/issue-path.js'
import { DEFAULT_HOLDOUT_SALT } from './assign.js'
import type { Experiment, HoldoutConfig, Variant } from './types.js'

/**
 * Validates `{ share, salt? }`: `share` a number in [0, 1], `salt` a non-empty string (default
 * `"holdout"`); unknown keys are issues, so a typo such as `shares` is not silently ignored.
 */
export function parseHoldoutConfig(input: unknown): Result<HoldoutConfig> {
  const issues: Issue[] = []
  if (!isRecord(input))
    return fail({ code: 'invalid_type', path: [], message: 'expected an object with "share"' })
  unknownKeys(issues, input, ['share', 'salt'], [])
  const share = input['share']
  if (typeof share !== 'number' || !(share >= 0 && share <= 1))
    report(issues, 'invalid_share', ['share'], 'must be a number in [0, 1]')
  const salt = optionalText(issues, input['salt'], ['salt']) ?? DEFAULT_HOLDOUT_SALT
  return issues.length > 0 ? fail(...issues) : ok({ share: share as number, salt })
}

/**
 * Validates a list of experiments (a bare array, or `{ experiments: [...] }`). Each is
 * `{ id, variants: [{ name, weight }], salt?, placements? }`: ids unique and non-empty, at least
 * one variant, variant names unique and non-empty, weights finite and ≥ 0 with a positive sum,
 * placements known. `salt` defaults to the id.
 */
export function parseExperiments(input: unknown): Result<Experiment[]> {
  const issues: Issue[] = []
  let list = input
  let base: Path = []
  if (isRecord(input)) {
    unknownKeys(issues, input, ['experiments'], [])
    list = input['experiments']
    base = ['experiments']
  }
  if (!Array.isArray(list)) {
    report(issues, 'invalid_type', base, 'must be an array of experiments')
    return fail(...issues)
  }
  const out: Experiment[] = []
  const ids = new Set<string>()
  list.forEach((raw, i) => {
    const path = [...base, i]
    const e = parseExperiment(issues, raw, path)
    if (e && ids.has(e.id))
      report(issues, 'duplicate_id', [...path, 'id'], `"${e.id}" is used by an earlier experiment`)
    if (e) {
      ids.add(e.id)
      out.push(e)
    }
  })
  return issues.length > 0 ? fail(...issues) : ok(out)
}

function parseExperiment(issues: Issue[], raw: unknown, path: Path): Experiment | undefined {
  if (!isRecord(raw)) {
    report(issues, 'invalid_type', path, 'must be an object')
    return undefined
  }
  const before = issues.length
  unknownKeys(issues, raw, ['id', 'variants', 'salt', 'placements'], path)
  const id = raw['id']
  if (typeof id !== 'string' || id.trim() === '')
    report(issues, 'invalid_id', [...path, 'id'], 'must be a non-empty string')
  const salt = optionalText(issues, raw['salt'], [...path, 'salt'])
  const variants = parseVariants(issues, raw['variants'], [...path, 'variants'])
  const placements = parsePlacements(issues, raw['placements'], [...path, 'placements'])
  if (issues.length > before || !variants) return undefined
  const experiment: Experiment = { id: id as string, variants, salt: salt ?? (id as string) }
  if (placements) experiment.placements = placements
  return experiment
}

function parseVariants(issues: Issue[], raw: unknown, path: Path): Variant[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) {
    report(issues, 'invalid_type', path, 'must be a non-empty array of { name, weight }')
    return undefined
  }
  const names = new Set<string>()
  const out: Variant[] = []
  let total = 0
  raw.forEach((v, i) => {
    const at = [...path, i]
    if (!isRecord(v)) {
      report(issues, 'invalid_type', at, 'must be an object { name, weight }')
      return
    }
    unknownKeys(issues, v, ['name', 'weight'], at)
    const { name, weight } = v
    if (typeof name !== 'string' || name.trim() === '')
      report(issues, 'invalid_name', [...at, 'name'], 'must be a non-empty string')
    else if (names.has(name))
      report(issues, 'duplicate_name', [...at, 'name'], `"${name}" is used by an earlier variant`)
    else names.add(name)
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0)
      report(issues, 'invalid_weight', [...at, 'weight'], 'must be a finite number ≥ 0')
    if (typeof name === 'string' && typeof weight === 'number' && weight >= 0) {
      total += weight
      out.push({ name, weight })
    }
  })
  if (out.length === raw.length && !(total > 0 && Number.isFinite(total)))
    report(issues, 'zero_weight', path, 'must have a positive total weight')
  return out
}

function parsePlacements(issues: Issue[], raw: unknown, path: Path): Placement[] | undefined {
  if (raw === undefined) return undefined
  if (!Array.isArray(raw) || raw.length === 0) {
    report(issues, 'invalid_type', path, 'must be a non-empty array of placements')
    return undefined
  }
  raw.forEach((p, i) => {
    if (!isPlacement(p))
      report(issues, 'invalid_placement', [...path, i], `must be one of ${PLACEMENTS.join(', ')}`)
  })
  return raw.filter(isPlacement)
}

function optionalText(issues: Issue[], raw: unknown, path: Path): string | undefined {
  if (raw === undefined) return undefined
  if (typeof raw === 'string' && raw !== '') return raw
  report(issues, 'invalid_type', path, 'must be a non-empty string')
  return undefined
}

function unknownKeys(
  issues: Issue[],
  value: Record<string, unknown>,
  known: readonly string[],
  path: Path,
): void {
  for (const key of Object.keys(value))
    if (!known.includes(key)) report(issues, 'unknown_key', [...path, key], 'is not a known key')
}
