/**
 * Where the named data sets live (`../shared/datasets` beside the clone) and the check that every
 * file a run needs is there before any work starts.
 * @module
 */
import { existsSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { UpcrossError } from 'upcross'
import { type DatasetSpec, specPaths } from './datasets.js'

/** The nearest directory at or above `cwd` holding `.git`, else `cwd` itself. */
export function findRepoRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir
    if (dirname(dir) === dir) return resolve(cwd)
  }
}

/** The default `--data-dir`: `../shared/datasets` relative to the repository root (or `cwd`). */
export function defaultDataDir(cwd: string): string {
  return resolve(findRepoRoot(cwd), '../shared/datasets')
}

/**
 * Throws `invalid_input` naming the first missing path: the data directory itself when a named
 * data set needs it and it is absent, else the missing file.
 */
export function assertInputs(specs: readonly DatasetSpec[], dataDir: string): void {
  const named = specs.some((s) => specPaths(s).some((f) => !isAbsolute(f)))
  if (named && !isDirectory(dataDir)) {
    throw new UpcrossError(
      'invalid_input',
      `data directory not found: ${dataDir} (the named data sets live there, e.g. fimi/retail.dat.gz); pass --data-dir <dir>`,
      { details: { path: dataDir } },
    )
  }
  for (const spec of specs) {
    for (const file of specPaths(spec).map((f) => resolve(dataDir, f))) {
      if (!existsSync(file)) {
        throw new UpcrossError('invalid_input', `${spec.name}: input file not found: ${file}`, {
          details: { path: file },
        })
      }
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
