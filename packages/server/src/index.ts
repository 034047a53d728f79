/**
 * The upcross HTTP API: `createApp({ store, config })` returns a fastify instance; `startServer`
 * listens on a socket.
 * @module
 */
export type { CreateAppOptions } from './app.js'
export { createApp } from './app.js'
export { generateApiKey, hashKey, KEY_PREFIX, keyRecord } from './auth/keys.js'
export type { RateLimitConfig, ServerConfig } from './config.js'
export { DEFAULT_SERVER_CONFIG, MIN_ADMIN_TOKEN_LENGTH, resolveServerConfig } from './config.js'
export type { DemoShop, DemoStoreOptions } from './demo/demo-store-routes.js'
export { STATUS_OF } from './errors/status.js'
export type { OffersInput, OffersQueryValue } from './offers/schemas.js'
export { fromQuery } from './offers/schemas.js'
export { openApiDocument } from './openapi/document.js'
export type { App } from './services.js'
export type { StartedServer, StartServerOptions } from './start-server.js'
export { startServer } from './start-server.js'
