import { describe, expect, it } from 'vitest'
import { benchEnvironment, timedRun } from './timed-run.js'

describe('timedRun', () => {
  it('drops only NODE_EXTRA_CA_CERTS from the environment both programs get', () => {
    const env = benchEnvironment({ PATH: '/bin', NODE_EXTRA_CA_CERTS: '/etc/ca.pem', LANG: 'C' })
    expect(env).toEqual({ PATH: '/bin', LANG: 'C' })
  })
  it('measures a child process and returns its output; rejects on failure with stderr', async () => {
    const run = await timedRun(
      process.execPath,
      ['-e', 'process.stdout.write("hi")'],
      process.cwd(),
    )
    expect(run.stdout).toBe('hi')
    expect(run.seconds).toBeGreaterThan(0)
    await expect(
      timedRun(process.execPath, ['-e', 'console.error("boom"); process.exit(3)'], process.cwd()),
    ).rejects.toThrow(/exit code 3[\s\S]*boom/)
  })
})
