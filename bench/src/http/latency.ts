/**
 * Latency percentiles from every response time of a run: autocannon's own histogram keeps whole
 * milliseconds, too coarse for a 0.2 ms target.
 * @module
 */

/** Response times (ms) collected one by one into a growing typed array. */
export class LatencySamples {
  #values = new Float64Array(1 << 16)
  #count = 0

  /** Adds one response time in ms. */
  add(ms: number): void {
    if (this.#count === this.#values.length) {
      const grown = new Float64Array(this.#values.length * 2)
      grown.set(this.#values)
      this.#values = grown
    }
    this.#values[this.#count++] = ms
  }

  /** How many samples were added. */
  get count(): number {
    return this.#count
  }

  /** The `q`-quantile (0 … 1) by the nearest-rank method; NaN without samples. */
  percentiles(qs: readonly number[]): number[] {
    if (this.#count === 0) return qs.map(() => Number.NaN)
    const sorted = this.#values.slice(0, this.#count).sort()
    return qs.map(
      (q) => sorted[Math.min(this.#count - 1, Math.max(0, Math.ceil(q * this.#count) - 1))]!,
    )
  }
}
