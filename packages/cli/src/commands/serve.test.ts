import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { runServe } from '../serve-run.js'
import { captureOutput } from '../test-support/capture-output.js'

const output = captureOutput()

describe('upcross serve', () => {
  it('serves the API on 127.0.0.1 over the store of --db and stops on SIGTERM', async () => {
    const signals = new EventEmitter()
    const done = runServe({ db: 'sqlite::memory:', port: '0' }, signals, { logLevel: 'silent' })
    let url: string | undefined
    while (url === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 10))
      url = /on (http:\/\/127\.0\.0\.1:\d+) /.exec(output.err)?.[1]
    }
    expect(output.err).toContain(`(API docs: ${url}/docs)`)
    expect(output.err).toContain('no admin token set')
    expect((await (await fetch(`${url}/ready`)).json()) as unknown).toEqual({ status: 'ready' })
    signals.emit('SIGTERM')
    expect(await done).toBe(0)
    await expect(fetch(`${url}/health`)).rejects.toThrow()
  })
})
