/**
 * The stored form of jobs and of their updates, shared by every adapter.
 * @module
 */
import type { Job, JobPatch } from './ports/job-store.js'
import { compareCodePoints } from './stored-form.js'
import { copyAsJson } from './stored-json.js'

/** A fresh copy of a job in stored form: `result` copied as JSON, omitted when absent. */
export function normalizeJob(job: Job): Job {
  const out: Job = {
    id: job.id,
    storeId: job.storeId,
    kind: job.kind,
    status: job.status,
    progress: job.progress,
    message: job.message,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  }
  if (job.result !== undefined) out.result = copyAsJson(job.result, `job ${job.id} result`)
  return out
}

/** The job after `patch`: fields the patch leaves `undefined` keep their value. */
export function applyJobPatch(job: Job, patch: JobPatch): Job {
  const out = { ...job }
  if (patch.status !== undefined) out.status = patch.status
  if (patch.progress !== undefined) out.progress = patch.progress
  if (patch.message !== undefined) out.message = patch.message
  if (patch.result !== undefined) out.result = patch.result
  if (patch.updatedAt !== undefined) out.updatedAt = patch.updatedAt
  return normalizeJob(out)
}

/** Compares jobs as `listJobs` orders them: newest `createdAt` first, then id descending. */
export function compareJobsNewestFirst(a: Job, b: Job): number {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt
  return compareCodePoints(b.id, a.id)
}

/** The default and largest page of `listJobs`. */
export const DEFAULT_JOB_LIMIT = 20
