/**
 * The document port as dialect-neutral Kysely queries (every value bound as a parameter).
 * @module
 */
import { type DocumentStore, type StoredDocument, toJsonText } from '@upcross/engine'
import type { Kysely, Selectable } from 'kysely'
import { UpcrossError } from 'upcross'
import type { Run } from './kysely-run.js'
import type { Database, DocumentsTable } from './schema.js'

/** How often a write without `expectedVersion` retries after losing a race to another writer. */
const MAX_ATTEMPTS = 20

function fromRow(r: Selectable<DocumentsTable>): StoredDocument {
  return {
    name: r.name,
    value: JSON.parse(r.value),
    version: Number(r.version),
    updatedAt: Number(r.updated_at),
  }
}

function conflict(name: string, current: number, expected: number): UpcrossError {
  return new UpcrossError(
    'conflict',
    `document ${name} is at version ${current}, not ${expected}`,
    { details: { version: current } },
  )
}

/**
 * Writes version `current + 1` only if the stored version is still `current` (compare and set,
 * without holding a transaction); tells whether it did.
 */
async function writeIfAt(
  db: Kysely<Database>,
  storeId: string,
  name: string,
  value: string,
  at: number,
  current: number,
): Promise<boolean> {
  if (current === 0) {
    const rows = await db
      .insertInto('documents')
      .values({ store_id: storeId, name, value, version: 1, updated_at: at })
      .onConflict((oc) => oc.columns(['store_id', 'name']).doNothing())
      .returning('version')
      .execute()
    return rows.length === 1
  }
  const rows = await db
    .updateTable('documents')
    .set({ value, version: current + 1, updated_at: at })
    .where('store_id', '=', storeId)
    .where('name', '=', name)
    .where('version', '=', current)
    .returning('version')
    .execute()
  return rows.length === 1
}

/** Creates the document port on `db`. */
export function kyselyDocumentStore(db: Kysely<Database>, run: Run): DocumentStore {
  const versionOf = async (storeId: string, name: string): Promise<number> => {
    const row = await db
      .selectFrom('documents')
      .select('version')
      .where('store_id', '=', storeId)
      .where('name', '=', name)
      .executeTakeFirst()
    return row ? Number(row.version) : 0
  }
  return {
    getDocument: (storeId, name) =>
      run(async () => {
        const row = await db
          .selectFrom('documents')
          .selectAll()
          .where('store_id', '=', storeId)
          .where('name', '=', name)
          .executeTakeFirst()
        return row && fromRow(row)
      }),
    listDocuments: (storeId) =>
      run(async () => {
        const rows = await db
          .selectFrom('documents')
          .selectAll()
          .where('store_id', '=', storeId)
          .orderBy('name')
          .execute()
        return rows.map(fromRow)
      }),
    putDocument: (storeId, name, value, at, expectedVersion) =>
      run(async () => {
        const json = toJsonText(value, `document ${name}`)
        for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
          const current = await versionOf(storeId, name)
          if (expectedVersion !== undefined && expectedVersion !== current) {
            throw conflict(name, current, expectedVersion)
          }
          if (await writeIfAt(db, storeId, name, json, at, current)) {
            return { name, value: JSON.parse(json), version: current + 1, updatedAt: at }
          }
          // Another writer got in between: with an expected version that is a conflict;
          // without one, the last write wins, so read the new version and try again.
          if (expectedVersion !== undefined) {
            throw conflict(name, await versionOf(storeId, name), expectedVersion)
          }
        }
        throw new UpcrossError('unavailable', `document ${name} is being written too often`)
      }),
  }
}
