/**
 * The job port in memory: per store, jobs by id.
 * @module
 */
import { UpcrossError } from 'upcross'
import type { Job, JobStore } from '../ports/job-store.js'
import {
  applyJobPatch,
  compareJobsNewestFirst,
  DEFAULT_JOB_LIMIT,
  normalizeJob,
} from '../stored-jobs.js'

/** Creates the job port over fresh maps; `check` runs first in every method. */
export function createMemoryJobs(check: () => void): JobStore {
  const byStore = new Map<string, Map<string, Job>>()
  return {
    async createJob(job) {
      check()
      let table = byStore.get(job.storeId)
      if (!table) {
        table = new Map()
        byStore.set(job.storeId, table)
      }
      if (table.has(job.id)) {
        throw new UpcrossError('conflict', `store ${job.storeId} has a job ${job.id}`)
      }
      table.set(job.id, normalizeJob(job))
    },
    async updateJob(storeId, id, patch) {
      check()
      const table = byStore.get(storeId)
      const job = table?.get(id)
      if (!table || !job) throw new UpcrossError('not_found', `store ${storeId} has no job ${id}`)
      const updated = applyJobPatch(job, patch)
      table.set(id, updated)
      return normalizeJob(updated)
    },
    async getJob(storeId, id) {
      check()
      const job = byStore.get(storeId)?.get(id)
      return job && normalizeJob(job)
    },
    async listJobs(storeId, limit = DEFAULT_JOB_LIMIT) {
      check()
      return [...(byStore.get(storeId)?.values() ?? [])]
        .sort(compareJobsNewestFirst)
        .slice(0, Math.max(0, Math.floor(limit)))
        .map(normalizeJob)
    },
  }
}
