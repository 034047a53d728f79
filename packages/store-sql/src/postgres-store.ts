/**
 * The store on PostgreSQL through node-postgres and Kysely: the production database, shared by
 * any number of stateless API instances.
 * @module
 */
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { isUpcrossError, UpcrossError } from 'upcross'
import { createKyselyStore, type SqlStore } from './kysely-store.js'
import { migrateToLatest } from './migrations/index.js'
import { translatePostgresError } from './postgres-errors.js'
import type { Database } from './schema.js'

/** Options of `openPostgresStore`. */
export interface PostgresStoreOptions {
  /** Epoch ms for `updated_at` columns (default `Date.now`). */
  clock?: () => number
  /**
   * The schema that holds upcross's tables (created when missing; default: the connection's
   * search path, normally `public`). Lower-case letters, digits and `_`.
   */
  schema?: string
  /** Most connections the pool opens (default 10). */
  maxConnections?: number
  /** How long to wait for a connection before failing `unavailable` (ms, default 10000). */
  connectTimeoutMs?: number
}

const INT8_OID = 20

/**
 * Type parsers of the pool: `bigint` columns and `count(*)` come back as numbers, not strings.
 * Every bigint upcross stores (money in minor units, epoch ms, counts) is far below 2^53.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID && format !== 'binary') return (value: string) => Number(value)
    return pg.types.getTypeParser(oid, format)
  },
} as pg.CustomTypesConfig

/** Throws `invalid_input` unless `schema` is a plain lower-case identifier. */
function checkSchema(schema: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new UpcrossError(
      'invalid_input',
      `schema ${JSON.stringify(schema)} must be lower-case letters, digits and _`,
    )
  }
}

/**
 * Connects to PostgreSQL (`postgres://user:password@host:port/database`), creates the schema
 * when one is named, and migrates it to the latest version. The server's own durability applies:
 * with its default `synchronous_commit=on`, a resolved write is on disk.
 */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<SqlStore> {
  const { schema } = options
  if (schema !== undefined) checkSchema(schema)
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    types,
    // Every connection resolves table names in the schema, so queries stay schema-free.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  })
  // An idle client that loses its connection emits 'error' on the pool; without a listener
  // that would crash the process. The next query reports the failure instead.
  pool.on('error', () => undefined)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  try {
    if (schema !== undefined) {
      // `if not exists` still races when two instances start at once (a unique violation in
      // pg_namespace), so creating the schema takes a transaction-scoped advisory lock.
      await db.transaction().execute(async (tx) => {
        await sql`select pg_advisory_xact_lock(hashtext('upcross:create-schema'))`.execute(tx)
        await sql`create schema if not exists ${sql.id(schema)}`.execute(tx)
      })
    }
    await migrateToLatest(db as Kysely<unknown>, translatePostgresError, {
      flavor: 'postgres',
      ...(schema === undefined ? {} : { schema }),
    })
  } catch (error) {
    await db.destroy().catch(() => undefined)
    const translated = translatePostgresError(error)
    if (isUpcrossError(translated)) throw translated
    throw new UpcrossError('unavailable', `cannot open ${redact(url)}: ${String(error)}`, {
      cause: error,
    })
  }
  return createKyselyStore(db, {
    translate: translatePostgresError,
    ...(options.clock ? { clock: options.clock } : {}),
    close: () => db.destroy(),
  })
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url)
    if (u.password !== '') u.password = '***'
    return u.toString()
  } catch {
    return 'the PostgreSQL URL'
  }
}
