/**
 * The job port as dialect-neutral Kysely queries (every value bound as a parameter).
 * @module
 */
import {
  DEFAULT_JOB_LIMIT,
  type Job,
  type JobStatus,
  type JobStore,
  normalizeJob,
  toJsonText,
} from '@upcross/engine'
import type { Kysely, Selectable, Updateable } from 'kysely'
import { UpcrossError } from 'upcross'
import type { Run } from './kysely-run.js'
import type { Database, JobsTable } from './schema.js'

function fromRow(r: Selectable<JobsTable>): Job {
  const job: Job = {
    id: r.id,
    storeId: r.store_id,
    kind: r.kind,
    status: r.status as JobStatus,
    progress: Number(r.progress),
    message: r.message,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  }
  if (r.result !== null) job.result = JSON.parse(r.result)
  return job
}

/** Creates the job port on `db`. */
export function kyselyJobStore(db: Kysely<Database>, run: Run): JobStore {
  const getJob = async (storeId: string, id: string): Promise<Job | undefined> => {
    const row = await db
      .selectFrom('jobs')
      .selectAll()
      .where('store_id', '=', storeId)
      .where('id', '=', id)
      .executeTakeFirst()
    return row && fromRow(row)
  }
  return {
    createJob: (job) =>
      run(async () => {
        const j = normalizeJob(job)
        const rows = await db
          .insertInto('jobs')
          .values({
            store_id: j.storeId,
            id: j.id,
            kind: j.kind,
            status: j.status,
            progress: j.progress,
            message: j.message,
            result: j.result === undefined ? null : toJsonText(j.result, `job ${j.id} result`),
            created_at: j.createdAt,
            updated_at: j.updatedAt,
          })
          .onConflict((oc) => oc.columns(['store_id', 'id']).doNothing())
          .returning('id')
          .execute()
        if (rows.length === 0) {
          throw new UpcrossError('conflict', `store ${j.storeId} has a job ${j.id}`)
        }
      }),
    updateJob: (storeId, id, patch) =>
      run(async () => {
        // Only the given columns are written, in one statement: two instances updating different
        // fields of a job never undo each other.
        const set: Updateable<JobsTable> = {}
        if (patch.status !== undefined) set.status = patch.status
        if (patch.progress !== undefined) set.progress = patch.progress
        if (patch.message !== undefined) set.message = patch.message
        if (patch.result !== undefined) set.result = toJsonText(patch.result, `job ${id} result`)
        if (patch.updatedAt !== undefined) set.updated_at = patch.updatedAt
        const row =
          Object.keys(set).length === 0
            ? await db
                .selectFrom('jobs')
                .selectAll()
                .where('store_id', '=', storeId)
                .where('id', '=', id)
                .executeTakeFirst()
            : await db
                .updateTable('jobs')
                .set(set)
                .where('store_id', '=', storeId)
                .where('id', '=', id)
                .returningAll()
                .executeTakeFirst()
        if (!row) throw new UpcrossError('not_found', `store ${storeId} has no job ${id}`)
        return fromRow(row)
      }),
    getJob: (storeId, id) => run(() => getJob(storeId, id)),
    listJobs: (storeId, limit = DEFAULT_JOB_LIMIT) =>
      run(async () => {
        const n = Math.max(0, Math.floor(limit))
        if (n === 0) return []
        const rows = await db
          .selectFrom('jobs')
          .selectAll()
          .where('store_id', '=', storeId)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(n)
          .execute()
        return rows.map(fromRow)
      }),
  }
}
