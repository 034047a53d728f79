import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EXIT } from '../exit-codes.js'
import { main } from '../main.js'
import { parseMinSupport } from './mine.js'
import { expectedBytes } from './mine-read.js'

// Six baskets (the duplicate 4 counts once). Items: 1×3, 2×4, 3×4, 4×3, 5×1.
// Pairs: 1-2 3, 1-3 2, 1-4 1, 2-3 3, 2-4 2, 3-4 3.
const BASKETS = '1 2 3\n1 2\n2 3 4\n1 2 3 4\n3 4 4\n5\n'
const dir = mkdtempSync(join(tmpdir(), 'upcross-mine-'))
const plain = join(dir, 'tiny.dat')
const gz = join(dir, 'tiny.dat.gz')
writeFileSync(plain, BASKETS)
writeFileSync(gz, gzipSync(BASKETS))

let stdout: string[] = []
beforeEach(() => {
  stdout = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk))
    return true
  })
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
})
afterEach(() => vi.restoreAllMocks())
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const run = (...args: string[]): Promise<number> =>
  main(['node', 'upcross', 'mine', 'pairs', ...args])

describe('upcross mine pairs', () => {
  it('counts the pairs in at least half the baskets, as counted by hand', async () => {
    const out = join(dir, 'pairs.csv')
    expect(await run(plain, '--min-support', '0.5', '--json', '--out', out)).toBe(EXIT.ok)
    const summary = JSON.parse(stdout.join(''))
    expect(summary).toMatchObject({
      baskets: 6,
      items: 5,
      minCount: 3,
      frequentItems: 4,
      // frequent items per basket 3, 2, 3, 4, 2, 0 → 3 + 1 + 3 + 6 + 1 + 0 increments
      increments: 14,
      frequentPairs: 3,
      issues: 0,
    })
    expect(summary.maxRssMiB).toBeGreaterThan(0)
    expect(readFileSync(out, 'utf8')).toBe('sku_a,sku_b,count\n1,2,3\n2,3,3\n3,4,3\n')
  })

  it('reads gzip files and orders the CSV by count', async () => {
    const out = join(dir, 'pairs-gz.csv')
    expect(await run(gz, '--min-support', '0.3', '--out', out)).toBe(EXIT.ok)
    expect(stdout.join('')).toMatch(/^baskets=6 .*minCount=2 .*frequentPairs=5 /)
    expect(readFileSync(out, 'utf8')).toBe('sku_a,sku_b,count\n1,2,3\n2,3,3\n3,4,3\n1,3,2\n2,4,2\n')
  })

  it('exits 3 when lines are rejected, counting the rest', async () => {
    const bad = join(dir, 'bad.dat')
    writeFileSync(bad, `${BASKETS}1 x 2\n`)
    expect(await run(bad, '--min-support', '0.5', '--json')).toBe(EXIT.rejectedRows)
    expect(JSON.parse(stdout.join(''))).toMatchObject({ baskets: 6, issues: 1, frequentPairs: 3 })
  })

  it('fails with 1 on a missing file and 2 on a bad support or format', async () => {
    expect(await run(join(dir, 'missing.dat'), '--min-support', '0.5')).toBe(EXIT.failure)
    expect(await run(plain, '--min-support', '0')).toBe(EXIT.usage)
    expect(await run(plain, '--min-support', '0.5', '--format', 'csv')).toBe(EXIT.usage)
    expect(await run(plain)).toBe(EXIT.usage)
  })
})

describe('parseMinSupport', () => {
  it('accepts shares in (0, 1] only', () => {
    expect(parseMinSupport('0.001')).toBe(0.001)
    expect(parseMinSupport('1')).toBe(1)
    for (const bad of ['0', '-0.1', '1.5', '', ' ', 'abc', 'NaN']) {
      expect(() => parseMinSupport(bad)).toThrow(/share of baskets/)
    }
  })
})

describe('expectedBytes', () => {
  it('is the size of a plain file, and unknown for gzip and missing files', () => {
    expect(expectedBytes(plain)).toBe(Buffer.byteLength(BASKETS))
    expect(expectedBytes(gz)).toBeUndefined()
    expect(expectedBytes(join(dir, 'missing.dat'))).toBeUndefined()
  })
})
