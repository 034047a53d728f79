/**
 * Scheduled retraining: every `retrainCheckMs` each instance looks through the stores for those
 * whose `training` document asks to be retrained and which are due — their latest model is at
 * least `retrainEveryHours` old and at least `minNewOrders` orders arrived since it was trained —
 * and starts a training job for each.
 *
 * Several instances may share one database. Starting a job claims the store by compare-and-set
 * on its `training_claim` document (`TrainingJobs.start`, as for `POST /train`): of two instances
 * that find it due at the same moment, or of a schedule and a request at the same moment, exactly
 * one starts a job. A store is also skipped while a training job for it is queued or running (and
 * has reported within `ACTIVE_JOB_MS`), whoever started it, and for `RETRY_MS` (or the interval,
 * when shorter) after a claim, so a job that keeps failing is retried at that pace rather than at
 * every check.
 * @module
 */
import type { Job, Store } from '@upcross/engine'
import { isUpcrossError } from 'upcross'
import { parseTrainingDocument } from './training-document.js'
import type { TrainingJobs } from './training-jobs.js'
import {
  claimedAt,
  isLiveTraining,
  TRAINING_CLAIM_DOCUMENT,
  TRAINING_STATE_DOCUMENT,
  trainingStateOf,
} from './training-state.js'

export { ACTIVE_JOB_MS } from './training-state.js'

/** The configuration document that holds a store's schedule. */
export const TRAINING_DOCUMENT = 'training'

/** The longest wait (ms) before a claimed store may be claimed again. */
export const RETRY_MS = 60 * 60_000

/** Jobs looked through for a live training job. */
const JOBS_LOOKED_AT = 100

const HOUR_MS = 3_600_000

/** Checks the stores periodically and starts the scheduled training jobs. */
export class RetrainScheduler {
  readonly #store: Store
  readonly #training: TrainingJobs
  readonly #clock: () => number
  readonly #onError: (error: unknown, storeId: string | undefined) => void
  #timer: ReturnType<typeof setInterval> | undefined
  #pass: Promise<unknown> | undefined
  #stopped = false

  constructor(
    store: Store,
    training: TrainingJobs,
    clock: () => number,
    onError: (error: unknown, storeId: string | undefined) => void,
  ) {
    this.#store = store
    this.#training = training
    this.#clock = clock
    this.#onError = onError
  }

  /**
   * Checks every `everyMs` (0: never) from now on; a check still running when the next one is due
   * is not doubled. The timer does not keep the process alive.
   */
  start(everyMs: number): void {
    if (everyMs <= 0 || this.#stopped || this.#timer) return
    this.#timer = setInterval(() => {
      this.#pass ??= this.check()
        .catch((error: unknown) => this.#onError(error, undefined))
        .finally(() => {
          this.#pass = undefined
        })
    }, everyMs)
    this.#timer.unref()
  }

  /** Stops the timer and waits for a check in progress (it starts no job after this). */
  async stop(): Promise<void> {
    this.#stopped = true
    clearInterval(this.#timer)
    this.#timer = undefined
    await this.#pass
  }

  /** One pass over every store: starts the jobs that are due and returns them. */
  async check(): Promise<Job[]> {
    const started: Job[] = []
    for (const tenant of await this.#store.listTenants()) {
      if (this.#stopped) break
      try {
        const job = await this.#checkStore(tenant.id)
        if (job) started.push(job)
      } catch (error) {
        this.#onError(error, tenant.id)
      }
    }
    return started
  }

  async #checkStore(storeId: string): Promise<Job | undefined> {
    const doc = await this.#store.getDocument(storeId, TRAINING_DOCUMENT)
    if (!doc) return undefined
    const parsed = parseTrainingDocument(doc.value)
    if (!parsed.ok || !parsed.value.enabled) return undefined
    const schedule = parsed.value
    if (this.#training.isTraining(storeId)) return undefined
    const now = this.#clock()
    const everyMs = schedule.retrainEveryHours * HOUR_MS
    const jobs = await this.#store.listJobs(storeId, JOBS_LOOKED_AT)
    if (jobs.some((j) => isLiveTraining(j, now))) return undefined
    const state = trainingStateOf(await this.#store.getDocument(storeId, TRAINING_STATE_DOCUMENT))
    if (state && now - state.trainedAt < everyMs) return undefined
    // Orders are never deleted, so the count tells how many arrived since the state was written.
    const orders = await this.#store.countOrders(storeId)
    if (orders === 0 || orders - (state?.orders ?? 0) < schedule.minNewOrders) return undefined
    const claimed = claimedAt(await this.#store.getDocument(storeId, TRAINING_CLAIM_DOCUMENT))
    if (claimed !== undefined && now - claimed < Math.min(everyMs, RETRY_MS)) return undefined
    if (this.#stopped) return undefined
    try {
      return await this.#training.start(storeId, schedule.settings, 'schedule')
    } catch (error) {
      // Another instance (or a request) claimed the store first: its job is the one that runs.
      if (isUpcrossError(error) && error.code === 'conflict') return undefined
      throw error
    }
  }
}
