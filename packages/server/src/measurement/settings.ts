/**
 * A store's holdout and experiments, read from its configuration documents on every call (no
 * cache), so every instance answers from the same stored versions.
 * @module
 */
import type { DocumentStore } from '@upcross/engine'
import {
  type Experiment,
  type HoldoutConfig,
  type Issue,
  parseExperiments,
  parseHoldoutConfig,
} from 'upcross'

/** What assignment and lift read: the holdout (absent when not configured) and the experiments. */
export interface MeasurementSettings {
  holdout: HoldoutConfig | undefined
  experiments: Experiment[]
  /** Why a stored document was ignored, for the log (empty when both parsed). */
  problems: Issue[]
}

/**
 * Reads and parses the `holdout` and `experiments` documents of `storeId`. Documents are
 * validated before they are stored, so a failure means one written before validation existed:
 * it is ignored (no holdout, no experiments), as the offer pipeline ignores it, so assignment and
 * offers never disagree.
 */
export async function loadMeasurementSettings(
  store: DocumentStore,
  storeId: string,
): Promise<MeasurementSettings> {
  const [holdoutDoc, experimentsDoc] = await Promise.all([
    store.getDocument(storeId, 'holdout'),
    store.getDocument(storeId, 'experiments'),
  ])
  return measurementFromDocuments(holdoutDoc?.value, experimentsDoc?.value)
}

/** Parses the stored `holdout` and `experiments` values (undefined: not configured). */
export function measurementFromDocuments(
  holdoutValue: unknown,
  experimentsValue: unknown,
): MeasurementSettings {
  const problems: Issue[] = []
  let holdout: HoldoutConfig | undefined
  if (holdoutValue !== undefined) {
    const parsed = parseHoldoutConfig(holdoutValue)
    if (parsed.ok) holdout = parsed.value
    else problems.push(...parsed.issues)
  }
  let experiments: Experiment[] = []
  if (experimentsValue !== undefined) {
    const parsed = parseExperiments(experimentsValue)
    if (parsed.ok) experiments = parsed.value
    else problems.push(...parsed.issues)
  }
  return { holdout, experiments, problems }
}
