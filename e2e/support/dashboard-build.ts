/**
 * The built dashboard the server serves at `/dashboard/`: built once per test run when missing
 * or older than its sources (or the client's), so the browser tests exercise the current code.
 * @module
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const APP = fileURLToPath(new URL('../../apps/dashboard/', import.meta.url))
const CLIENT_SRC = fileURLToPath(new URL('../../packages/client/src/', import.meta.url))

function newest(dir: string): number {
  let t = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return t
}

/** Path of the built `index.html`, building first when needed. */
export function ensureDashboardBuilt(): string {
  const out = join(APP, 'dist', 'index.html')
  const sources = Math.max(
    newest(join(APP, 'src')),
    newest(CLIENT_SRC),
    statSync(join(APP, 'index.html')).mtimeMs,
    statSync(join(APP, 'vite.config.ts')).mtimeMs,
  )
  if (!existsSync(out) || statSync(out).mtimeMs < sources) {
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: APP,
      encoding: 'utf8',
    })
    if (r.status !== 0) throw new Error(`building the dashboard failed:\n${r.stdout}${r.stderr}`)
  }
  return out
}
