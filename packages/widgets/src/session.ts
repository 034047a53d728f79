/**
 * The shopper's session id: one per browser tab session, sent with offers and events so the
 * server can apply frequency caps and holdouts.
 * @module
 */
import { randomId } from './ids.js'
import { readJson, writeJson } from './storage.js'

const KEY = 'upcross:session'
let memory: string | undefined

/** This tab's session id (created on first use). */
export function sessionId(): string {
  memory ??= readJson<string | undefined>(() => sessionStorage, KEY, undefined)
  if (memory === undefined) {
    memory = randomId()
    writeJson(() => sessionStorage, KEY, memory)
  }
  return memory
}
