/**
 * What the retraining schedule needs to know about a store, kept in two internal documents (not
 * configuration documents: the `config/{name}` routes can neither read nor write them):
 *
 * - `training_state`: the latest model a training job saved — when, its version, and how many
 *   orders it was trained on — written by every successful job, so "how old is the model and how
 *   many orders arrived since" costs one document read and one count.
 * - `training_claim`: the training job last started for the store (by a request or the schedule)
 *   and when, written by compare-and-set on its version before the job is created, so that of two
 *   instances asked to train a store at the same moment exactly one starts a job.
 * @module
 */
import type { DocumentStore, Job, StoredDocument } from '@upcross/engine'
import { isUpcrossError } from 'upcross'

/** A queued or running job that reported within this time (ms) counts as alive. */
export const ACTIVE_JOB_MS = 10 * 60_000

/**
 * A claim younger than this (ms) whose job is not in the job store yet is a job being created
 * by another instance right now (claiming and creating take milliseconds; an instance that died
 * in between holds the store no longer than this).
 */
export const CLAIM_SETTLE_MS = 30_000

/** The document of the latest trained model. */
export const TRAINING_STATE_DOCUMENT = 'training_state'

/** The document an instance claims before it starts a training job. */
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

/** A claim: which job it is for (absent in claims written before jobs were named) and when. */
export interface TrainingClaim {
  at: number
  jobId?: string
}

/** The claim in a `training_claim` document, or `undefined`. */
export function trainingClaimOf(doc: StoredDocument | undefined): TrainingClaim | undefined {
  const v = doc?.value as { at?: unknown; jobId?: unknown } | null | undefined
  if (typeof v?.at !== 'number') return undefined
  return typeof v.jobId === 'string' ? { at: v.at, jobId: v.jobId } : { at: v.at }
}

/** When the claim was made (epoch ms), or `undefined`. */
export function claimedAt(doc: StoredDocument | undefined): number | undefined {
  return trainingClaimOf(doc)?.at
}

/** Whether a job is a training job still queued or running (and reporting). */
export function isLiveTraining(job: Job, now: number): boolean {
  return (
    job.kind === 'train' &&
    (job.status === 'queued' || job.status === 'running') &&
    now - job.updatedAt < ACTIVE_JOB_MS
  )
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
 * Claims the store for job `jobId`: writes `{at, jobId}` if the claim document is still at
 * `version` (0: absent). Returns `false` when another instance claimed it first.
 */
export async function claimTraining(
  store: DocumentStore,
  storeId: string,
  version: number,
  claim: Required<TrainingClaim>,
): Promise<boolean> {
  try {
    await store.putDocument(storeId, TRAINING_CLAIM_DOCUMENT, claim, claim.at, version)
    return true
  } catch (error) {
    if (isUpcrossError(error) && error.code === 'conflict') return false
    throw error
  }
}
