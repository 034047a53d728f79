#!/usr/bin/env node
// `npm run size -w apps/dashboard`: the built dashboard's scripts and styles, raw and gzipped
// (what a merchant's browser downloads: the app at once, the ECharts chunk on the first chart).
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const dir = new URL('../dist/assets/', import.meta.url)
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
let files
try {
  files = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f))
} catch {
  process.stderr.write('no build: run `npm run build -w apps/dashboard` first\n')
  process.exit(1)
}
const rows = files.map((f) => {
  const bytes = readFileSync(new URL(f, dir))
  const role = f.startsWith('echarts')
    ? 'ECharts chunk (lazy)'
    : f.endsWith('.css')
      ? 'styles'
      : 'app'
  return { file: f, role, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length }
})
for (const r of rows.sort((a, b) => a.role.localeCompare(b.role)))
  process.stdout.write(
    `${r.role.padEnd(22)} ${r.file.padEnd(36)} ${kb(r.raw).padStart(10)} ${kb(r.gz).padStart(10)} gz\n`,
  )
const app = rows.filter((r) => r.role === 'app').reduce((s, r) => s + r.gz, 0)
process.stdout.write(`first load (app JS, gz): ${kb(app)}\n`)
