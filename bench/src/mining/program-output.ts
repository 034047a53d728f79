/**
 * What each measured program reports about its own run, parsed from its standard output.
 * @module
 */

/** The facts both programs report: the work done, the answer and their own peak memory. */
export interface ProgramReport {
  baskets: number
  minCount: number
  increments: number
  frequentPairs: number
  /** The program's own parse and count phases, in seconds. */
  parseSeconds: number
  countSeconds: number
  /** Peak resident memory in MiB, as the program measured it (getrusage). */
  maxRssMiB: number
}

/**
 * Parses the one line `pairs.cpp` prints, e.g. `c++ pairs mode=dense N=88162 … frequentPairs=3260
 * parse=0.024s count=0.034s Minc/s=107.3 maxrssMB=19`.
 */
export function parseReferenceOutput(stdout: string): ProgramReport {
  const line = stdout.split('\n').find((l) => l.startsWith('c++ pairs '))
  if (line === undefined) throw new Error(`no "c++ pairs" line in the reference output: ${stdout}`)
  const fields = new Map<string, string>()
  for (const token of line.split(' ')) {
    const eq = token.indexOf('=')
    if (eq > 0) fields.set(token.slice(0, eq), token.slice(eq + 1))
  }
  const num = (key: string, suffix = ''): number => {
    const raw = fields.get(key)
    const value = raw?.endsWith(suffix)
      ? Number(raw.slice(0, raw.length - suffix.length))
      : Number.NaN
    if (raw === undefined || raw === '' || !Number.isFinite(value)) {
      throw new Error(`reference output lacks a numeric ${key}: ${line}`)
    }
    return value
  }
  return {
    baskets: num('N'),
    minCount: num('minCount'),
    increments: num('increments'),
    frequentPairs: num('frequentPairs'),
    parseSeconds: num('parse', 's'),
    countSeconds: num('count', 's'),
    maxRssMiB: num('maxrssMB'),
  }
}

/** Parses the `--json` summary of `upcross mine pairs` (its last non-empty line). */
export function parseUpcrossOutput(stdout: string): ProgramReport {
  const line = stdout.trim().split('\n').at(-1) ?? ''
  let json: Record<string, unknown>
  try {
    json = JSON.parse(line) as Record<string, unknown>
  } catch {
    throw new Error(`upcross did not print a JSON summary: ${stdout}`)
  }
  const num = (key: string): number => {
    const value = json[key]
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`upcross summary lacks a numeric ${key}: ${line}`)
    }
    return value
  }
  return {
    baskets: num('baskets'),
    minCount: num('minCount'),
    increments: num('increments'),
    frequentPairs: num('frequentPairs'),
    parseSeconds: num('parseSeconds'),
    countSeconds: num('countSeconds'),
    maxRssMiB: num('maxRssMiB'),
  }
}
