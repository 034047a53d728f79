import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assertInputs, defaultDataDir, findRepoRoot } from './data-dir.js'
import { resolveDataset } from './datasets.js'

describe('data directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'upcross-data-dir-'))
  const repo = join(root, 'clone')
  mkdirSync(join(repo, '.git'), { recursive: true })
  mkdirSync(join(repo, 'packages', 'cli'), { recursive: true })

  it('defaults to ../shared/datasets beside the repository root', () => {
    expect(findRepoRoot(join(repo, 'packages', 'cli'))).toBe(repo)
    expect(defaultDataDir(join(repo, 'packages'))).toBe(join(root, 'shared', 'datasets'))
  })
  it('names the missing directory, then the missing file', () => {
    const dataDir = join(root, 'shared', 'datasets')
    expect(() => assertInputs([resolveDataset('retail')], dataDir)).toThrow(
      `data directory not found: ${dataDir}`,
    )
    mkdirSync(join(dataDir, 'fimi'), { recursive: true })
    expect(() => assertInputs([resolveDataset('retail')], dataDir)).toThrow(
      `retail: input file not found: ${join(dataDir, 'fimi', 'retail.dat.gz')}`,
    )
    writeFileSync(join(dataDir, 'fimi', 'retail.dat.gz'), '')
    expect(() => assertInputs([resolveDataset('retail')], dataDir)).not.toThrow()
  })
  it('does not need the directory for files given by path', () => {
    const file = join(root, 'tiny.dat')
    writeFileSync(file, '1 2\n')
    expect(() => assertInputs([resolveDataset(file)], join(root, 'nowhere'))).not.toThrow()
  })
})
