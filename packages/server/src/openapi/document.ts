/**
 * The OpenAPI document generated from the route schemas, as committed in `docs/openapi.json`.
 * @module
 */
import { createMemoryStore } from '@upcross/engine'
import { createApp } from '../app.js'

/** Builds the app over an empty memory store and returns its OpenAPI document as JSON text. */
export async function openApiDocument(): Promise<string> {
  const store = createMemoryStore()
  const app = createApp({ store, config: { logLevel: 'silent' } })
  try {
    await app.ready()
    return `${JSON.stringify(app.swagger(), null, 2)}\n`
  } finally {
    await app.close()
    await store.close()
  }
}
