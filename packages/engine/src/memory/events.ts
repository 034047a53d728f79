/**
 * The event port in memory: per store, events by id, read back filtered and ordered.
 * @module
 */
import type { EventStore, OfferEvent } from '../ports/event-store.js'
import {
  checkEvent,
  compareEvents,
  eventLimit,
  matchesEventQuery,
  normalizeEvent,
} from '../stored-events.js'

/** Creates the event port over fresh maps; `check` runs first in every method. */
export function createMemoryEvents(check: () => void): EventStore {
  const byStore = new Map<string, Map<string, OfferEvent>>()
  return {
    async appendEvents(storeId, events) {
      check()
      // Validate the whole batch before writing anything: all or none.
      events.forEach(checkEvent)
      let table = byStore.get(storeId)
      if (!table) {
        table = new Map()
        byStore.set(storeId, table)
      }
      let inserted = 0
      for (const event of events) {
        if (table.has(event.id)) continue
        table.set(event.id, normalizeEvent(event))
        inserted++
      }
      return { inserted, duplicates: events.length - inserted }
    },
    async listEvents(storeId, query) {
      check()
      const limit = eventLimit(query)
      const found = [...(byStore.get(storeId)?.values() ?? [])]
        .filter((e) => matchesEventQuery(e, query))
        .sort(compareEvents)
      return found.slice(0, limit).map(normalizeEvent)
    },
  }
}
