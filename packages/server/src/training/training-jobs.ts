/**
 * Training as a background job: the request that starts it gets the job at once; the job reads
 * the store's orders and catalog (here: asynchronous reads in batches), mines them in a worker
 * thread (so this thread keeps serving), saves the `.upx` bytes as the store's next model version
 * and records its progress in the job store, so any instance can report it.
 * @module
 */
import { randomBytes } from 'node:crypto'
import type { Job, Store } from '@upcross/engine'
import { collectTrainingInput } from '@upcross/engine'
import { isUpcrossError, UpcrossError } from 'upcross'
import type { ModelCache } from '../offers/model-cache.js'
import { type MiningPhase, mineInWorker } from './mine-in-worker.js'
import { ProgressWriter } from './progress-writer.js'
import type { TrainSettings } from './training-document.js'
import {
  CLAIM_SETTLE_MS,
  claimTraining,
  isLiveTraining,
  recordTrainingState,
  TRAINING_CLAIM_DOCUMENT,
  trainingClaimOf,
} from './training-state.js'
import { trainWorkerEntry } from './worker-entry.js'

export type { TrainSettings } from './training-document.js'

/** How often (ms) a running job writes a heartbeat while the worker mines. */
export const JOB_HEARTBEAT_MS = 30_000

/** Who asked for a job. */
export type TrainTrigger = 'request' | 'schedule'

/** Options of `TrainingJobs`. */
export interface TrainingJobsOptions {
  /** Where the worker is started from (default `trainWorkerEntry`). */
  workerEntry?: () => Promise<URL>
}

interface Running {
  job: Job
  done: Promise<void>
  abort: AbortController
}

/** Starts training jobs and keeps track of the ones running in this instance. */
export class TrainingJobs {
  readonly #running = new Map<string, Running>()
  /** Stores whose job is being created (between the checks and `#running`). */
  readonly #starting = new Set<string>()
  readonly #store: Store
  readonly #clock: () => number
  readonly #models: ModelCache
  readonly #onError: (error: unknown, job: Job) => void
  readonly #workerEntry: () => Promise<URL>
  #closed = false

  constructor(
    store: Store,
    clock: () => number,
    models: ModelCache,
    onError: (error: unknown, job: Job) => void,
    options: TrainingJobsOptions = {},
  ) {
    this.#store = store
    this.#clock = clock
    this.#models = models
    this.#onError = onError
    this.#workerEntry = options.workerEntry ?? trainWorkerEntry
  }

  /** Whether this instance is training the store now. */
  isTraining(storeId: string): boolean {
    return this.#running.has(storeId) || this.#starting.has(storeId)
  }

