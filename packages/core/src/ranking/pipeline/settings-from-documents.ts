/**
 * A store's offer settings from its configuration documents (one per section, as the service
 * stores them), validated once.
 * @module
 */
import type { Result } from '../../errors.js'
import { parseOfferSettings } from './parse-settings.js'
import type { OfferSettings } from './settings.js'

/** The documents that are sections of the offer settings, by document name. */
export const OFFER_SECTIONS = [
  'rules',
  'thresholds',
  'bundles',
  'loyalty',
  'limited_time',
  'guards',
  'placements',
] as const

/**
 * Builds `{currency, <section>: document, …}` from the documents present and parses it; an
 * `offers` document, when present, is the base the section documents override.
 */
export function settingsFromDocuments(
  documents: Readonly<Record<string, unknown>>,
  currency: string,
): Result<OfferSettings> {
  const base = documents['offers']
  const input: Record<string, unknown> =
    typeof base === 'object' && base !== null && !Array.isArray(base) ? { ...base } : {}
  for (const section of OFFER_SECTIONS)
    if (documents[section] !== undefined) input[section] = documents[section]
  if (input['currency'] === undefined) input['currency'] = currency
  return parseOfferSettings(input, currency)
}
