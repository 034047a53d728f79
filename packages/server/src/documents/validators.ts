/**
 * The configuration documents a store can keep, each validated by the core's own parser before
 * it is stored, so what the offer pipeline later reads has already passed its checks (`training`,
 * the retraining schedule, which only the server reads, by the server's own).
 * @module
 */
import {
  fail,
  type Issue,
  ok,
  parseExperiments,
  parseHoldoutConfig,
  parseOfferSettings,
  parseReferralCode,
  type Result,
} from 'upcross'
import { parseTrainingDocument } from '../training/training-document.js'

/** The names of the configuration documents, in the order the docs list them. */
export const DOCUMENT_NAMES = [
  'rules',
  'thresholds',
  'bundles',
  'loyalty',
  'limited_time',
  'referrals',
  'guards',
  'placements',
  'holdout',
  'experiments',
  'training',
] as const

/** One document name. */
export type DocumentName = (typeof DOCUMENT_NAMES)[number]

/** Validates a document's value; the value stored is the one sent. */
type Validator = (value: unknown) => Result<unknown>

/** A section of the offer settings, checked by `parseOfferSettings` exactly as the pipeline will. */
function offerSection(section: string): Validator {
  return (value) => {
    const result = parseOfferSettings({ [section]: value })
    if (result.ok) return ok(value)
    return fail(...result.issues.map((i) => ({ ...i, path: i.path.slice(1) })))
  }
}

/** A list whose every item passes `item` (paths get the item's index). */
function listOf(item: (value: unknown) => Result<unknown>, what: string): Validator {
  return (value) => {
    if (!Array.isArray(value))
      return fail({ code: 'invalid_type', path: [], message: `must be an array of ${what}` })
    const issues: Issue[] = []
    value.forEach((v, i) => {
      const r = item(v)
      if (!r.ok) for (const issue of r.issues) issues.push({ ...issue, path: [i, ...issue.path] })
    })
    return issues.length > 0 ? fail(...issues) : ok(value)
  }
}

/** A core parser whose value is not kept: the document stores what was sent. */
function checkedBy(parse: (value: unknown) => Result<unknown>): Validator {
  return (value) => {
    const result = parse(value)
    return result.ok ? ok(value) : result
  }
}

/** The validator of each document. */
export const VALIDATORS: Readonly<Record<DocumentName, Validator>> = {
  rules: offerSection('rules'),
  thresholds: offerSection('thresholds'),
  bundles: offerSection('bundles'),
  loyalty: offerSection('loyalty'),
  limited_time: offerSection('limited_time'),
  referrals: listOf(parseReferralCode, 'referral codes'),
  guards: offerSection('guards'),
  placements: offerSection('placements'),
  holdout: checkedBy(parseHoldoutConfig),
  experiments: checkedBy(parseExperiments),
  training: checkedBy(parseTrainingDocument),
}
