/**
 * Gamma and normal draws from a seeded generator, for Thompson sampling.
 * @module
 */
import type { Rng } from '../util/rng.js'

/** A standard normal draw by Box–Muller (one of the pair; u1 ∈ (0, 1] so the log is finite). */
export function sampleNormal(rng: Rng): number {
  const u1 = 1 - rng.next()
  const u2 = rng.next()
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2)
}

/**
 * A Gamma(shape, 1) draw by Marsaglia–Tsang (2000): d = shape − 1/3, c = 1/√(9d); repeat
 * x ~ N(0,1), v = (1 + c·x)³ until u < 1 − 0.0331·x⁴ or ln u < x²/2 + d·(1 − v + ln v), then d·v.
 * For shape < 1, Gamma(shape + 1) · U^(1/shape). `shape` must be > 0; mean = variance = shape.
 */
export function sampleGamma(shape: number, rng: Rng): number {
  if (!(shape > 0)) throw new RangeError(`gamma shape must be > 0, got ${shape}`)
  if (shape < 1) return sampleGamma(shape + 1, rng) * (1 - rng.next()) ** (1 / shape)
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    const x = sampleNormal(rng)
    let v = 1 + c * x
    if (v <= 0) continue
    v = v * v * v
    const u = 1 - rng.next()
    if (u < 1 - 0.0331 * x * x * x * x) return d * v
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v
  }
}
