/**
 * Dismissals remembered in this browser: a dismissed SKU is not shown again for N days, whatever
 * the server answers (the server is told too, through a `dismiss` event).
 * @module
 */
import { readJson, writeJson } from './storage.js'

const KEY = 'upcross:dismissed'
const DAY_MS = 86_400_000

type Dismissed = Record<string, number>

function load(storage: () => Storage, now: number): Dismissed {
  const all = readJson<Dismissed>(storage, KEY, {})
  // Expired entries are dropped on read, so the stored map cannot grow without bound.
  const live: Dismissed = {}
  for (const [sku, until] of Object.entries(all)) if (until > now) live[sku] = until
  return live
}

/** Hides `sku` for `days` days from `now`. */
export function rememberDismissal(
  sku: string,
  days: number,
  now = Date.now(),
  storage: () => Storage = () => localStorage,
): void {
  const live = load(storage, now)
  live[sku] = now + days * DAY_MS
  writeJson(storage, KEY, live)
}

/** The SKUs hidden at `now`. */
export function dismissedSkus(
  now = Date.now(),
  storage: () => Storage = () => localStorage,
): Set<string> {
  return new Set(Object.keys(load(storage, now)))
}
