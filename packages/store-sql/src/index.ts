/**
 * upcross store on SQL databases through Kysely: SQLite embedded by default; `openStore(url)`.
 * @module
 */
export type { KyselyStoreOptions } from './kysely-store.js'
export { createKyselyStore } from './kysely-store.js'
export { createMigrator, MIGRATION_TABLE, MIGRATIONS, migrateToLatest } from './migrations/index.js'
export type { DatabaseLocation, OpenStoreOptions } from './open-store.js'
export { openStore, parseDatabaseUrl } from './open-store.js'
export type { Database, OrderLinesTable, OrdersTable, ProductsTable } from './schema.js'
export { errorCodeForSqlite, isSqliteError, translateSqliteError } from './sqlite-errors.js'
export type { SqliteStoreOptions } from './sqlite-store.js'
export { openSqliteStore, SQLITE_MEMORY } from './sqlite-store.js'
