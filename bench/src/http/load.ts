/**
 * One load run with autocannon: a fixed request for a fixed time over N connections, with every
 * response time kept (see `LatencySamples`).
 * @module
 */
import autocannon from 'autocannon'
import { LatencySamples } from './latency.js'

/** What one run measured. */
export interface LoadResult {
  connections: number
  seconds: number
  requests: number
  /** Requests per second over the run. */
  throughput: number
  p50: number
  p99: number
  /** Answers that were not 2xx, and socket errors or timeouts. */
  non2xx: number
  errors: number
}

/** A request to repeat. */
export interface LoadTarget {
  url: string
  method: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
}

/** Runs `target` over `connections` connections for `seconds`. */
export function runLoad(
  target: LoadTarget,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const samples = new LatencySamples()
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: target.method,
        headers: target.headers,
        body: target.body,
        connections,
        duration: seconds,
        pipelining: 1,
      },
      (error, result) => {
        if (error) return reject(error)
        const [p50, p99] = samples.percentiles([0.5, 0.99])
        resolve({
          connections,
          seconds,
          requests: result.requests.total,
          throughput: result.requests.total / seconds,
          p50: p50!,
          p99: p99!,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
        })
      },
    )
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 200 && status < 300) samples.add(ms)
    })
  })
}
