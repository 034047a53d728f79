/**
 * The job port: background jobs (training) and their progress.
 * @module
 */

/** Where a job is. */
export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed'

/** One background job. */
export interface Job {
  id: string
  storeId: string
  kind: string
  status: JobStatus
  /** 0 … 1. */
  progress: number
  /** What the job is doing now, or its result summary / error message. */
  message: string
  /** JSON result when succeeded (e.g. model version and counts). */
  result?: unknown
  createdAt: number
  updatedAt: number
}

/** The fields `updateJob` may change; a field left `undefined` keeps its value. */
export type JobPatch = Partial<
  Pick<Job, 'status' | 'progress' | 'message' | 'result' | 'updatedAt'>
>

/** Records jobs so that any instance can report them. */
export interface JobStore {
  /** Stores a new job; throws `conflict` when the store already has a job with its id. */
  createJob(job: Job): Promise<void>
  /**
   * Changes status/progress/message/result/updatedAt (fields left `undefined` keep their value)
   * and returns the job as stored; throws `not_found` when the store has no such job.
   */
  updateJob(storeId: string, id: string, patch: JobPatch): Promise<Job>
  /** The store's job with this id, or `undefined`. `result` is omitted when there is none. */
  getJob(storeId: string, id: string): Promise<Job | undefined>
  /** The store's jobs, newest `createdAt` first (then id descending), at most `limit` (default 20). */
  listJobs(storeId: string, limit?: number): Promise<Job[]>
}
