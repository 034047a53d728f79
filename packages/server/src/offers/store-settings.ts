/**
 * A store's offer settings, holdout and experiments, composed from its configuration documents
 * (validated one by one when they were written) and kept in memory per instance.
 * @module
 */
import type { DocumentStore, Tenant } from '@upcross/engine'
import {
  defaultOfferSettings,
  type Experiment,
  type HoldoutConfig,
  type Issue,
  type OfferSettings,
  settingsFromDocuments,
} from 'upcross'
import { DOCUMENT_NAMES } from '../documents/validators.js'
import { measurementFromDocuments } from '../measurement/settings.js'

const CONFIGURATION: ReadonlySet<string> = new Set(DOCUMENT_NAMES)

/** What serving reads about a store besides its model. */
export interface StoreSettings {
  /** Changes whenever a document changes (cache keys include it). */
  version: string
  offers: OfferSettings
  holdout: HoldoutConfig | undefined
  experiments: Experiment[]
  /** Why a part fell back to its defaults (documents that no longer compose), for the logs. */
  problems: Issue[]
}

/** Loads a store's settings from its documents. */
export async function loadStoreSettings(
  documents: DocumentStore,
  tenant: Pick<Tenant, 'id' | 'currency'>,
): Promise<StoreSettings> {
  // Only the configuration documents: the service also keeps records as documents (referral
  // redemptions, training state and claims), and writing one must not change the settings
  // version (which keys the offer cache).
  const docs = (await documents.listDocuments(tenant.id)).filter((d) => CONFIGURATION.has(d.name))
  const values: Record<string, unknown> = {}
  for (const d of docs) values[d.name] = d.value
  const version = docs.map((d) => `${d.name}:${d.version}`).join(',')
  const problems: Issue[] = []
  const offers = settingsFromDocuments(values, tenant.currency)
  if (!offers.ok) problems.push(...offers.issues)
  const measured = measurementFromDocuments(values['holdout'], values['experiments'])
  problems.push(...measured.problems)
  return {
    version,
    offers: offers.ok ? offers.value : defaultOfferSettings(tenant.currency),
    holdout: measured.holdout,
    experiments: measured.experiments,
    problems,
  }
}
