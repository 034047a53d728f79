/**
 * Reading a store's offer settings (rules, thresholds, bundles, loyalty, limited-time offers,
 * guard rails, objectives) from a JSON file.
 * @module
 */
import { readFileSync } from 'node:fs'
import { defaultOfferSettings, type OfferSettings, parseOfferSettings, UpcrossError } from 'upcross'

/**
 * The settings in `path` (docs/offers.md), or the defaults when no path is given; a missing
 * file, bad JSON or invalid settings are `invalid_input` naming the file and every problem.
 */
export function readOfferSettings(path: string | undefined, currency: string): OfferSettings {
  if (path === undefined) return defaultOfferSettings(currency)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new UpcrossError(
      'invalid_input',
      `cannot read offer settings ${path}: ${(error as Error).message}`,
      {
        cause: error,
      },
    )
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UpcrossError(
      'invalid_input',
      `offer settings ${path} is not valid JSON: ${(error as Error).message}`,
    )
  }
  const parsed = parseOfferSettings(value, currency)
  if (!parsed.ok)
    throw new UpcrossError('invalid_input', `invalid offer settings in ${path}`, {
      issues: parsed.issues.map((i) => ({ ...i, source: { file: path } })),
    })
  return parsed.value
}
