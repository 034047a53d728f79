/**
 * The versioned migrations, listed inline (no file-system scanning, so they run from `dist`).
 * @module
 */
import { type Kysely, type Migration, Migrator } from 'kysely'
import { UpcrossError } from 'upcross'
import { migration0001 } from './0001_init.js'

/** Every migration by name; names sort in the order they apply. Never edit a released one. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_init': migration0001,
}

/** The table in which the applied migrations are recorded. */
export const MIGRATION_TABLE = 'upcross_migration'

/** Creates the migrator of the upcross schema on `db`. */
export function createMigrator(db: Kysely<unknown>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: `${MIGRATION_TABLE}_lock`,
  })
}

/**
 * Brings the schema to the latest version; throws `precondition_failed` when the database was
 * migrated by a newer upcross, and passes other failures to `translate`.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  translate: (error: unknown) => unknown = (e) => e,
): Promise<string[]> {
  const { error, results } = await createMigrator(db).migrateToLatest()
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
