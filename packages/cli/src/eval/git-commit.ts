/**
 * The commit the evaluation ran on.
 * @module
 */
import { execFileSync } from 'node:child_process'

/** `git rev-parse HEAD` of `cwd`, with ` (dirty)` when the tree has changes; `unknown` without git. */
export function gitCommit(cwd: string): string {
  try {
    const run = (args: string[]) =>
      execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    const head = run(['rev-parse', 'HEAD']).trim()
    const status = run(['status', '--porcelain'])
    return status.trim() === '' ? head : `${head} (dirty)`
  } catch {
    return 'unknown'
  }
}
