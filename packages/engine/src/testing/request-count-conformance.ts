/**
 * Conformance of the request-count port: totals per key and window, atomic additions from
 * concurrent callers, and pruning of old windows.
 * @module
 */
import { expect, it } from 'vitest'
import { type CurrentStore, expectCode } from './conformance-support.js'

const MINUTE = 60_000
/** A window start like the ones a server uses: a multiple of the window length, near now. */
const W = 1_700_000_040_000
const RETAIN = 2 * MINUTE

const counts = (entries: Record<string, number>): Map<string, number> =>
  new Map(Object.entries(entries))

/** Declares the request-count tests inside the conformance `describe`. */
export function requestCountConformance(current: CurrentStore): void {
  it('request counts: totals add up per key and per window, returned for the keys given', async () => {
    const store = current()
    expect(await store.addRequestCounts(W, counts({ a: 3, b: 1 }), RETAIN)).toEqual(
      counts({ a: 3, b: 1 }),
    )
    // Only the keys passed come back, even though `b` has a total in this window.
    expect(await store.addRequestCounts(W, counts({ a: 2 }), RETAIN)).toEqual(counts({ a: 5 }))
    expect(await store.addRequestCounts(W, counts({ c: 7, b: 4 }), RETAIN)).toEqual(
      counts({ b: 5, c: 7 }),
    )
    // The next window starts from zero; the previous one (still retained) keeps its totals.
    expect(await store.addRequestCounts(W + MINUTE, counts({ a: 1 }), RETAIN)).toEqual(
      counts({ a: 1 }),
    )
    expect(await store.addRequestCounts(W, counts({ a: 1, b: 1, c: 1 }), RETAIN)).toEqual(
      counts({ a: 6, b: 6, c: 8 }),
    )
  })

  it('request counts: an empty addition returns an empty map', async () => {
    const store = current()
    const totals = await store.addRequestCounts(W, new Map(), RETAIN)
    expect(totals).toBeInstanceOf(Map)
    expect(totals.size).toBe(0)
    await store.addRequestCounts(W, counts({ a: 2 }), RETAIN)
    expect((await store.addRequestCounts(W, new Map(), RETAIN)).size).toBe(0)
    expect(await store.addRequestCounts(W, counts({ a: 1 }), RETAIN)).toEqual(counts({ a: 3 }))
  })

  it('request counts: concurrent additions to one key never lose a count', async () => {
    const store = current()
    const results = await Promise.all(
      Array.from({ length: 20 }, () => store.addRequestCounts(W, counts({ k: 1 }), RETAIN)),
    )
    // Each addition saw the total just after its own: 1..20, each exactly once.
    const seen = results.map((r) => r.get('k')).sort((x, y) => (x ?? 0) - (y ?? 0))
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    // Several keys at once, in different orders, from concurrent callers.
    const mixed = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        store.addRequestCounts(W, i % 2 ? counts({ x: 1, y: 2 }) : counts({ y: 2, x: 1 }), RETAIN),
      ),
    )
    expect(mixed.every((r) => r.size === 2)).toBe(true)
    expect(await store.addRequestCounts(W, counts({ k: 1, x: 1, y: 1 }), RETAIN)).toEqual(
      counts({ k: 21, x: 11, y: 21 }),
    )
  })

  it('request counts: a later window prunes windows older than retainMs, every key of them', async () => {
    const store = current()
    const old = W - 3 * MINUTE
    const edge = W - RETAIN
    await store.addRequestCounts(old, counts({ a: 5, b: 2 }), RETAIN)
    await store.addRequestCounts(edge, counts({ a: 4 }), RETAIN)
    // `old` started more than RETAIN before W: gone, for `a` and for `b`, which this call
    // never names. `edge` started exactly RETAIN before W: kept.
    expect(await store.addRequestCounts(W, counts({ c: 1 }), RETAIN)).toEqual(counts({ c: 1 }))
    expect(await store.addRequestCounts(old, counts({ a: 1, b: 1 }), RETAIN)).toEqual(
      counts({ a: 1, b: 1 }),
    )
    expect(await store.addRequestCounts(edge, counts({ a: 1 }), RETAIN)).toEqual(counts({ a: 5 }))
    expect(await store.addRequestCounts(W, counts({ c: 1 }), RETAIN)).toEqual(counts({ c: 2 }))
  })

  it('request counts: refuses bad counts and window starts, writing nothing', async () => {
    const store = current()
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expectCode(store.addRequestCounts(W, counts({ a: 1, b: bad }), RETAIN), 'invalid_input')
    }
    await expectCode(store.addRequestCounts(W + 0.5, counts({ a: 1 }), RETAIN), 'invalid_input')
    await expectCode(store.addRequestCounts(W, counts({ a: 1 }), -1), 'invalid_input')
    expect(await store.addRequestCounts(W, counts({ a: 1 }), RETAIN)).toEqual(counts({ a: 1 }))
  })
}
