/**
 * API keys: 32 random bytes behind a prefix that says what the key may do; only their SHA-256
 * is stored (the bytes are random, so a fast hash cannot be reversed by guessing).
 * @module
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { ApiKeyRecord, KeyKind } from '@upcross/engine'
import { UpcrossError } from 'upcross'

/** The prefix of each key kind: publishable (storefront) and secret (admin of one store). */
export const KEY_PREFIX: Readonly<Record<KeyKind, string>> = Object.freeze({
  publishable: 'upx_pk_',
  secret: 'upx_sk_',
})

/** Characters of a key kept in its record to tell keys apart (`upx_pk_3f9aXc`). */
const SHOWN_CHARACTERS = 13

/** Hex SHA-256 of a key or token. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex')
}

/** A new key and the record to store for it; the key itself is shown once and never stored. */
export function generateApiKey(
  storeId: string,
  kind: KeyKind,
  createdAt: number,
): { key: string; record: ApiKeyRecord } {
  const key = KEY_PREFIX[kind] + randomBytes(32).toString('base64url')
  return { key, record: keyRecord(key, storeId, createdAt) }
}

/**
 * The record to store for an existing key (e.g. one a deployment keeps in its secrets manager
 * and registers again in a fresh database); its kind comes from its prefix.
 */
export function keyRecord(
  key: string,
  storeId: string,
  createdAt: number,
  id?: string,
): ApiKeyRecord {
  const kind = key.startsWith(KEY_PREFIX.secret)
    ? 'secret'
    : key.startsWith(KEY_PREFIX.publishable)
      ? 'publishable'
      : undefined
  if (kind === undefined)
    throw new UpcrossError(
      'invalid_input',
      `an API key starts with ${KEY_PREFIX.publishable} or ${KEY_PREFIX.secret}`,
    )
  return {
    id: id ?? `key_${randomBytes(9).toString('base64url')}`,
    storeId,
    kind,
    hash: hashKey(key),
    prefix: key.slice(0, SHOWN_CHARACTERS),
    createdAt,
  }
}

/** Compares two hex hashes in constant time. */
export function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))
}
