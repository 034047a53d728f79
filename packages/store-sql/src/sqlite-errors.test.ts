import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { errorCodeForSqlite, translateSqliteError } from './sqlite-errors.js'

describe('SQLite error translation', () => {
  it.each([
    ['SQLITE_CONSTRAINT_PRIMARYKEY', 'conflict'],
    ['SQLITE_CONSTRAINT_UNIQUE', 'conflict'],
    ['SQLITE_CONSTRAINT_FOREIGNKEY', 'invalid_input'],
    ['SQLITE_CONSTRAINT_NOTNULL', 'invalid_input'],
    ['SQLITE_BUSY', 'unavailable'],
    ['SQLITE_BUSY_SNAPSHOT', 'unavailable'],
    ['SQLITE_LOCKED_SHAREDCACHE', 'unavailable'],
    ['SQLITE_CANTOPEN', 'unavailable'],
    ['SQLITE_IOERR_WRITE', 'unavailable'],
    ['SQLITE_NOTADB', 'unavailable'],
    ['SQLITE_ERROR', 'internal'],
  ])('%s → %s', (sqlite, code) => {
    expect(errorCodeForSqlite(sqlite)).toBe(code)
  })

  it('translates a real driver error and leaves other values alone', () => {
    const db = new BetterSqlite3(':memory:')
    db.exec('create table t (id text primary key)')
    db.exec("insert into t values ('a')")
    let raw: unknown
    try {
      db.exec("insert into t values ('a')")
    } catch (e) {
      raw = e
    }
    db.close()
    expect(translateSqliteError(raw)).toMatchObject({
      name: 'UpcrossError',
      code: 'conflict',
      cause: raw,
      details: { driverCode: 'SQLITE_CONSTRAINT_PRIMARYKEY' },
    })
    const plain = new Error('mine')
    expect(translateSqliteError(plain)).toBe(plain)
  })
})
