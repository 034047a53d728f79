/**
 * Writes a job's progress to the job store in order, one write at a time, at most a few per
 * second: the miner reports progress synchronously and must not wait for the database.
 * @module
 */
import type { Job, JobStatus, JobStore } from '@upcross/engine'

/** The minimum gap (ms) between two throttled progress writes. */
const THROTTLE_MS = 250

/** Queues job updates so they reach the store in the order they were made. */
export class ProgressWriter {
  #chain: Promise<unknown> = Promise.resolve()
  #lastWrite = Number.NEGATIVE_INFINITY
  readonly #store: JobStore
  readonly #job: Job
  readonly #clock: () => number

  constructor(store: JobStore, job: Job, clock: () => number) {
    this.#store = store
    this.#job = job
    this.#clock = clock
  }

  /** Queues an update of the job. */
  set(status: JobStatus, progress: number, message: string, result?: unknown): void {
    const now = this.#clock()
    this.#lastWrite = now
    const patch = {
      status,
      progress,
      message,
      updatedAt: now,
      ...(result === undefined ? {} : { result }),
    }
    this.#chain = this.#chain
      .then(() => this.#store.updateJob(this.#job.storeId, this.#job.id, patch))
      .catch(() => undefined) // a lost progress note must not fail the job
  }

  /**
   * Queues a write of the time alone: a heartbeat while a phase reports nothing, so other
   * instances can tell a long-running job from one whose instance died.
   */
  touch(): void {
    const now = this.#clock()
    this.#lastWrite = now
    this.#chain = this.#chain
      .then(() => this.#store.updateJob(this.#job.storeId, this.#job.id, { updatedAt: now }))
      .catch(() => undefined)
  }

  /** Queues an update unless one was queued less than `THROTTLE_MS` ago. */
  throttled(status: JobStatus, progress: number, message: string): void {
    if (this.#clock() - this.#lastWrite >= THROTTLE_MS) this.set(status, progress, message)
  }

  /** Resolves when every queued update was written. */
  flush(): Promise<unknown> {
    return this.#chain
  }
}
