/**
 * The servers under test as child processes (a load generator in the same process would share
 * their event loop): started, waited for, and stopped.
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

/** Spawns `node args…` with stdout piped (to read what it prints) and stderr shown. */
export function spawnNode(args: readonly string[], cwd: string): ChildProcess {
  return spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] })
}

/** The first line the child prints (rejects when it exits first). */
export function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve)
    child.once('exit', (code) =>
      reject(new Error(`the server exited with ${code} before it was ready`)),
    )
  })
}

/** Resolves once something answers `url` (the hello server prints nothing when it is ready). */
export async function waitForUrl(url: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms
  for (;;) {
    try {
      await fetch(url)
      return
    } catch (error) {
      if (Date.now() > until) throw error
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

/** Stops a child with SIGTERM and waits for it to exit. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
