/**
 * Reading and writing a JSON value at a path without mutating it: forms edit configuration
 * documents this way, and an emptied field removes its key instead of storing `""` or `[]`.
 * @module
 */

/** A path into a JSON value. */
export type Path = readonly (string | number)[]

/** The value at `path`, or undefined. */
export function getAt(value: unknown, path: Path): unknown {
  let v = value
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string | number, unknown>)[p]
  }
  return v
}

/**
 * A copy of `value` with `next` at `path` (containers created as needed: an array for a numeric
 * key). `undefined` removes an object key; in an array it removes the item.
 */
export function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next
  const [head, ...rest] = path as [string | number, ...(string | number)[]]
  if (Array.isArray(value) || (value === undefined && typeof head === 'number')) {
    const list = Array.isArray(value) ? [...value] : []
    const i = Number(head)
    const child = setAt(list[i], rest, next)
    if (child === undefined) list.splice(i, 1)
    else list[i] = child
    return list
  }
  const object: Record<string, unknown> =
    value !== null && typeof value === 'object' ? { ...(value as Record<string, unknown>) } : {}
  const child = setAt(object[head], rest, next)
  if (child === undefined) delete object[head]
  else object[head] = child
  return object
}
