/**
 * The request-count port in memory: per window start, each key hash's total.
 * @module
 */
import type { RequestCountStore } from '../ports/request-count-store.js'
import { checkRequestCounts } from '../stored-request-counts.js'

/** Creates the request-count port over fresh maps; `check` runs first in every method. */
export function createMemoryRequestCounts(check: () => void): RequestCountStore {
  const byWindow = new Map<number, Map<string, number>>()
  return {
    async addRequestCounts(windowStart, deltas, retainMs) {
      check()
      checkRequestCounts(windowStart, deltas, retainMs)
      const totals = new Map<string, number>()
      if (deltas.size === 0) return totals
      // No `await` from here to the end: each call's read-add-write runs whole before any other
      // call's, which is the atomicity the SQL stores get from their upsert.
      const oldest = windowStart - retainMs
      for (const start of byWindow.keys()) if (start < oldest) byWindow.delete(start)
      let window = byWindow.get(windowStart)
      if (!window) {
        window = new Map()
        byWindow.set(windowStart, window)
      }
      for (const [key, count] of deltas) {
        const total = (window.get(key) ?? 0) + count
        window.set(key, total)
        totals.set(key, total)
      }
      return totals
    },
  }
}
