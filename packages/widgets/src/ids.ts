/**
 * Random ids for events and sessions.
 * @module
 */

/** A random id; `crypto.randomUUID` needs a secure context, so plain http pages get a fallback. */
export function randomId(): string {
  const c = globalThis.crypto
  if (c?.randomUUID) return c.randomUUID()
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
}
