/**
 * The commit the evaluation ran on.
 * @module
 */
import { execFileSync } from 'node:child_process'

/** `git rev-parse HEAD` of `cwd`, with ` (dirty)` when the tree has changes; `unknown` without git. */
export function gitCommit(cwd: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' }).trim()
    const status = execFileSync('git', ['status', '--porcelain'], { cwd, encoding: 'utf8' })
    return status.trim() === '' ? head : `${head} (dirty)`
  } catch {
    return 'unknown'
  }
}
