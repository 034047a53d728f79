/**
 * Runs a child process and measures its whole life on the wall clock.
 * @module
 */
import { spawn } from 'node:child_process'

/** One finished run: wall-clock seconds from spawn to exit, and what it printed. */
export interface TimedRun {
  seconds: number
  stdout: string
}

/**
 * The environment both programs run in: the caller's, without `NODE_EXTRA_CA_CERTS`. Node 20
 * reads that certificate bundle at every start (50–70 ms on machines that set it), which has
 * nothing to do with mining and which the C++ reference never pays.
 */
export function benchEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _, ...rest } = env
  return rest
}

/** Spawns `command args`, waits for it to exit, and rejects (with its stderr) on failure. */
export function timedRun(command: string, args: readonly string[], cwd: string): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(command, args, {
      cwd,
      env: benchEnvironment(process.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9
      const stdout = Buffer.concat(out).toString('utf8')
      if (code === 0) return resolve({ seconds, stdout })
      const why = signal === null ? `exit code ${code}` : `signal ${signal}`
      const stderr = Buffer.concat(err).toString('utf8').trim()
      reject(
        new Error(`${command} ${args.join(' ')} failed (${why})${stderr ? `:\n${stderr}` : ''}`),
      )
    })
  })
}
