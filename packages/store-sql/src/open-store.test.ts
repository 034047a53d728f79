import { describe, expect, it } from 'vitest'
import { openStore, parseDatabaseUrl } from './open-store.js'

describe('parseDatabaseUrl', () => {
  it.each([
    ['sqlite:./data/upcross.db', '/app/data/upcross.db'],
    ['sqlite:data/x.db', '/app/data/x.db'],
    ['sqlite:///var/db/x.db', '/var/db/x.db'],
    ['sqlite:/var/db/x.db', '/var/db/x.db'],
    ['sqlite::memory:', ':memory:'],
    ['file:./x.db', '/app/x.db'],
    ['file:///tmp/a%20b.db', '/tmp/a b.db'],
  ])('%s → %s', (url, filename) => {
    expect(parseDatabaseUrl(url, '/app')).toEqual({ kind: 'sqlite', filename })
  })

  it('recognises PostgreSQL and refuses unknown schemes and empty paths', () => {
    expect(parseDatabaseUrl('postgres://u@h/db').kind).toBe('postgres')
    expect(parseDatabaseUrl('postgresql://u@h/db').kind).toBe('postgres')
    for (const bad of ['mysql://x', './x.db', 'sqlite:', '']) {
      expect(() => parseDatabaseUrl(bad)).toThrow(
        expect.objectContaining({ code: 'invalid_input' }),
      )
    }
  })
})

describe('openStore', () => {
  it('answers an unreachable PostgreSQL server with unavailable, without the password', async () => {
    const error = await openStore('postgres://u:secret@127.0.0.1:1/db', {
      connectTimeoutMs: 2000,
    }).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'UpcrossError', code: 'unavailable' })
    expect(String((error as Error).message)).not.toContain('secret')
  })

  it('refuses a PostgreSQL schema name that is not a plain identifier', async () => {
    await expect(
      openStore('postgres://u@127.0.0.1:1/db', { schema: 'x; drop table y' }),
    ).rejects.toMatchObject({ code: 'invalid_input' })
  })
})
