#!/usr/bin/env node
// `npm run size -w packages/widgets`: the size of the built widget bundles, raw and gzipped, against
// the 15 KB gzipped budget (docs/widgets.md). Builds first when the bundle is missing.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

export const BUDGET_GZIP = 15 * 1024
const dir = new URL('../dist/', import.meta.url)
const files = ['upcross-widgets.js', 'upcross-widgets.mjs']

if (!files.every((f) => existsSync(new URL(f, dir)))) {
  const r = spawnSync('npx', ['vite', 'build'], {
    cwd: new URL('..', import.meta.url),
    stdio: 'inherit',
  })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
let over = false
for (const f of files) {
  const raw = readFileSync(new URL(f, dir))
  const gz = gzipSync(raw, { level: 9 }).length
  const ok = gz <= BUDGET_GZIP
  over ||= !ok
  process.stdout.write(
    `${f}: ${(raw.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped ` +
      `(budget ${BUDGET_GZIP / 1024} KB gzipped${ok ? '' : ', OVER'})\n`,
  )
}
process.exit(over ? 1 : 0)
