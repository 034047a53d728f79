/**
 * Parsers for numeric command-line options, with messages that name the bad value.
 * @module
 */
import { InvalidArgumentError } from 'commander'

/** Parses a positive integer option value. */
export function parsePositiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`"${value}" is not a positive integer.`)
  return n
}

/** Parses a non-negative number option value. */
export function parseNonNegativeNumber(value: string): number {
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError(`"${value}" is not a non-negative number.`)
  return n
}

/** Parses a comma-separated list, dropping empty entries. */
export function parseList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}
