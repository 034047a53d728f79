/**
 * What the retraining schedule needs to know about a store, kept in two internal documents (not
 * configuration documents: the `config/{name}` routes can neither read nor write them):
 *
 * - `training_state`: the latest model a training job saved — when, its version, and how many
 *   orders it was trained on — written by every successful job, so "how old is the model and how
 *   many orders arrived since" costs one document read and one count.
 * - `training_claim`: when an instance last started a scheduled job for the store, written by
 *   compare-and-set on its version, so of two instances that find the store due at the same
 *   moment exactly one starts the job.
 * @module
 */
import type { DocumentStore, StoredDocument } from '@upcross/engine'
import { isUpcrossError } from 'upcross'

/** The document of the latest trained model. */
export const TRAINING_STATE_DOCUMENT = 'training_state'

/** The document an instance claims before it starts a scheduled job. */
export const TRAINING_CLAIM_DOCUMENT = 'training_claim'

/** The latest model a job saved. */
export interface TrainingState {
  modelVersion: number
  /** Epoch ms of the save. */
  trainedAt: number
  /** Orders the model was trained on. */
  orders: number
  jobId: string
}

/** The state in a `training_state` document, or `undefined` when it has none. */
export function trainingStateOf(doc: StoredDocument | undefined): TrainingState | undefined {
  const v = doc?.value as Partial<TrainingState> | null | undefined
  if (!v || typeof v.modelVersion !== 'number' || typeof v.trainedAt !== 'number') return undefined
  if (typeof v.orders !== 'number') return undefined
  return {
    modelVersion: v.modelVersion,
    trainedAt: v.trainedAt,
    orders: v.orders,
    jobId: String(v.jobId),
  }
}

/** When the claim was made (epoch ms), or `undefined`. */
export function claimedAt(doc: StoredDocument | undefined): number | undefined {
  const at = (doc?.value as { at?: unknown } | null | undefined)?.at
  return typeof at === 'number' ? at : undefined
}

/**
 * Records `state` unless the document already holds a newer model version (two jobs may finish
 * in either order); compare-and-set, retried a few times when another writer came first.
 */
export async function recordTrainingState(
  store: DocumentStore,
  storeId: string,
  state: TrainingState,
  at: number,
): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc = await store.getDocument(storeId, TRAINING_STATE_DOCUMENT)
    const stored = trainingStateOf(doc)
    if (stored && stored.modelVersion >= state.modelVersion) return
    try {
      await store.putDocument(storeId, TRAINING_STATE_DOCUMENT, state, at, doc?.version ?? 0)
      return
    } catch (error) {
      if (!(isUpcrossError(error) && error.code === 'conflict')) throw error
    }
  }
}

/**
 * Claims the store's next scheduled job: writes `{at}` if the claim document is still at
 * `version` (0: absent). Returns `false` when another instance claimed it first.
 */
export async function claimScheduledJob(
  store: DocumentStore,
  storeId: string,
  version: number,
  at: number,
): Promise<boolean> {
  try {
    await store.putDocument(storeId, TRAINING_CLAIM_DOCUMENT, { at }, at, version)
    return true
  } catch (error) {
    if (isUpcrossError(error) && error.code === 'conflict') return false
    throw error
  }
}
