/**
 * The built widget bundle the demo store loads: built once per test run when missing or older
 * than its sources, so the browser tests always exercise the current code.
 * @module
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const PKG = fileURLToPath(new URL('../../packages/widgets/', import.meta.url))

/** Path of the IIFE bundle, built first when needed. */
export function ensureWidgetsBuilt(): string {
  const out = `${PKG}dist/upcross-widgets.js`
  const newest = Math.max(
    ...readdirSync(`${PKG}src`).map((f) => statSync(`${PKG}src/${f}`).mtimeMs),
  )
  if (!existsSync(out) || statSync(out).mtimeMs < newest) {
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: PKG,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    if (r.status !== 0) throw new Error(`building the widgets failed:\n${r.stdout}${r.stderr}`)
  }
  return out
}
