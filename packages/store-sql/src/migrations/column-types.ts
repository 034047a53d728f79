/**
 * The few column types that differ between the databases; everything else is written once.
 * @module
 */
import { type ColumnDataType, type Expression, sql } from 'kysely'

/** The SQL databases the migrations support. */
export type SqlFlavor = 'sqlite' | 'postgres'

/** A column type as the schema builder takes it. */
export type ColumnType = ColumnDataType | Expression<unknown>

/**
 * Text for ids, skus and names. On PostgreSQL it uses the "C" collation so that ordering and
 * keyset comparisons follow code points, as SQLite's BINARY collation (and the memory store)
 * does, whatever locale the database was created with.
 */
export function keyText(flavor: SqlFlavor): ColumnType {
  return flavor === 'postgres' ? sql`text collate "C"` : 'text'
}

/** Binary data: bytea on PostgreSQL, blob on SQLite. */
export function bytesType(flavor: SqlFlavor): ColumnType {
  return flavor === 'postgres' ? 'bytea' : 'blob'
}
