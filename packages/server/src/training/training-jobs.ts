/**
 * Training as a background job: the request that starts it gets the job at once; the job reads
 * the store's orders and catalog, mines, saves the `.upx` bytes as the store's next model version
 * and records its progress in the job store, so any instance can report it.
 * @module
 */
import { randomBytes } from 'node:crypto'
import type { Job, Store } from '@upcross/engine'
import { trainFromStore } from '@upcross/engine'
import { serializeModel, type TrainOptions, UpcrossError } from 'upcross'
import type { ModelCache } from '../offers/model-cache.js'
import { ProgressWriter } from './progress-writer.js'

/** The training settings a request may choose. */
export type TrainSettings = Pick<
  TrainOptions,
  'halfLifeDays' | 'maxBasketSize' | 'neighboursPerItem' | 'minItemCount'
>

/** Starts training jobs and keeps track of the ones running in this instance. */
export class TrainingJobs {
  readonly #running = new Map<string, { job: Job; done: Promise<void> }>()
  readonly #store: Store
  readonly #clock: () => number
  readonly #models: ModelCache
  readonly #onError: (error: unknown, job: Job) => void

  constructor(
    store: Store,
    clock: () => number,
    models: ModelCache,
    onError: (error: unknown, job: Job) => void,
  ) {
    this.#store = store
    this.#clock = clock
    this.#models = models
    this.#onError = onError
  }

  /**
   * Creates a queued job and runs it in the background. Throws `precondition_failed` when the
   * store has no orders and `conflict` while this instance is already training the store.
   */
  async start(storeId: string, settings: TrainSettings = {}): Promise<Job> {
    const running = this.#running.get(storeId)
    if (running)
      throw new UpcrossError(
        'conflict',
        `a training job is already running for store "${storeId}": ${running.job.id}`,
      )
    const orders = await this.#store.countOrders(storeId)
    if (orders === 0)
      throw new UpcrossError(
        'precondition_failed',
        `store "${storeId}" has no orders to train on; import orders first`,
      )
    const now = this.#clock()
    const job: Job = {
      id: `job_${randomBytes(9).toString('base64url')}`,
      storeId,
      kind: 'train',
      status: 'queued',
      progress: 0,
      message: `queued: ${orders} orders`,
      createdAt: now,
      updatedAt: now,
    }
    await this.#store.createJob(job)
    // Started on the next turn, so the 202 goes out before mining takes the event loop.
    const done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.#run(job, orders, settings))
      .finally(() => this.#running.delete(storeId))
    this.#running.set(storeId, { job, done })
    return job
  }

  /** Waits for the jobs running in this instance (on shutdown). */
  async close(): Promise<void> {
    await Promise.allSettled([...this.#running.values()].map((r) => r.done))
  }

  async #run(job: Job, total: number, settings: TrainSettings): Promise<void> {
    const started = this.#clock()
    const progress = new ProgressWriter(this.#store, job, this.#clock)
    try {
      progress.set('running', 0.05, 'reading orders')
      const { model, orders } = await trainFromStore(this.#store, job.storeId, {
        ...settings,
        trainedAt: new Date(started).toISOString(),
        onProgress: (p) =>
          p.phase === 'mining'
            ? progress.set('running', 0.7, `mining ${p.orders} orders`)
            : progress.throttled(
                'running',
                0.05 + 0.6 * Math.min(1, p.orders / total),
                `read ${p.orders} orders`,
              ),
      })
      progress.set('running', 0.9, 'saving the model')
      const bytes = serializeModel(model)
      const version = await this.#store.saveModel(job.storeId, bytes, this.#clock())
      this.#models.invalidate(job.storeId)
      const seconds = (this.#clock() - started) / 1000
      progress.set('succeeded', 1, `trained model version ${version} from ${orders} orders`, {
        modelVersion: version,
        orders,
        items: model.meta.items,
        customers: model.meta.customers,
        bytes: bytes.length,
        seconds,
      })
    } catch (error) {
      this.#onError(error, job)
      const message = error instanceof Error ? error.message : String(error)
      progress.set('failed', 1, `training failed: ${message}`)
    }
    await progress.flush()
  }
}
