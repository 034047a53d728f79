/**
 * The model port as dialect-neutral Kysely queries (every value bound as a parameter).
 * @module
 */
import type { ModelStore, StoredModel } from '@upcross/engine'
import type { Kysely } from 'kysely'
import { UpcrossError } from 'upcross'
import type { Run } from './kysely-run.js'
import type { Database } from './schema.js'

/** How often a save retries after another instance took the version it was about to write. */
const MAX_ATTEMPTS = 20

/** The bytes as a Buffer over the same memory: what both drivers bind as blob/bytea. */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Creates the model port on `db`. */
export function kyselyModelStore(db: Kysely<Database>, run: Run): ModelStore {
  const latestVersion = async (storeId: string): Promise<number> => {
    const row = await db
      .selectFrom('models')
      .select((eb) => eb.fn.max('version').as('max'))
      .where('store_id', '=', storeId)
      .executeTakeFirst()
    return row?.max === null || row?.max === undefined ? 0 : Number(row.max)
  }
  return {
    saveModel: (storeId, bytes, at) =>
      run(async () => {
        const data = toBuffer(bytes)
        // Read before the insert: an order committed in between is newer than the model anyway
        // (training read its orders before the save).
        const sequence = await db
          .selectFrom('order_sequences')
          .select('seq')
          .where('store_id', '=', storeId)
          .executeTakeFirst()
        const orderSeq = sequence === undefined ? 0 : Number(sequence.seq)
        for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
          const version = (await latestVersion(storeId)) + 1
          // The primary key (store_id, version) decides between concurrent savers: the loser
          // inserts nothing and tries the next version.
          const rows = await db
            .insertInto('models')
            .values({
              store_id: storeId,
              version,
              bytes: data,
              created_at: at,
              order_seq: orderSeq,
            })
            .onConflict((oc) => oc.columns(['store_id', 'version']).doNothing())
            .returning('version')
            .execute()
          if (rows.length === 1) return version
        }
        throw new UpcrossError('unavailable', `models of store ${storeId} are saved too often`)
      }),
    latestModel: (storeId) =>
      run(async () => {
        const row = await db
          .selectFrom('models')
          .selectAll()
          .where('store_id', '=', storeId)
          .orderBy('version', 'desc')
          .limit(1)
          .executeTakeFirst()
        if (!row) return undefined
        // A plain Uint8Array copy: the drivers return Buffers, possibly over a shared pool.
        const model: StoredModel = {
          version: Number(row.version),
          bytes: new Uint8Array(row.bytes),
          createdAt: Number(row.created_at),
        }
        if (row.order_seq !== null) model.orderSeq = Number(row.order_seq)
        return model
      }),
    latestModelVersion: (storeId) => run(() => latestVersion(storeId)),
  }
}
