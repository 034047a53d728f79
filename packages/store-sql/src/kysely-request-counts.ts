/**
 * The request-count port as dialect-neutral Kysely queries (every value bound as a parameter).
 * @module
 */
import { checkRequestCounts, compareCodePoints, type RequestCountStore } from '@upcross/engine'
import type { Kysely } from 'kysely'
import { chunks, ROWS_PER_INSERT } from './chunks.js'
import type { Run } from './kysely-run.js'
import type { Database, RequestCountsTable } from './schema.js'

/** Creates the request-count port on `db`. */
export function kyselyRequestCountStore(db: Kysely<Database>, run: Run): RequestCountStore {
  return {
    addRequestCounts: (windowStart, deltas, retainMs) =>
      run(async () => {
        checkRequestCounts(windowStart, deltas, retainMs)
        const totals = new Map<string, number>()
        if (deltas.size === 0) return totals
        await db
          .deleteFrom('request_counts')
          .where('window_start', '<', windowStart - retainMs)
          .execute()
        // Sorted: concurrent instances then lock the rows of their multi-row upserts in the same
        // order, so on PostgreSQL two of them wait for each other but never deadlock.
        const rows: RequestCountsTable[] = [...deltas]
          .sort(([a], [b]) => compareCodePoints(a, b))
          .map(([key, count]) => ({ key_hash: key, window_start: windowStart, count }))
        for (const slice of chunks(rows, ROWS_PER_INSERT)) {
          // One statement per slice; each key's addition happens inside the database (count +
          // excluded.count), so no instance's count is lost to another's write.
          const written = await db
            .insertInto('request_counts')
            .values(slice)
            .onConflict((oc) =>
              oc.columns(['key_hash', 'window_start']).doUpdateSet((eb) => ({
                count: eb('request_counts.count', '+', eb.ref('excluded.count')),
              })),
            )
            .returning(['key_hash', 'count'])
            .execute()
          // bigint comes back as a string on PostgreSQL; RETURNING order is not guaranteed.
          for (const r of written) totals.set(r.key_hash, Number(r.count))
        }
        return totals
      }),
  }
}
