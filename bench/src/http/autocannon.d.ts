/** The part of autocannon 9's API the HTTP bench uses (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  interface Options {
    url: string
    method?: string
    headers?: Record<string, string>
    body?: string
    connections?: number
    duration?: number
    pipelining?: number
  }

  interface Result {
    requests: { total: number; average: number }
    non2xx: number
    errors: number
    timeouts: number
  }

  function autocannon(
    options: Options,
    done: (error: Error | null, result: Result) => void,
  ): EventEmitter

  export default autocannon
}
