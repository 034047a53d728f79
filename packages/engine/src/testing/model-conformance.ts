/**
 * Conformance of the model port: versions per store, the latest model, its bytes intact.
 * @module
 */
import { expect, it } from 'vitest'
import { type CurrentStore, sameBytes } from './conformance-support.js'

/** Bytes `0, 1, … 255, 0, 1, …` of length `n`, offset by `seed`. */
function bytes(n: number, seed = 0): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (i + seed) % 256)
}

/** Declares the model tests inside the conformance `describe`. */
export function modelConformance(current: CurrentStore): void {
  it('models: numbers versions 1, 2, … and returns the latest with its bytes', async () => {
    const store = current()
    expect(await store.latestModel('s')).toBeUndefined()
    expect(await store.latestModelVersion('s')).toBe(0)
    expect(await store.saveModel('s', bytes(10), 100)).toBe(1)
    expect(await store.saveModel('s', bytes(300, 7), 200)).toBe(2)
    expect(await store.latestModelVersion('s')).toBe(2)
    const latest = await store.latestModel('s')
    expect(latest?.version).toBe(2)
    expect(latest?.createdAt).toBe(200)
    expect(latest?.bytes).toBeInstanceOf(Uint8Array)
    expect(latest && sameBytes(latest.bytes, bytes(300, 7))).toBe(true)
  })

  it('models: keeps versions per store and copies the bytes', async () => {
    const store = current()
    const a = bytes(5)
    expect(await store.saveModel('A', a, 1)).toBe(1)
    expect(await store.saveModel('A', bytes(5, 1), 2)).toBe(2)
    expect(await store.saveModel('B', new Uint8Array(0), 3)).toBe(1)
    a[0] = 99
    const b = await store.latestModel('B')
    expect(b?.version).toBe(1)
    expect(b?.bytes.length).toBe(0)
    const latestA = await store.latestModel('A')
    expect(latestA && sameBytes(latestA.bytes, bytes(5, 1))).toBe(true)
    if (latestA) latestA.bytes[0] = 42
    const again = await store.latestModel('A')
    expect(again && sameBytes(again.bytes, bytes(5, 1))).toBe(true)
    expect(await store.latestModelVersion('C')).toBe(0)
  })

  it('models: round-trips a large model and gives concurrent saves distinct versions', async () => {
    const store = current()
    const big = bytes(3_000_000, 3)
    await store.saveModel('s', big, 1)
    const latest = await store.latestModel('s')
    expect(latest && sameBytes(latest.bytes, big)).toBe(true)
    const versions = await Promise.all([1, 2, 3, 4].map((i) => store.saveModel('s', bytes(i), i)))
    expect([...versions].sort()).toEqual([2, 3, 4, 5])
    expect(await store.latestModelVersion('s')).toBe(5)
  })
}
