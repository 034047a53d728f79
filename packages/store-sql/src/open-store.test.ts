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
  it('says PostgreSQL is not available yet', async () => {
    await expect(openStore('postgres://u@localhost/db')).rejects.toMatchObject({
      code: 'unavailable',
      message: 'PostgreSQL support arrives with the service issue',
    })
  })
})
