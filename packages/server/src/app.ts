/**
 * `createApp`: the upcross HTTP API as a fastify instance over one store. Tests call it in
 * process with `app.inject`; `startServer` listens on a socket.
 * @module
 */
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { Store } from '@upcross/engine'
import { parse as parseQueryString } from 'fast-querystring'
import Fastify, { type FastifyRequest, LogController } from 'fastify'
import { Authorizer } from './auth/authorizer.js'
import { installCredentialHook } from './auth/credential.js'
import { CredentialHasher } from './auth/credential-hasher.js'
import { installAuthorization } from './auth/install.js'
import { maskQueryKey } from './auth/query-key.js'
import { installRateLimit } from './auth/rate-limit.js'
import { RateLimitSharing } from './auth/rate-limit-sharing.js'
import { RateLimiter } from './auth/rate-limiter.js'
import { resolveServerConfig, type ServerConfig } from './config.js'
import { type DashboardOptions, dashboardRoutes } from './dashboard/dashboard-routes.js'
import { type DemoStoreOptions, demoStore } from './demo/demo-store-routes.js'
import { ErrorBodySchema } from './errors/error-body.js'
import { installErrorHandlers } from './errors/handler.js'
import { laneServerFactory } from './lane/lane-server.js'
import { type Lane, offersLane } from './lane/offers-lane.js'
import { loadAcceptance } from './offers/acceptance.js'
import { AnswerCache } from './offers/answer-cache.js'
import { ModelCache } from './offers/model-cache.js'
import { offerServing } from './offers/offer-serving.js'
import { PolledCache } from './offers/polled-cache.js'
import { loadStoreSettings } from './offers/store-settings.js'
import { OPENAPI_INFO } from './openapi/info.js'
import { requestIdGenerator } from './request-ids.js'
import { analyticsRoutes } from './routes/analytics.js'
import { assignmentRoutes } from './routes/assignment.js'
import { documentRoutes } from './routes/documents.js'
import { emailRoutes } from './routes/emails.js'
import { eventRoutes } from './routes/events.js'
import { followUpRoutes } from './routes/follow-ups.js'
import { healthRoutes } from './routes/health.js'
import { keyRoutes } from './routes/keys.js'
import { offerRoutes } from './routes/offers.js'
import { orderRoutes } from './routes/orders.js'
import { productRoutes } from './routes/products.js'
import { referralRoutes } from './routes/referrals.js'
import { storeRoutes } from './routes/stores.js'
import { trainingRoutes } from './routes/training.js'
import type { App, Services } from './services.js'
import { RetrainScheduler } from './training/retrain-scheduler.js'
import { TrainingJobs } from './training/training-jobs.js'
import { validatorCompiler } from './validator.js'

/** What `createApp` needs. */
export interface CreateAppOptions {
  store: Store
  config?: Partial<ServerConfig>
  /** Epoch ms for stored times (default `Date.now`); tests pin it. */
  clock?: () => number
  /** Where log lines go (default stdout); tests capture them. */
  logStream?: { write(line: string): void }
  /** Also serve the demo store and the widget bundle (`/demo/`, `/widgets/`). */
  demo?: DemoStoreOptions
  /** Where the built merchant dashboard is (served at `/dashboard/`); `false` serves none. */
  dashboard?: DashboardOptions | false
}

