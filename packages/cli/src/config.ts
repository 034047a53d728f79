/**
 * Configuration: defaults < `upcross.config.json` < `UPCROSS_*` environment < CLI flags,
 * validated once and frozen. The only module of the CLI that reads `process.env`.
 * @module
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Issue, UpcrossError } from 'upcross'

/** The validated configuration every command receives. */
export interface Config {
  /** Where the store lives: `sqlite:<path>`, `sqlite::memory:`, `file:<path>`, `postgres://…`. */
  readonly databaseUrl: string
  /** The tenant the command works on. */
  readonly storeId: string
  /** ISO 4217 code of the store currency (prices in files are decimals of it). */
  readonly currency: string
  /** Where `upcross serve` listens: the port (0 picks a free one). */
  readonly port: number
  /** Where `upcross serve` listens: the address (127.0.0.1 unless the API is meant to be reached from elsewhere). */
  readonly host: string
  /** The deployment admin token of `upcross serve` (creates stores, issues keys); none by default. */
  readonly adminToken?: string
  /** The SMTP server `upcross serve` sends emails through (`smtp://user:pass@host:587`); never logged. */
  readonly smtpUrl?: string
  /** The `From` address of those emails (`Shop <shop@shop.example>`). */
  readonly smtpFrom?: string
}

/** The configuration when nothing overrides it. */
export const DEFAULT_CONFIG: Config = Object.freeze({
  databaseUrl: 'sqlite:./data/upcross.db',
  storeId: 'default',
  currency: 'USD',
  port: 8787,
  host: '127.0.0.1',
})

/** The name of the optional configuration file, looked up in the working directory. */
export const CONFIG_FILE = 'upcross.config.json'

/** Each key and the environment variable that overrides it. */
export const CONFIG_ENV: Readonly<Record<keyof Config, string>> = Object.freeze({
  databaseUrl: 'UPCROSS_DATABASE_URL',
  storeId: 'UPCROSS_STORE_ID',
  currency: 'UPCROSS_CURRENCY',
  port: 'UPCROSS_PORT',
  host: 'UPCROSS_HOST',
  adminToken: 'UPCROSS_ADMIN_TOKEN',
  smtpUrl: 'UPCROSS_SMTP_URL',
  smtpFrom: 'UPCROSS_SMTP_FROM',
})

const KEYS = Object.keys(CONFIG_ENV) as (keyof Config)[]

/** What `loadConfig` reads; each source is optional, tests pass their own. */
export interface LoadConfigOptions {
  /** Directory holding `upcross.config.json` (default: the process's cwd). */
  cwd?: string
  /** Environment variables (default: `process.env`). */
  env?: Readonly<Record<string, string | undefined>>
  /** Values from command-line flags; `undefined` means not given. */
  flags?: Partial<Record<keyof Config, string | number | undefined>>
}

function validate(key: keyof Config, value: string, where: string): Issue | undefined {
  const issue = (message: string): Issue => ({
    code: 'invalid_config',
    path: [key],
    message: `${key} (from ${where}): ${message}`,
  })
  switch (key) {
    case 'databaseUrl':
      return value.trim() === '' ? issue('must not be empty') : undefined
    case 'storeId':
      return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(value)
        ? undefined
        : issue('1–64 letters, digits, "_", "-" or ".", starting with a letter or digit')
    case 'currency':
      return /^[A-Z]{3}$/.test(value)
        ? undefined
        : issue('a three-letter ISO 4217 code such as USD')
    case 'port':
      return /^\d{1,5}$/.test(value) && Number(value) <= 65535
        ? undefined
        : issue('a port number from 0 to 65535')
    case 'host':
      return value.trim() === '' ? issue('must not be empty') : undefined
    case 'adminToken':
      // Its strength (length) is checked by the server; here only that it is one word.
      return /^\S+$/.test(value) ? undefined : issue('must be non-empty, without spaces')
    case 'smtpUrl':
      // The value holds a password: the message never repeats it.
      return /^smtps?:\/\/\S+$/.test(value) ? undefined : issue('an smtp:// or smtps:// URL')
    case 'smtpFrom':
      return /^[^\r\n]*@[^\r\n]*$/.test(value)
        ? undefined
        : issue('one address, e.g. shop@shop.example')
  }
}

function readFile(path: string): { values: Record<string, unknown>; issues: Issue[] } {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { values: {}, issues: [] }
    throw new UpcrossError('unavailable', `cannot read ${path}`, { cause: error })
  }
  const fail = (message: string): { values: Record<string, unknown>; issues: Issue[] } => ({
    values: {},
    issues: [{ code: 'invalid_config', path: [], message, source: { file: path } }],
  })
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return fail(`not valid JSON: ${(error as Error).message}`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('must be a JSON object')
  }
  const issues: Issue[] = []
  const values: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(parsed)) {
    if (key.startsWith('$')) continue // "$comment", "$doc": documentation only
    if (!(KEYS as string[]).includes(key)) {
      issues.push({
        code: 'unknown_config_key',
        path: [key],
        message: `unknown key ${JSON.stringify(key)}; known keys: ${KEYS.join(', ')}`,
        source: { file: path },
      })
    } else if (key === 'port' && typeof value === 'number') {
      values[key] = String(value)
    } else if (typeof value !== 'string') {
      issues.push({
        code: 'invalid_config',
        path: [key],
        message: `${key} must be a ${key === 'port' ? 'number' : 'string'}`,
        source: { file: path },
      })
    } else values[key] = value
  }
  return { values, issues }
}

/**
 * Loads the configuration from defaults, `upcross.config.json`, `UPCROSS_*` variables and flags
 * (later wins); throws `UpcrossError('invalid_input')` listing every problem at once.
 */
export function loadConfig(options: LoadConfigOptions = {}): Config {
  const cwd = options.cwd ?? process.cwd()
  const env = options.env ?? process.env
  const path = join(cwd, CONFIG_FILE)
  const file = readFile(path)
  const issues = [...file.issues]
  const config: Record<string, string | number> = { ...DEFAULT_CONFIG }
  for (const key of KEYS) {
    const flag = options.flags?.[key]
    const layers: [string | undefined, string][] = [
      [file.values[key] as string | undefined, path],
      [env[CONFIG_ENV[key]], `environment ${CONFIG_ENV[key]}`],
      [flag === undefined ? undefined : String(flag), 'command line'],
    ]
    for (const [value, where] of layers) {
      if (value === undefined) continue
      const issue = validate(key, value, where)
      if (issue) issues.push(issue)
      else config[key] = key === 'port' ? Number(value) : value
    }
  }
  if ((config['smtpUrl'] === undefined) !== (config['smtpFrom'] === undefined))
    issues.push({
      code: 'invalid_config',
      path: [config['smtpUrl'] === undefined ? 'smtpUrl' : 'smtpFrom'],
      message: 'smtpUrl and smtpFrom (UPCROSS_SMTP_URL, UPCROSS_SMTP_FROM) go together',
    })
  if (issues.length > 0) {
    throw new UpcrossError('invalid_input', 'invalid configuration', { issues })
  }
  return Object.freeze(config as unknown as Config)
}
