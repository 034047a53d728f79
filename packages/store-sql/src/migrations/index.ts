/**
 * The versioned migrations, listed inline (no file-system scanning, so they run from `dist`).
 * @module
 */
import { type Kysely, type Migration, Migrator } from 'kysely'
import { UpcrossError } from 'upcross'
import { createMigration0001 } from './0001_init.js'
import { createMigration0002 } from './0002_service.js'
import { createMigration0003 } from './0003_order_sequence.js'
import { createMigration0004 } from './0004_request_counts.js'
import { createMigration0005 } from './0005_shopper_event_lookups.js'
import type { SqlFlavor } from './column-types.js'

export type { SqlFlavor } from './column-types.js'

/**
 * Every migration by name for one database; names sort in the order they apply. Never edit a
 * released one (on a database it was released for).
 */
export function migrationsFor(flavor: SqlFlavor): Readonly<Record<string, Migration>> {
  return {
    '0001_init': createMigration0001(flavor),
    '0002_service': createMigration0002(flavor),
    '0003_order_sequence': createMigration0003(flavor),
    '0004_request_counts': createMigration0004(flavor),
    '0005_shopper_event_lookups': createMigration0005(),
  }
}

/** The SQLite migrations (kept for callers of the first release). */
export const MIGRATIONS: Readonly<Record<string, Migration>> = migrationsFor('sqlite')

/** The table in which the applied migrations are recorded. */
export const MIGRATION_TABLE = 'upcross_migration'

/** Where and for which database `createMigrator` works. */
export interface MigratorOptions {
  /** The database `db` talks to (default `sqlite`). */
  flavor?: SqlFlavor
  /** The PostgreSQL schema holding the tables (default: the connection's search path). */
  schema?: string
}

/** Creates the migrator of the upcross schema on `db`. */
export function createMigrator(db: Kysely<unknown>, options: MigratorOptions = {}): Migrator {
  const migrations = migrationsFor(options.flavor ?? 'sqlite')
  return new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...migrations }) },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: `${MIGRATION_TABLE}_lock`,
    // Kysely looks for its tables in every schema unless told which one: name it, so that two
    // upcross schemas in one PostgreSQL database never see each other's migration records.
    ...(options.schema === undefined ? {} : { migrationTableSchema: options.schema }),
  })
}

/**
 * Brings the schema to the latest version; throws `precondition_failed` when the database was
 * migrated by a newer upcross, and passes other failures to `translate`.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  translate: (error: unknown) => unknown = (e) => e,
  options: MigratorOptions = {},
): Promise<string[]> {
  const { error, results } = await createMigrator(db, options).migrateToLatest()
  if (error !== undefined) {
    const message = error instanceof Error ? error.message : String(error)
    if (message.includes('corrupted migrations')) {
      throw new UpcrossError(
        'precondition_failed',
        'the database was migrated by a newer version of upcross',
        { cause: error },
      )
    }
    throw translate(error)
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
