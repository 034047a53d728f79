/**
 * Web storage that never throws: private modes and blocked cookies make `localStorage` throw,
 * and a widget must still work there (it only forgets sooner).
 * @module
 */

/** Reads a JSON value, or `fallback` when missing, unreadable or blocked. */
export function readJson<T>(storage: () => Storage, key: string, fallback: T): T {
  try {
    const text = storage().getItem(key)
    return text === null ? fallback : (JSON.parse(text) as T)
  } catch {
    return fallback
  }
}

/** Writes a JSON value; a full or blocked storage is ignored. */
export function writeJson(storage: () => Storage, key: string, value: unknown): void {
  try {
    storage().setItem(key, JSON.stringify(value))
  } catch {
    // The value lives only as long as the page then: acceptable for dismissals and sessions.
  }
}
