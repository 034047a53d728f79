/**
 * The V8 setting of a serving process: allocation-site pretenuring off.
 *
 * V8 watches where objects are allocated; when most objects of one allocation site outlive a
 * young-generation collection, it starts allocating that site's objects straight in the old
 * generation. Under a storefront's load, a few busy moments (start-up, the answer of a burst of
 * 50 connections being written) can tip Node's own HTTP sites (requests, responses, their
 * stream state) into that mode for good. From then on every request's objects land in the old
 * generation, and point at young ones: each young collection rescans them and keeps what they
 * hold alive. Measured on the bench model (`GET /offers`, wrk at 50 connections, 2 cores), in
 * three of four fresh processes the median young collection took 3.7–6.2 ms instead of ~0.6, a
 * full collection ran every second, and the p99 latency was 8.5–12 ms instead of 4–5. Which
 * processes tip over is a matter of timing, so the same build measured fast in one process and
 * slow in the next. With the flag, four of four kept ~0.6 ms young collections and ran no full
 * collection.
 *
 * Without pretenuring, short-lived objects stay young and die young. The cost is paid where
 * objects do live long: training a model (in the server's worker, which shares the process's
 * V8 flags) takes ~7 % longer on `fimi/retail.dat` (3.0 → 3.2 s).
 * @module
 */
import { setFlagsFromString } from 'node:v8'

/** The V8 flags `startServer` sets, as on a `node` command line. */
export const SERVING_V8_FLAGS = '--no-allocation-site-pretenuring'

/** Sets `SERVING_V8_FLAGS` for this process (every isolate: main thread and workers). */
export function applyServingV8Flags(): void {
  setFlagsFromString(SERVING_V8_FLAGS)
}
