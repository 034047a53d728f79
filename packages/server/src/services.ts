/**
 * What the routes share: the store, the settings, the clock and the per-instance caches.
 * @module
 */

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Store } from '@upcross/engine'
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify'
import type { AcceptanceCounts } from 'upcross'
import type { Authorizer } from './auth/authorizer.js'
import type { ServerConfig } from './config.js'
import type { AnswerCache } from './offers/answer-cache.js'
import type { ModelCache } from './offers/model-cache.js'
import type { PolledCache } from './offers/polled-cache.js'
import type { StoreSettings } from './offers/store-settings.js'
import type { TrainingJobs } from './training/training-jobs.js'

/** The fastify instance of the app, with typebox-typed routes. */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>

/** Everything a route module needs, passed explicitly (no globals, no decorators). */
export interface Services {
  store: Store
  config: ServerConfig
  /** Epoch ms: creation times, default event times. */
  clock: () => number
  authorizer: Authorizer
  models: ModelCache
  /** Offers already computed, per store and model version. */
  answers: AnswerCache
  /** Each store's offer settings, holdout and experiments, from its documents. */
  settings: PolledCache<StoreSettings>
  /** Each store's impressions and takes per (placement, SKU), for learned acceptance. */
  acceptance: PolledCache<AcceptanceCounts>
  training: TrainingJobs
}
