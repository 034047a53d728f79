/**
 * Creating a directory and its missing parents, one level at a time.
 * @module
 */
import { mkdirSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

/**
 * Creates `path` and any missing parents. Unlike `mkdir(…, {recursive: true})`, which on Node 20
 * never returns for a path under a pseudo file system such as `/proc/nope/x`, each level is made
 * with a plain `mkdir`, so an impossible path fails at once with the system's error.
 */
export function ensureDirectory(path: string): void {
  const missing: string[] = []
  let current = resolve(path)
  for (;;) {
    try {
      if (statSync(current).isDirectory()) break
      throw Object.assign(new Error(`${current} exists and is not a directory`), {
        code: 'ENOTDIR',
      })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    missing.push(current)
    const parent = dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const dir of missing.reverse()) mkdirSync(dir)
}
