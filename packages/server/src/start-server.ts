/**
 * `startServer`: the app listening on a host and port (127.0.0.1 unless told otherwise), stopped
 * cleanly on `close`.
 * @module
 */
import type { Store } from '@upcross/engine'
import { createApp } from './app.js'
import { resolveServerConfig, type ServerConfig } from './config.js'
import type { DemoStoreOptions } from './demo/demo-store-routes.js'
import { primeHttp } from './lane/prime-http.js'
import type { App } from './services.js'
import { applyServingV8Flags } from './serving-v8-flags.js'

/** Where and how to listen. */
export interface StartServerOptions {
  store: Store
  config?: Partial<ServerConfig>
  /** Default 127.0.0.1: exposing the API is a decision, not a default. */
  host?: string
  /** Default 8787; 0 picks a free port. */
  port?: number
  /** Also serve the demo store and the widget bundle (see `createApp`). */
  demo?: DemoStoreOptions
  /**
   * Default true: set V8's flags for serving (`serving-v8-flags.ts`: no allocation-site
   * pretenuring) for the whole process. False leaves them to the embedding program.
   */
  servingV8Flags?: boolean
}

/** A listening server. */
export interface StartedServer {
  app: App
  /** `http://host:port` as bound (the real port when 0 was asked). */
  url: string
  /** Stops accepting requests, waits for running ones and training jobs. */
  close(): Promise<void>
}

/**
 * Sets the serving V8 flags, primes Node's HTTP code (`primeHttpRequests`), creates the app and
 * listens.
 */
export async function startServer(options: StartServerOptions): Promise<StartedServer> {
  // First: priming and start-up are exactly the busy moments that would tip allocation sites.
  if (options.servingV8Flags !== false) applyServingV8Flags()
  // Before the app exists: building it is what would otherwise shape the request path's code.
  // Only a speed-up: a machine where it cannot run (no loopback) still gets its server.
  await primeHttp(resolveServerConfig(options.config).primeHttpRequests).catch(() => 0)
  const app = createApp({ store: options.store, config: options.config, demo: options.demo })
  const host = options.host ?? '127.0.0.1'
  await app.listen({ host, port: options.port ?? 8787 })
  const address = app.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : options.port
  const shown = host.includes(':') ? `[${host}]` : host
  return { app, url: `http://${shown}:${port}`, close: () => app.close() }
}
