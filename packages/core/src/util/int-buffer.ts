/**
 * A growable Int32Array: amortised O(1) push without a JS array's per-element overhead.
 * @module
 */

/** An append-only buffer of 32-bit integers. */
export class IntBuffer {
  private data: Int32Array
  length = 0

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity))
  }

  /** Appends one value. */
  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1)
    this.data[this.length++] = value
  }

  /** The value at `index` (no bounds check beyond the typed array's). */
  get(index: number): number {
    return this.data[index]!
  }

  /** Overwrites the value at `index`. */
  set(index: number, value: number): void {
    this.data[index] = value
  }

  /** Drops everything from `length` on. */
  truncate(length: number): void {
    this.length = Math.min(this.length, length)
  }

  /** The live backing array (valid until the next push). */
  raw(): Int32Array {
    return this.data
  }

  /** A right-sized copy of the contents. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length)
  }

  private grow(min: number): void {
    let cap = this.data.length * 2
    while (cap < min) cap *= 2
    const next = new Int32Array(cap)
    next.set(this.data.subarray(0, this.length))
    this.data = next
  }
}

/** A growable Float64Array. */
export class FloatBuffer {
  private data: Float64Array
  length = 0

  constructor(capacity = 1024) {
    this.data = new Float64Array(Math.max(16, capacity))
  }

  /** Appends one value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = value
  }

  /** A right-sized copy of the contents. */
  toArray(): Float64Array {
    return this.data.slice(0, this.length)
  }
}
