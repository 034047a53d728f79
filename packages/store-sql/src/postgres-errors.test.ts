import { describe, expect, it } from 'vitest'
import { errorCodeForSqlState, isPostgresError, translatePostgresError } from './postgres-errors.js'

/** An error shaped as node-postgres reports one from the server. */
function serverError(code: string, message = 'boom'): Error {
  return Object.assign(new Error(message), { code, severity: 'ERROR' })
}

describe('PostgreSQL error translation', () => {
  it.each([
    ['23505', 'conflict'],
    ['23503', 'invalid_input'],
    ['23502', 'invalid_input'],
    ['22021', 'invalid_input'],
    ['22003', 'invalid_input'],
    ['40001', 'unavailable'],
    ['40P01', 'unavailable'],
    ['53100', 'unavailable'],
    ['57P01', 'unavailable'],
    ['08006', 'unavailable'],
    ['28P01', 'unavailable'],
    ['3D000', 'unavailable'],
    ['42P01', 'internal'],
    ['XX000', 'internal'],
  ])('%s → %s', (state, code) => {
    expect(errorCodeForSqlState(state)).toBe(code)
  })

  it('translates server errors, socket errors and lost connections; leaves others alone', () => {
    const unique = serverError('23505', 'duplicate key')
    expect(isPostgresError(unique)).toBe(true)
    expect(translatePostgresError(unique)).toMatchObject({
      name: 'UpcrossError',
      code: 'conflict',
      cause: unique,
      details: { driverCode: '23505' },
    })
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
    })
    expect(isPostgresError(refused)).toBe(false)
    expect(translatePostgresError(refused)).toMatchObject({ code: 'unavailable' })
    expect(translatePostgresError(new AggregateError([refused], 'all failed'))).toMatchObject({
      code: 'unavailable',
    })
    expect(translatePostgresError(new Error('Connection terminated unexpectedly'))).toMatchObject({
      code: 'unavailable',
    })
    const plain = new Error('mine')
    expect(translatePostgresError(plain)).toBe(plain)
    expect(translatePostgresError('text')).toBe('text')
  })
})
