/**
 * The document port in memory: per store, JSON documents by name with a version each.
 * @module
 */
import { UpcrossError } from 'upcross'
import type { DocumentStore, StoredDocument } from '../ports/document-store.js'
import { compareCodePoints } from '../stored-form.js'
import { toJsonText } from '../stored-json.js'

/** A document as kept: its value as JSON text, so that reads return fresh copies. */
interface Row {
  name: string
  json: string
  version: number
  updatedAt: number
}

function fromRow(row: Row): StoredDocument {
  return {
    name: row.name,
    value: JSON.parse(row.json),
    version: row.version,
    updatedAt: row.updatedAt,
  }
}

/** Creates the document port over fresh maps; `check` runs first in every method. */
export function createMemoryDocuments(check: () => void): DocumentStore {
  const byStore = new Map<string, Map<string, Row>>()
  return {
    async getDocument(storeId, name) {
      check()
      const row = byStore.get(storeId)?.get(name)
      return row && fromRow(row)
    },
    async listDocuments(storeId) {
      check()
      return [...(byStore.get(storeId)?.values() ?? [])]
        .sort((a, b) => compareCodePoints(a.name, b.name))
        .map(fromRow)
    },
    async putDocument(storeId, name, value, at, expectedVersion) {
      check()
      const json = toJsonText(value, `document ${name}`)
      let table = byStore.get(storeId)
      if (!table) {
        table = new Map()
        byStore.set(storeId, table)
      }
      const current = table.get(name)?.version ?? 0
      if (expectedVersion !== undefined && expectedVersion !== current) {
        throw new UpcrossError(
          'conflict',
          `document ${name} is at version ${current}, not ${expectedVersion}`,
          { details: { version: current } },
        )
      }
      const row: Row = { name, json, version: current + 1, updatedAt: at }
      table.set(name, row)
      return fromRow(row)
    },
  }
}
