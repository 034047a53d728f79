import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { SERVING_V8_FLAGS } from './serving-v8-flags.js'

/** Runs `node <flags> -e 0`: Node refuses a V8 flag its V8 does not have ("bad option"). */
const nodeWith = (flags: string) =>
  spawnSync(process.execPath, [...flags.split(' '), '-e', '0'], { encoding: 'utf8' })

describe('the serving V8 flags', () => {
  it('are flags this Node’s V8 has (setFlagsFromString would ignore a renamed one silently)', () => {
    const run = nodeWith(SERVING_V8_FLAGS)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    // The check can fail: a flag V8 lacks is refused.
    expect(nodeWith('--no-allocation-site-pretenuring-that-does-not-exist').status).not.toBe(0)
  })
})
