/**
 * A description of the machine for the report.
 * @module
 */
import { readFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'

/** The CPU model as `/proc/cpuinfo` names it (falls back to `os.cpus()`). */
export function cpuModel(cpuinfo = readCpuinfo()): string {
  const match = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)
  return match?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU'
}

/** Cores available to this process. */
export function coreCount(): number {
  return availableParallelism()
}

function readCpuinfo(): string {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8')
  } catch {
    return ''
  }
}