/** Builds the app; nothing listens until `app.listen` (or `startServer`). */
export function createApp(options: CreateAppOptions): App {
  const config = resolveServerConfig(options.config)
  const clock = options.clock ?? Date.now
  const monotonic = () => performance.now()
  const nextRequestId = requestIdGenerator()
  const parseQuery = (query: string): Record<string, unknown> =>
    query.length === 0 ? {} : parseQueryString(query)
  let lane: Lane | undefined
  const app: App = Fastify({
    bodyLimit: config.bodyLimit,
    genReqId: nextRequestId,
    // The route and the express lane read a query string with the same parser.
    routerOptions: { querystringParser: parseQuery },
    serverFactory: laneServerFactory(() => lane),
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      disableRequestLogging: !config.requestLogging,
    }),
    logger: {
      level: config.logLevel,
      // Keys and tokens never reach the log, whatever a serializer or a plugin decides to print.
      redact: {
        paths: ['req.headers.authorization', 'headers.authorization'],
        censor: '[redacted]',
      },
      serializers: {
        // Fastify's own, with a `key` in the URL masked (`GET /offers` may carry one).
        req: (req: FastifyRequest) => ({
          method: req.method,
          url: maskQueryKey(req.url),
          host: req.host,
          remoteAddress: req.ip,
          remotePort: req.socket?.remotePort,
        }),
      },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    ajv: { customOptions: { removeAdditional: false } },
    // Without request logging, a child logger per request (pino bindings) is pure cost on the
    // hot path: the few lines still written name the request id themselves.
    ...(config.requestLogging ? {} : { childLoggerFactory: (logger) => logger }),
  }).withTypeProvider()
  app.setValidatorCompiler(validatorCompiler)
  // JSON only: anything else is 415, not a string the schemas then reject as "must be object".
  app.removeContentTypeParser(['text/plain'])
  installErrorHandlers(app, config.bodyLimit)
  app.addSchema(ErrorBodySchema)

  const models = new ModelCache(options.store, config.modelPollMs, monotonic, (error, storeId) =>
    app.log.error({ err: error, storeId }, 'loading the model failed'),
  )
  const services: Services = {
    store: options.store,
    config,
    clock,
    authorizer: new Authorizer(options.store, config.adminToken, config.keyCacheMs, monotonic),
    models,
    answers: new AnswerCache(config.answerCacheSize),
    // Settings follow the store's documents within a poll interval on every instance; learned
    // acceptance is recounted from the shared events every 30 s.
    settings: new PolledCache(
      async (storeId) => {
        const tenant = await options.store.getTenant(storeId)
        return loadStoreSettings(options.store, {
          id: storeId,
          currency: tenant?.currency ?? 'USD',
        })
      },
      config.modelPollMs,
      monotonic,
      (error, storeId) => app.log.error({ err: error, storeId }, 'loading the settings failed'),
    ),
    acceptance: new PolledCache(
      (storeId) => loadAcceptance(options.store, storeId, clock()),
      30_000,
      monotonic,
      (error, storeId) => app.log.error({ err: error, storeId }, 'counting acceptance failed'),
    ),
    training: new TrainingJobs(options.store, clock, models, (error, job) =>
      app.log.error({ err: error, jobId: job.id, storeId: job.storeId }, 'training failed'),
    ),
  }
  const retraining = new RetrainScheduler(
    options.store,
    services.training,
    clock,
    (error, storeId) => app.log.error({ err: error, storeId }, 'scheduled retraining failed'),
  )
  app.addHook('onReady', async () => retraining.start(config.retrainCheckMs))
  app.addHook('onClose', async () => {
    await retraining.stop()
    await services.training.close()
  })

  const hasher = new CredentialHasher()
  const limiter =
    config.rateLimit === false
      ? undefined
      : new RateLimiter(config.rateLimit.max, config.rateLimit.windowMs, clock)
  if (limiter) {
    const sharing = new RateLimitSharing(
      limiter,
      options.store,
      (error, failures) =>
        app.log.error({ err: error, failures }, 'sharing the request counts failed'),
      clock,
    )
    app.addHook('onReady', async () => sharing.start(config.rateLimitShareMs))
    app.addHook('onClose', async () => sharing.stop())
  }
  installCredentialHook(app, hasher)
  if (limiter) installRateLimit(app, limiter)
  app.register(swagger, {
    openapi: OPENAPI_INFO,
    refResolver: {
      buildLocalReference: (json, _base, _fragment, i) => String(json['$id'] ?? `def-${i}`),
    },
  })
  app.register(swaggerUi, { routePrefix: '/docs' })
  app.register(async (scope) => {
    installAuthorization(scope, services.authorizer)
    const api = scope as unknown as App
    for (const routes of [
      healthRoutes,
      storeRoutes,
      keyRoutes,
      productRoutes,
      orderRoutes,
      trainingRoutes,
      offerRoutes,
      eventRoutes,
      documentRoutes,
      assignmentRoutes,
      analyticsRoutes,
      emailRoutes,
      followUpRoutes,
      referralRoutes,
    ])
      routes(api, services)
  })
  let open = true
  app.addHook('preClose', (done) => {
    open = false
    done()
  })
  lane = offersLane({
    authorizer: services.authorizer,
    hasher,
    limiter,
    serving: offerServing(services),
    nextRequestId,
    parseQuery,
    requestLog: config.requestLogging ? app.log : undefined,
    open: () => open,
  })
  if (options.demo) app.register(demoStore, options.demo)
  if (options.dashboard !== false) app.register(dashboardRoutes, options.dashboard ?? {})
  return app
}
