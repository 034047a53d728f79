/**
 * The request-count port: how many requests each API key made in a fixed time window, summed
 * over every instance of a deployment, so a per-key rate limit holds for the deployment rather
 * than for each instance. Instances count in memory and add their counts here every fraction of
 * a second (`packages/server/src/auth/rate-limiter.ts`); nothing here is on a request's path.
 * @module
 */

/** Request counts per key hash and window, shared by the instances using one store. */
export interface RequestCountStore {
  /**
   * Adds each key's count in `deltas` (key hash → requests, each an integer ≥ 1) to its total
   * for the window that starts at `windowStart` (epoch ms, a multiple of the window length), and
   * returns the total of every key in `deltas` for that window after the addition. Each key's
   * addition is atomic: of several instances adding at once, none loses another's count. Counts
   * of windows that started more than `retainMs` before `windowStart` may be deleted by the call.
   */
  addRequestCounts(
    windowStart: number,
    deltas: ReadonlyMap<string, number>,
    retainMs: number,
  ): Promise<Map<string, number>>
}
