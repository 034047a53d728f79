import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { cachingStatements } from './statement-cache.js'

/** A real in-memory database that counts the statements it prepares. */
function counted() {
  const raw = new BetterSqlite3(':memory:')
  raw.exec('create table t (n integer)')
  raw.exec('insert into t values (1), (2), (3)')
  const prepared: string[] = []
  const db = {
    prepare: (sql: string) => {
      prepared.push(sql)
      return raw.prepare(sql)
    },
    close: () => raw.close(),
  }
  return { raw, prepared, db }
}

describe('cachingStatements', () => {
  it('prepares each SQL text once and runs it with new parameters each time', () => {
    const { prepared, db } = counted()
    const cached = cachingStatements(db)
    const sql = 'select n from t where n >= ? order by n'
    expect(cached.prepare(sql).all([2])).toEqual([{ n: 2 }, { n: 3 }])
    expect(cached.prepare(sql).all([3])).toEqual([{ n: 3 }])
    expect(cached.prepare('insert into t values (?)').run([4]).changes).toBe(1)
    expect(cached.prepare(sql).all([4])).toEqual([{ n: 4 }])
    expect(prepared).toEqual([sql, 'insert into t values (?)'])
  })

  it('gives a second, concurrent reader its own statement while the first is iterating', () => {
    const { prepared, db } = counted()
    const cached = cachingStatements(db)
    const sql = 'select n from t order by n'
    const outer = cached.prepare(sql).iterate([])
    expect(outer.next().value).toEqual({ n: 1 })
    // The kept statement is busy: a read of the same SQL meanwhile must not reuse it.
    expect(cached.prepare(sql).all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }])
    expect([...outer]).toEqual([{ n: 2 }, { n: 3 }])
    expect(prepared).toEqual([sql, sql])
    // Done iterating: the kept one serves again.
    expect(cached.prepare(sql).all([])).toHaveLength(3)
    expect(prepared).toHaveLength(2)
  })

  it('keeps at most `max` statements, dropping the least recently used', () => {
    const { prepared, db } = counted()
    const cached = cachingStatements(db, 2)
    const a = 'select 1 as a'
    const b = 'select 2 as b'
    const c = 'select 3 as c'
    cached.prepare(a)
    cached.prepare(b)
    cached.prepare(a) // a is now the most recent
    cached.prepare(c) // drops b
    cached.prepare(a)
    cached.prepare(b)
    expect(prepared).toEqual([a, b, c, b])
  })

  it('closes the database', () => {
    const { raw, db } = counted()
    cachingStatements(db).close()
    expect(raw.open).toBe(false)
  })
})
