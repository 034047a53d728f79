import { describe, expect, it } from 'vitest'
import { cpuModel } from './machine.js'

describe('cpuModel', () => {
  it('reads the first model name of /proc/cpuinfo', () => {
    const cpuinfo =
      'processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\nprocessor\t: 1\nmodel name\t: other\n'
    expect(cpuModel(cpuinfo)).toBe('AMD EPYC 7B13')
  })

  it('falls back to a non-empty name without /proc/cpuinfo', () => {
    expect(cpuModel('').length).toBeGreaterThan(0)
  })
})
