/**
 * The HTTP bench's verdict and its result tables.
 * @module
 */
import type { LoadResult } from './load.js'

/** The targets of issue 5. */
export const TARGETS = { throughputRatio: 2 / 3, p99At50Ms: 5, p50At1Ms: 0.2 } as const

/** One server's runs at 50 and at 1 connection. */
export interface Pair {
  many: LoadResult
  one: LoadResult
}

/** Every measured target of one run. */
export interface HttpBenchResults {
  /** `GET /offers?…`, the production defaults (answer cache on). */
  get: Pair
  /** `POST /offers` with a JSON body, the production defaults. */
  post: Pair
  /** `GET /offers?…` with the answer cache off: every request ranks afresh. */
  uncached: Pair
  /** fastify's hello-world `GET /`. */
  hello: Pair
}

/** Each target for one form of the request, with the measured value and whether it holds. */
export function judge(r: HttpBenchResults, form: 'get' | 'post' | 'uncached' = 'get') {
  const x = r[form]
  const ratio = x.many.throughput / r.hello.many.throughput
  return [
    {
      name: 'throughput vs hello-world (50 connections)',
      value: ratio.toFixed(2),
      target: `≥ ${TARGETS.throughputRatio.toFixed(2)}`,
      ok: ratio >= TARGETS.throughputRatio,
    },
    {
      name: 'p99 latency at 50 connections',
      value: `${x.many.p99.toFixed(2)} ms`,
      target: `≤ ${TARGETS.p99At50Ms} ms`,
      ok: x.many.p99 <= TARGETS.p99At50Ms,
    },
    {
      name: 'p50 latency at 1 connection',
      value: `${x.one.p50.toFixed(3)} ms`,
      target: `≤ ${TARGETS.p50At1Ms} ms`,
      ok: x.one.p50 <= TARGETS.p50At1Ms,
    },
  ]
}

const NAMES: Record<keyof HttpBenchResults, string> = {
  get: 'upcross `GET /offers?cart=…` (3-item cart)',
  post: 'upcross `POST /offers` (3-item cart)',
  uncached: 'upcross `GET /offers?cart=…`, answer cache off',
  hello: 'fastify hello-world `GET /`',
}

function row(name: string, x: LoadResult, hello: LoadResult): string {
  const ratio = (x.throughput / hello.throughput).toFixed(2)
  return `| ${name} | ${x.connections} | ${Math.round(x.throughput).toLocaleString('en-US')} | ${ratio} | ${x.p50.toFixed(3)} | ${x.p99.toFixed(3)} | ${x.requests.toLocaleString('en-US')} | ${x.non2xx + x.errors} |`
}

/** The measurements as a Markdown table. */
export function resultsTable(r: HttpBenchResults): string {
  const keys = Object.keys(NAMES) as (keyof HttpBenchResults)[]
  return [
    '| server | connections | req/s | vs hello | p50 ms | p99 ms | requests | non-2xx + errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...keys.map((k) => row(NAMES[k], r[k].many, r.hello.many)),
    ...keys.map((k) => row(NAMES[k], r[k].one, r.hello.one)),
  ].join('\n')
}

/** The verdict of each form of the request as a Markdown table. */
export function verdictTable(r: HttpBenchResults): string {
  const forms = ['get', 'post', 'uncached'] as const
  const verdicts = forms.map((f) => judge(r, f))
  return [
    `| target | goal | ${forms.map((f) => NAMES[f]).join(' | ')} |`,
    `| --- | ---: | ${forms.map(() => '---:').join(' | ')} |`,
    ...verdicts[0]!.map(
      (j, i) =>
        `| ${j.name} | ${j.target} | ${verdicts.map((v) => `${v[i]!.value} ${v[i]!.ok ? '✓' : '✗'}`).join(' | ')} |`,
    ),
  ].join('\n')
}
