#!/usr/bin/env node
// `npm test`: build, lint, type-check, architecture rules, then every Vitest suite; prints the
// `N passed, N failed` line CI reads (Vitest's own summary is not among the lines it knows).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const steps = [
  ['build', 'npx', ['tsc', '-b']],
  ['lint and format', 'npx', ['biome', 'ci', '.']],
  ['type-check (sources and tests)', 'npx', ['tsc', '-p', 'tsconfig.check.json']],
  [
    'architecture rules',
    'npx',
    ['depcruise', 'packages', 'bench', '--config', '.dependency-cruiser.cjs'],
  ],
]
const failed = []
for (const [name, cmd, args] of steps) {
  process.stdout.write(`\n▶ ${name}: ${cmd} ${args.join(' ')}\n`)
  const r = spawnSync(cmd, args, { stdio: 'inherit' })
  if (r.status !== 0) failed.push(name)
}

const report = '.vitest.json'
rmSync(report, { force: true })
const vitestArgs = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${report}`,
  ...process.argv.slice(2),
]
process.stdout.write(`\n▶ tests: npx ${vitestArgs.join(' ')}\n`)
const tests = spawnSync('npx', vitestArgs, { stdio: 'inherit' })
if (tests.status !== 0) failed.push('tests')

let passed = 0
let failedTests = 0
let skipped = 0
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'))
  passed = r.numPassedTests
  failedTests = r.numFailedTests
  skipped = r.numPendingTests + r.numTodoTests
} else {
  failed.push('test report missing')
}
if (failed.length > 0) process.stdout.write(`\nfailed steps: ${failed.join(', ')}\n`)
process.stdout.write(
  `\n${passed} passed, ${failedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`,
)
process.exit(failed.length > 0 ? 1 : 0)
