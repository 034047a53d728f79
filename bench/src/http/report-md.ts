/**
 * `docs/bench-http.md`: what was measured, how, and the numbers of the run.
 * @module
 */
import { coreCount, cpuModel } from '../mining/machine.js'
import { type HttpBenchResults, judge, resultsTable, verdictTable } from './report.js'

/** How the run was made. */
export interface RunInfo {
  seconds: number
  warmup: number
  /** Interleaved rounds per target and connection count; each target keeps its median run. */
  rounds: number
  cart: readonly string[]
  quick: boolean
  answerBytes: number
  /** The 1-minute load average when the run started (other work on the machine skews it). */
  load: number
}

/** The whole report as Markdown. */
export function renderReport(r: HttpBenchResults, run: RunInfo): string {
  const met = judge(r, 'get').every((j) => j.ok)
  return `# HTTP serving benchmark

\`npm run bench:http\` rewrites this file (\`-- --quick\` writes \`.bench-cache/bench-http.md\`
instead). Measured ${new Date().toISOString().slice(0, 10)} on ${cpuModel()}, ${coreCount()} cores, Node ${process.version}; load average ${run.load.toFixed(1)} when the run started${run.quick ? ' (**quick run**: short durations, rough numbers)' : ''}.

## What is measured

- **upcross**: the real app (\`startServer\` from \`@upcross/server\`, production defaults except
  no per-request log line and a rate limit high enough for a load test — the limiter still runs
  on every request) over an SQLite store, serving a model trained by
  \`upcross train --format fimi\` on \`fimi/retail.dat\` (88,162 baskets, 16,470 items). Each
  request asks for 10 offers for the cart ${JSON.stringify(run.cart)} (the three most popular
  items, so every cart item brings a full neighbour list) with a publishable key; the answer is
  ${run.answerBytes} bytes of JSON: 10 offers with ids, reasons and sentences. Key check
  (cached), rate limiter, schema validation and the library's request parser run on every
  request.
  - \`GET /offers?placement=cart&cart=…&limit=10\`: the query-string form;
  - \`POST /offers\` with the same request as a JSON body: the same work plus reading a body;
  - \`GET\` with the answer cache off (\`answerCacheSize: 0\`): every request ranks afresh
    (\`recommend\` and the reasons' sentences), as a cart never seen before would.
- **hello-world**: \`bench/reference/hello-server.cjs fastify 1\` (a copy of the project's
  serving-ceiling reference): \`GET /\` answering \`{"hello":"world"}\`.
- **Load**: autocannon 9 in the bench process; each server in its own process on 127.0.0.1; per
  target a ${run.warmup} s warm-up at 50 connections, then ${run.rounds} round(s) of every target
  for ${run.seconds} s at 50 connections, then ${run.rounds} at 1 connection; rounds interleave
  the targets, and each target's row is its run of median throughput. Latency is every response time as autocannon's client saw it
  (its own histogram keeps whole milliseconds, so the bench keeps the raw times), nearest-rank
  percentiles. Client and servers share the machine's cores, as on the reference's machine.

## Results

${resultsTable(r)}

${verdictTable(r)}

The targets of issue 5 (≥ 2/3 of hello-world's throughput, p99 ≤ 5 ms at 50 connections, p50 ≤
0.2 ms at 1 connection) are ${met ? 'met' : '**not all met**'} by the \`GET\` form in this run.

## Reading the numbers

- **POST costs more than GET in fastify itself.** Reading and parsing a request body is the
  dearest step left on this path: on this machine a bare fastify \`POST\` echo handler reaches
  about 0.6 of the same server's \`GET /\`, before any work. That is why the query-string form
  exists, and why the issue's naive reference handler (a \`GET /recommend?items=…\`) is a \`GET\`.
- **The answer cache** holds the offers of each (store, model version, request) once computed;
  ids and warnings are made per request. It helps exactly when carts repeat (product pages,
  popular carts); the uncached row is the cost of a cart seen for the first time.

## How the hot path stays fast

- Nothing on the request path touches the database: the key and the tenant are cached for a
  second (a revoked key stops working within a second on every instance), and each model
  version is deserialised once; each instance asks the store for the latest version at most once
  per second, in the background.
- The model is precomputed offline: each item's top neighbours sit in typed arrays; a cart sums
  three short rows on a reused scratch board (clearing only what it touched) and selects the top
  10 with a heap, no sort of the candidate set; reason numbers are rounded without
  \`toFixed\`'s string round trip.
- The answer cache holds each answer as ready-to-send bytes with a blank wherever the request id
  goes (request ids all have 17 characters): a repeat copies ~3 KB and writes its id in, instead
  of building a string from pieces and encoding it. The offer pipeline itself copies candidates
  field by field: copies by object spread were V8's slow generic path and made an uncached answer
  6× slower (0.63 ms → 0.10 ms for this cart, in process).
- **The express lane** (\`packages/server/src/lane/offers-lane.ts\`): a \`GET /offers\` whose key
  and store are cached and whose query the route's schema accepts as it is, is answered straight
  from \`node:http\`, in front of fastify. It runs the route's own steps — the same authorizer,
  rate limiter, query parser, compiled schema and \`answerOffers\` — and nothing else. A URL's
  query is parsed and validated once and kept with that URL's last answer, as storefronts repeat
  the same few: while the store's tenant, model, settings and learned acceptance are the same
  objects, a repeat writes its id into the kept bytes (with the answer cache off nothing is kept,
  so the uncached row still ranks every request). Answers are cut from 256 KB slabs rather than
  Node's 8 KB pool (which holds two).
  Every other request, and every refusal or error, goes to the fastify route untouched, so errors
  and their bodies are the route's. It was built because fastify's per-request machinery
  (request and reply objects, three hooks, routing, validation of params and query,
  \`reply.send\`) cost more than the whole answer: with the same 2.9 KB body answered by a fixed
  handler, bare \`node:http\` served 1.4× the requests of a fastify route on this machine.
- **Priming** (\`packages/server/src/lane/prime-http.ts\`): \`startServer\` first has a throwaway
  \`node:http\` server on 127.0.0.1 answer 5,000 requests (\`primeHttpRequests\`; under a second),
  then builds the app. Building the app passes Node's HTTP, stream and \`nextTick\` code many object
  shapes; when that comes first, V8 often compiles them with megamorphic or slow-path sites. With
  \`perf\`, half of the unprimed server processes spent ~3 % of their samples (~8 % with callees)
  in \`Runtime_DefineKeyedOwnPropertyInLiteral\` and \`JSObject::MigrateToMap\` under
  \`nextTick\` and the stream code (3 of 6 runs), and no primed one did (0 of 8). Throughput, with
  three processes of each kind and eight interleaved rounds: median ratio to hello-world 0.60–0.69
  primed, 0.56–0.62 unprimed.

- **No allocation-site pretenuring** (\`packages/server/src/serving-v8-flags.ts\`):
  \`startServer\` sets V8's \`--no-allocation-site-pretenuring\` for its process. Otherwise a
  busy moment can make V8 allocate Node's per-request HTTP objects straight in the old generation
  for good; they then keep young objects alive through every young collection. With wrk at 50
  connections on the bench model, three of four fresh processes without the flag had median
  young collections of 3.7–6.2 ms (instead of ~0.6), a full collection every second and a p99 of
  8.5–12 ms (4–5 ms otherwise); with the flag, four of four kept ~0.6 ms collections and ran no
  full collection. Which process tips over is a matter of timing, which is much of why earlier
  runs of this bench swung between processes. Training in the server's worker pays ~7 %
  (3.0 → 3.2 s on \`fimi/retail.dat\`).

## What is left, measured

- \`POST\` still goes through fastify (it reads a body), and so does a \`GET\` the lane cannot
  answer from memory (the first request of a key each second, when its cache entry is renewed).
- **Where the server's time goes** (CPU time per answered request, server process, 50
  connections, measured with \`/proc\` and \`perf\` next to hello-world's ~31 µs): a bare
  \`node:http\` handler sending the same fixed 2.9 KB answer costs ~33 µs, about what
  hello-world costs; the full lane ~45–50 µs in a calm minute. On this 2-vCPU machine a
  microsecond of server work costs about two of throughput (a bare handler with an added 8 µs
  busy loop went from 33 to 63 µs a request: client and server share the cores).
- Each request leaves ~10 KB of short-lived objects (Node's request and response objects are most
  of it): a ~0.6 ms scavenge every ~60 ms at 20,000 requests/s, and no full collection during a
  run (with pretenuring off, above).
- The answer's size: ten offers with reasons and sentences are ~2.9 KB against hello-world's
  17 bytes, and on loopback the kernel's share of writing them shows in the server's CPU time.
- This machine is shared, and the ratio follows its moods: in eight interleaved 4-second rounds
  of one primed server the ratio to hello-world went from 0.49 to 0.87, and three upcross
  processes moved together from 0.88 to 0.52 between two rounds while hello-world moved less.
  That is why every target is measured next to hello-world in the same run, in interleaved
  rounds, and the load average is printed above.
`
}
