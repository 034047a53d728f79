/**
 * upcross store on SQL databases through Kysely: SQLite embedded by default, PostgreSQL in
 * production; `openStore(url)`.
 * @module
 */
export type { ItemPairCount, ItemPairOptions } from './kysely-pairs.js'
export { countItemPairs } from './kysely-pairs.js'
export type { KyselyStoreOptions, SqlStore } from './kysely-store.js'
export { createKyselyStore } from './kysely-store.js'
export type { MigratorOptions, SqlFlavor } from './migrations/index.js'
export {
  createMigrator,
  MIGRATION_TABLE,
  MIGRATIONS,
  migrateToLatest,
  migrationsFor,
} from './migrations/index.js'
export type { DatabaseLocation, OpenStoreOptions } from './open-store.js'
export { openStore, parseDatabaseUrl } from './open-store.js'
export {
  errorCodeForSqlState,
  isPostgresError,
  translatePostgresError,
} from './postgres-errors.js'
export type { PostgresStoreOptions } from './postgres-store.js'
export { openPostgresStore } from './postgres-store.js'
export type {
  ApiKeysTable,
  Database,
  DocumentsTable,
  EventsTable,
  JobsTable,
  ModelsTable,
  OrderLinesTable,
  OrdersTable,
  ProductsTable,
  TenantsTable,
} from './schema.js'
export { errorCodeForSqlite, isSqliteError, translateSqliteError } from './sqlite-errors.js'
export type { SqliteStoreOptions } from './sqlite-store.js'
export { connectSqlite, openSqliteStore, SQLITE_MEMORY } from './sqlite-store.js'
