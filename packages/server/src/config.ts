/**
 * The server's settings as plain, validated data. Nothing here reads the environment: the CLI's
 * config loader does, and passes the result down.
 * @module
 */
import { type Issue, UpcrossError } from 'upcross'
import { type SmtpConfig, smtpOptionsOf } from './emails/smtp-url.js'

export type { SmtpConfig } from './emails/smtp-url.js'

/** Per-key request rate limit: at most `max` requests per `windowMs`. */
export interface RateLimitConfig {
  max: number
  windowMs: number
}

/** Everything `createApp` can be told. */
export interface ServerConfig {
  /**
   * The deployment's admin token (may create stores and issue keys); without one, no request can
   * create a store.
   */
  adminToken: string | undefined
  /** Largest request body in bytes; a larger one gets 413. */
  bodyLimit: number
  /** Per-key rate limit, or `false` for none. */
  rateLimit: RateLimitConfig | false
  /**
   * How often (ms) an instance adds its request counts to the store's shared totals, so a key's
   * limit holds across the instances of a deployment; 0 keeps the counts per instance.
   */
  rateLimitShareMs: number
  /** How often (ms) an instance checks whether a newer model was saved for a store. */
  modelPollMs: number
  /** How long (ms) a looked-up API key is trusted before it is read again (revocations). */
  keyCacheMs: number
  /** Offer answers kept for reuse (same store, model version and request); 0 turns it off. */
  answerCacheSize: number
  /** pino level: `fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`. */
  logLevel: string
  /** Log one line per request (fastify's request logging). */
  requestLogging: boolean
  /**
   * How often (ms) an instance looks for stores due for scheduled retraining (their `training`
   * document); 0 turns scheduled retraining off on this instance.
   */
  retrainCheckMs: number
  /**
   * Requests a throwaway local server answers before `startServer` builds the app, so that V8
   * compiles Node's HTTP code for its own objects first (see `lane/prime-http.ts`); 0 skips it.
   */
  primeHttpRequests: number
  /**
   * The SMTP server the emails endpoint sends through (`send: true`); without it emails are only
   * rendered. Its URL holds credentials: never logged, never answered.
   */
  smtp?: SmtpConfig
}

/** The settings when nothing overrides them. */
export const DEFAULT_SERVER_CONFIG: ServerConfig = Object.freeze({
  adminToken: undefined,
  bodyLimit: 4 * 1024 * 1024,
  rateLimit: Object.freeze({ max: 6000, windowMs: 60_000 }),
  rateLimitShareMs: 250,
  modelPollMs: 1000,
  keyCacheMs: 1000,
  answerCacheSize: 10_000,
  logLevel: 'info',
  requestLogging: true,
  retrainCheckMs: 60_000,
  primeHttpRequests: 5000,
})

const LOG_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])

/** The shortest admin token accepted: guessing it must be hopeless. */
export const MIN_ADMIN_TOKEN_LENGTH = 24

/**
 * Completes `partial` with the defaults and validates it; throws `UpcrossError('invalid_input')`
 * listing every problem at once.
 */
export function resolveServerConfig(partial: Partial<ServerConfig> = {}): ServerConfig {
  const config: ServerConfig = { ...DEFAULT_SERVER_CONFIG, ...partial }
  const issues: Issue[] = []
  const bad = (key: string, message: string): void => {
    issues.push({ code: 'invalid_config', path: [key], message: `${key}: ${message}` })
  }
  const { adminToken, bodyLimit, rateLimit, modelPollMs, keyCacheMs, logLevel } = config
  if (adminToken !== undefined && adminToken.length < MIN_ADMIN_TOKEN_LENGTH)
    bad('adminToken', `must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters`)
  if (!Number.isSafeInteger(bodyLimit) || bodyLimit < 1024) bad('bodyLimit', 'at least 1024 bytes')
  if (rateLimit !== false) {
    if (!Number.isSafeInteger(rateLimit.max) || rateLimit.max < 1)
      bad('rateLimit', 'max must be a positive integer')
    if (!Number.isSafeInteger(rateLimit.windowMs) || rateLimit.windowMs < 1)
      bad('rateLimit', 'windowMs must be a positive integer')
  }
  if (!Number.isSafeInteger(modelPollMs) || modelPollMs < 0) bad('modelPollMs', 'must be ≥ 0')
  if (!Number.isSafeInteger(keyCacheMs) || keyCacheMs < 0) bad('keyCacheMs', 'must be ≥ 0')
  if (!Number.isSafeInteger(config.retrainCheckMs) || config.retrainCheckMs < 0)
    bad('retrainCheckMs', 'must be an integer ≥ 0 (0: off)')
  if (!Number.isSafeInteger(config.rateLimitShareMs) || config.rateLimitShareMs < 0)
    bad('rateLimitShareMs', 'must be an integer ≥ 0 (0: per instance)')
  if (!Number.isSafeInteger(config.primeHttpRequests) || config.primeHttpRequests < 0)
    bad('primeHttpRequests', 'must be an integer ≥ 0 (0: off)')
  if (!Number.isSafeInteger(config.answerCacheSize) || config.answerCacheSize < 0)
    bad('answerCacheSize', 'must be an integer ≥ 0')
  if (config.smtp !== undefined) {
    const options = smtpOptionsOf(config.smtp.url)
    if (typeof options === 'string') bad('smtp', `url: ${options}`)
    if (!/^[^\r\n]+$/.test(config.smtp.from) || !config.smtp.from.includes('@'))
      bad('smtp', 'from: one address, e.g. "Shop <shop@shop.example>"')
  }
  if (!LOG_LEVELS.has(logLevel)) bad('logLevel', `one of ${[...LOG_LEVELS].join(', ')}`)
  if (issues.length > 0)
    throw new UpcrossError('invalid_input', 'invalid server configuration', { issues })
  return Object.freeze(config)
}