  /**
   * Claims the store (its `training_claim` document, by compare-and-set), creates a queued job
   * and runs it in the background. Throws `precondition_failed` when the store has no orders,
   * `conflict` while a training job for the store is being created or running on any instance
   * sharing the store, and `unavailable` once the instance is shutting down.
   */
  async start(
    storeId: string,
    settings: TrainSettings = {},
    trigger: TrainTrigger = 'request',
  ): Promise<Job> {
    if (this.#closed) throw new UpcrossError('unavailable', 'the server is shutting down')
    const running = this.#running.get(storeId)
    if (running || this.#starting.has(storeId))
      throw new UpcrossError(
        'conflict',
        `a training job is already running for store "${storeId}"${running ? `: ${running.job.id}` : ''}`,
      )
    this.#starting.add(storeId)
    try {
      const orders = await this.#store.countOrders(storeId)
      if (orders === 0)
        throw new UpcrossError(
          'precondition_failed',
          `store "${storeId}" has no orders to train on; import orders first`,
        )
      const now = this.#clock()
      const id = `job_${randomBytes(9).toString('base64url')}`
      await this.#claim(storeId, id, now)
      const job: Job = {
        id,
        storeId,
        kind: 'train',
        status: 'queued',
        progress: 0,
        message:
          trigger === 'schedule'
            ? `queued (scheduled retraining): ${orders} orders`
            : `queued: ${orders} orders`,
        createdAt: now,
        updatedAt: now,
      }
      await this.#store.createJob(job)
      const abort = new AbortController()
      // Started on the next turn, so the 202 goes out first.
      const done = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => this.#run(job, orders, settings, abort.signal))
        .finally(() => this.#running.delete(storeId))
      this.#running.set(storeId, { job, done, abort })
      return job
    } finally {
      this.#starting.delete(storeId)
    }
  }

  /**
   * Takes the store for job `jobId`, or throws `conflict` naming what holds it: the job of the
   * latest claim while it is alive, or a claim so recent that its job is still being created.
   */
  async #claim(storeId: string, jobId: string, now: number): Promise<void> {
    const doc = await this.#store.getDocument(storeId, TRAINING_CLAIM_DOCUMENT)
    const claim = trainingClaimOf(doc)
    if (claim?.jobId !== undefined) {
      const held = await this.#store.getJob(storeId, claim.jobId)
      if (held ? isLiveTraining(held, now) : now - claim.at < CLAIM_SETTLE_MS)
        throw new UpcrossError(
          'conflict',
          `a training job is already ${held ? 'running' : 'starting'} for store "${storeId}": ${claim.jobId}`,
        )
    }
    if (!(await claimTraining(this.#store, storeId, doc?.version ?? 0, { at: now, jobId })))
      throw new UpcrossError(
        'conflict',
        `another instance started a training job for store "${storeId}" at the same moment`,
      )
  }

  /**
   * Stops the jobs running in this instance (on shutdown): reading stops, workers are
   * terminated, and each job is marked failed ("stopped"); resolves once that is recorded.
   */
  async close(): Promise<void> {
    this.#closed = true
    const running = [...this.#running.values()]
    for (const r of running) r.abort.abort()
    await Promise.allSettled(running.map((r) => r.done))
  }

  async #run(job: Job, total: number, settings: TrainSettings, signal: AbortSignal): Promise<void> {
    const started = this.#clock()
    const progress = new ProgressWriter(this.#store, job, this.#clock)
    const heartbeat = setInterval(() => progress.touch(), JOB_HEARTBEAT_MS)
    heartbeat.unref()
    try {
      progress.set('running', 0.05, 'reading orders')
      const input = await collectTrainingInput(this.#store, job.storeId, {
        signal,
        // Requests get their turn between batches, even from a store whose driver never waits.
        pause: () => new Promise((resolve) => setImmediate(resolve)),
        onProgress: (p) =>
          progress.throttled(
            'running',
            0.05 + 0.45 * Math.min(1, p.orders / total),
            `read ${p.orders} orders`,
          ),
      })
      const orders = input.orderIds.length
      progress.set('running', 0.5, `starting the training worker for ${orders} orders`)
      const onPhase = (phase: MiningPhase) =>
        phase === 'mining'
          ? progress.set('running', 0.55, `mining ${orders} orders`)
          : progress.set('running', 0.85, 'writing the model file')
      const mined = await mineInWorker(
        await this.#workerEntry(),
        input,
        { ...settings, trainedAt: new Date(started).toISOString() },
        onPhase,
        signal,
      )
      progress.set('running', 0.9, 'saving the model')
      const savedAt = this.#clock()
      const version = await this.#store.saveModel(job.storeId, mined.bytes, savedAt)
      this.#models.invalidate(job.storeId)
      await recordTrainingState(
        this.#store,
        job.storeId,
        { modelVersion: version, trainedAt: savedAt, orders, jobId: job.id },
        savedAt,
      ).catch((error: unknown) => this.#onError(error, job))
      const seconds = (this.#clock() - started) / 1000
      progress.set('succeeded', 1, `trained model version ${version} from ${orders} orders`, {
        modelVersion: version,
        orders,
        items: mined.items,
        customers: mined.customers,
        bytes: mined.bytes.length,
        seconds,
      })
    } catch (error) {
      const stopped = signal.aborted && isUpcrossError(error) && error.code === 'unavailable'
      if (!stopped) this.#onError(error, job)
      const message = stopped
        ? 'stopped: the server shut down before it finished'
        : error instanceof Error
          ? error.message
          : String(error)
      progress.set('failed', 1, `training failed: ${message}`)
    } finally {
      clearInterval(heartbeat)
    }
    await progress.flush()
  }
}
