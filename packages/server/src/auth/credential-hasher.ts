/**
 * The hash a request's `Authorization` header stands for. Hashing costs a few microseconds and
 * a storefront sends the same publishable key with every request, so each header's hash is
 * remembered (a bounded number of them).
 * @module
 */
import { hashKey } from './keys.js'

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i

/** Maps `Authorization` header values to the SHA-256 of their token, memoised. */
export class CredentialHasher {
  readonly #memo = new Map<string, string>()
  readonly #maxEntries: number

  constructor(maxEntries = 10_000) {
    this.#maxEntries = maxEntries
  }

  /**
   * The hash of the bearer token; a header that is not "Bearer <token>" still gets a hash, so
   * it is rate limited and rejected like any unknown key rather than treated as anonymous.
   */
  hashOf(header: string): string {
    let hash = this.#memo.get(header)
    if (hash === undefined) {
      const m = BEARER.exec(header)
      hash = hashKey(m ? m[1]! : header)
      // Made-up headers can fill the memo; starting over keeps it bounded and costs one hash each.
      if (this.#memo.size >= this.#maxEntries) this.#memo.clear()
      this.#memo.set(header, hash)
    }
    return hash
  }
}
