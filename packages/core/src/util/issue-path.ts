/**
 * Helpers every "bad input is data" parser shares: paths, the plain-object test, issue reports.
 * @module
 */
import type { Issue } from '../errors.js'

/** A path inside a parsed input. */
export type Path = readonly (string | number)[]

/** Renders a path as `rules[3].match.price.min`. */
export function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

/** Tells whether a value is a plain object. */
export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** Adds an issue whose message starts with the path. */
export function report(issues: Issue[], code: string, path: Path, what: string): void {
  issues.push({ code, path, message: `${pathText(path)} ${what}`.trim() })
}
