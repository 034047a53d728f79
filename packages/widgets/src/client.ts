/**
 * The one HTTP client of the widgets: a JSON POST with the publishable key in the header, or a
 * GET with it in the query (`key`), always with a timeout. It never retries; after a failure it
 * stays quiet for a while, so a struggling server is not hammered by every widget on every page
 * view.
 * @module
 */
import { config } from './config.js'

/** How long (ms) the client makes no request after a failure. */
export const QUIET_MS = 30_000

let quietUntil = 0

/** An answer that was not 2xx, or no answer at all. */
export class UpcrossHttpError extends Error {
  constructor(
    message: string,
    readonly status = 0,
  ) {
    super(message)
  }
}

/** Options of one request. */
export interface RequestOptions {
  /** Aborts the request (a newer one replaced it); an abort does not count as a failure. */
  signal?: AbortSignal
  /** Lets the request outlive the page (events sent while leaving it). */
  keepalive?: boolean
  timeoutMs?: number
  /** Epoch ms now (tests). */
  now?: number
}

/** POSTs `body` as JSON to `/v1/stores/<store>/<path>` and returns the parsed answer. */
export function post<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return send<T>(
    path,
    '',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${config.key}` },
      body: JSON.stringify(body),
    },
    options,
  )
}

/**
 * GETs `/v1/stores/<store>/<path>?<search>` with no header at all, so that a browser sends it
 * cross-origin as a CORS "simple" request, without a preflight (which a browser would cache per
 * URL, so nearly every new product or cart would pay one). The search carries the key.
 */
export function get<T>(
  path: string,
  search: URLSearchParams,
  options: RequestOptions = {},
): Promise<T> {
  return send<T>(path, `?${search}`, { method: 'GET' }, options)
}

/** The URL of `path` with `search`, as `get` and `post` send it. */
export function storeUrl(path: string, search = ''): string {
  return `${config.api}/v1/stores/${encodeURIComponent(config.store)}/${path}${search}`
}

async function send<T>(
  path: string,
  search: string,
  init: RequestInit,
  options: RequestOptions,
): Promise<T> {
  const now = options.now ?? Date.now()
  if (now < quietUntil) throw new UpcrossHttpError('upcross: quiet after a failed request')
  if (!config.store || !config.key)
    throw new UpcrossHttpError('upcross: no store or key configured')
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? config.timeoutMs)
  const onAbort = () => controller.abort()
  options.signal?.addEventListener('abort', onAbort)
  try {
    const response = await fetch(storeUrl(path, search), {
      ...init,
      signal: controller.signal,
      keepalive: options.keepalive === true,
      credentials: 'omit',
    })
    if (!response.ok)
      throw new UpcrossHttpError(`upcross: HTTP ${response.status}`, response.status)
    return (await response.json()) as T
  } catch (error) {
    if (!options.signal?.aborted) quietUntil = now + QUIET_MS
    throw error
  } finally {
    clearTimeout(timer)
    options.signal?.removeEventListener('abort', onAbort)
  }
}

/** Ends a quiet period (tests, or a shop that knows the server is back). */
export function resetQuiet(): void {
  quietUntil = 0
}
