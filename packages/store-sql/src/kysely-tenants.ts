/**
 * The tenant port as dialect-neutral Kysely queries (every value bound as a parameter).
 * @module
 */
import type { ApiKeyRecord, KeyKind, Tenant, TenantStore } from '@upcross/engine'
import type { Kysely, Selectable } from 'kysely'
import { UpcrossError } from 'upcross'
import type { Run } from './kysely-run.js'
import type { ApiKeysTable, Database, TenantsTable } from './schema.js'

function tenantFromRow(r: Selectable<TenantsTable>): Tenant {
  return { id: r.id, name: r.name, currency: r.currency, createdAt: Number(r.created_at) }
}

function keyFromRow(r: Selectable<ApiKeysTable>): ApiKeyRecord {
  const key: ApiKeyRecord = {
    id: r.id,
    storeId: r.store_id,
    kind: r.kind as KeyKind,
    hash: r.hash,
    prefix: r.prefix,
    createdAt: Number(r.created_at),
  }
  if (r.revoked_at !== null) key.revokedAt = Number(r.revoked_at)
  return key
}

/** Creates the tenant port on `db`. */
export function kyselyTenantStore(db: Kysely<Database>, run: Run): TenantStore {
  return {
    createTenant: (tenant) =>
      run(async () => {
        const rows = await db
          .insertInto('tenants')
          .values({
            id: tenant.id,
            name: tenant.name,
            currency: tenant.currency,
            created_at: tenant.createdAt,
          })
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .execute()
        if (rows.length === 0) throw new UpcrossError('conflict', `tenant ${tenant.id} exists`)
      }),
    getTenant: (id) =>
      run(async () => {
        const row = await db
          .selectFrom('tenants')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst()
        return row && tenantFromRow(row)
      }),
    listTenants: () =>
      run(async () =>
        (await db.selectFrom('tenants').selectAll().orderBy('id').execute()).map(tenantFromRow),
      ),
    addKey: (key) =>
      run(() =>
        db.transaction().execute(async (tx) => {
          const tenant = await tx
            .selectFrom('tenants')
            .select('id')
            .where('id', '=', key.storeId)
            .executeTakeFirst()
          if (!tenant) throw new UpcrossError('not_found', `tenant ${key.storeId} does not exist`)
          // No conflict target: a clash on the id (primary key) or the hash (unique) is skipped.
          const rows = await tx
            .insertInto('api_keys')
            .values({
              id: key.id,
              store_id: key.storeId,
              kind: key.kind,
              hash: key.hash,
              prefix: key.prefix,
              created_at: key.createdAt,
              revoked_at: key.revokedAt ?? null,
            })
            .onConflict((oc) => oc.doNothing())
            .returning('id')
            .execute()
          if (rows.length === 0) {
            throw new UpcrossError('conflict', `a key with id ${key.id} or this hash exists`)
          }
        }),
      ),
    findKeyByHash: (hash) =>
      run(async () => {
        const row = await db
          .selectFrom('api_keys')
          .selectAll()
          .where('hash', '=', hash)
          .executeTakeFirst()
        return row && keyFromRow(row)
      }),
    listKeys: (storeId) =>
      run(async () => {
        const rows = await db
          .selectFrom('api_keys')
          .selectAll()
          .where('store_id', '=', storeId)
          .orderBy('created_at')
          .orderBy('id')
          .execute()
        return rows.map(keyFromRow)
      }),
    revokeKey: (storeId, keyId, at) =>
      run(async () => {
        // coalesce keeps the first revocation time when the key is revoked again.
        const rows = await db
          .updateTable('api_keys')
          .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(at)) }))
          .where('store_id', '=', storeId)
          .where('id', '=', keyId)
          .returning('id')
          .execute()
        if (rows.length === 0) {
          throw new UpcrossError('not_found', `store ${storeId} has no key ${keyId}`)
        }
      }),
  }
}
