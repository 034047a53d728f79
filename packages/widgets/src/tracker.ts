/**
 * Events, batched: each widget calls `track`, one request carries whatever accumulated within a
 * second, and everything left is sent when the page is hidden or left (`keepalive`, which, unlike
 * `navigator.sendBeacon`, can carry the key in the `Authorization` header).
 * @module
 */
import { post } from './client.js'
import { config } from './config.js'
import { randomId } from './ids.js'
import { sessionId } from './session.js'
import type { TrackedEvent } from './types.js'

/** Most events per request (keepalive bodies are limited to 64 KiB in total). */
export const BATCH = 50
/** How long (ms) events wait for company before they are sent. */
export const DELAY_MS = 1000

const queue: TrackedEvent[] = []
let timer: ReturnType<typeof setTimeout> | undefined

/** An event to send: id, time, session and customer are filled in. */
export type EventDraft = Omit<TrackedEvent, 'id' | 'at'> & Partial<Pick<TrackedEvent, 'id' | 'at'>>

/** Queues one event. */
export function track(draft: EventDraft): void {
  const event: TrackedEvent = {
    id: randomId(),
    at: new Date().toISOString(),
    session: sessionId(),
    ...draft,
  }
  if (config.customer !== undefined && event.customer === undefined)
    event.customer = config.customer
  queue.push(event)
  timer ??= setTimeout(() => void flush(), DELAY_MS)
}

/** Sends every queued event now; failures are dropped (events are never retried in a loop). */
export async function flush(): Promise<void> {
  clearTimeout(timer)
  timer = undefined
  const sends: Promise<unknown>[] = []
  while (queue.length > 0)
    sends.push(
      post('events', { events: queue.splice(0, BATCH) }, { keepalive: true }).catch(
        () => undefined,
      ),
    )
  await Promise.all(sends)
}

/** Events waiting to be sent (tests). */
export function pending(): readonly TrackedEvent[] {
  return queue
}

if (typeof addEventListener === 'function') {
  addEventListener('pagehide', () => void flush())
  addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flush()
  })
}
