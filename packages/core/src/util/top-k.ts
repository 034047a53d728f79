/**
 * Selecting the k best of many scored candidates without sorting them all.
 * @module
 */

/**
 * Returns the indices `ids[0..length)` with the `k` highest `scores[id]`, best first; ties go to
 * the smaller id, so results are deterministic. O(length · log k) with a binary min-heap.
 */
export function topK(
  ids: ArrayLike<number>,
  length: number,
  scores: ArrayLike<number>,
  k: number,
): Int32Array {
  if (k <= 0 || length <= 0) return new Int32Array(0)
  const heap = new Int32Array(Math.min(k, length))
  let size = 0
  const worse = (x: number, y: number): boolean => {
    const sx = scores[x]!
    const sy = scores[y]!
    return sx < sy || (sx === sy && x > y)
  }
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < size && worse(heap[l]!, heap[m]!)) m = l
      if (r < size && worse(heap[r]!, heap[m]!)) m = r
      if (m === i) return
      const t = heap[i]!
      heap[i] = heap[m]!
      heap[m] = t
      i = m
    }
  }
  for (let j = 0; j < length; j++) {
    const id = ids[j]!
    if (size < heap.length) {
      let i = size++
      heap[i] = id
      while (i > 0) {
        const parent = (i - 1) >> 1
        if (!worse(heap[i]!, heap[parent]!)) break
        const t = heap[i]!
        heap[i] = heap[parent]!
        heap[parent] = t
        i = parent
      }
    } else if (worse(heap[0]!, id)) {
      heap[0] = id
      siftDown(0)
    }
  }
  const out = heap.slice(0, size)
  return out.sort((x, y) => scores[y]! - scores[x]! || x - y)
}
