import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EXIT } from '../exit-codes.js'
import { main } from '../main.js'

const dir = mkdtempSync(join(tmpdir(), 'upcross-eval-cmd-'))
const file = join(dir, 'tiny.basket')
writeFileSync(
  file,
  `${Array.from({ length: 100 }, (_, i) => `milk,bread,${i % 2 ? 'eggs' : 'jam'}`).join('\n')}\n`,
)

let stdout: string[] = []
let stderr: string[] = []
beforeEach(() => {
  stdout = []
  stderr = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk))
    return true
  })
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr.push(String(chunk))
    return true
  })
})
afterEach(() => vi.restoreAllMocks())
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const run = (...args: string[]): Promise<number> => main(['node', 'upcross', 'eval', ...args])

describe('upcross eval', () => {
  it('prints the Markdown report and writes nothing by default', async () => {
    expect(await run('--dataset', file, '--k', '5', '--resamples', '20')).toBe(EXIT.ok)
    const md = stdout.join('')
    expect(md).toContain(`Command: \`upcross eval --dataset ${file} --k 5 --resamples 20\``)
    expect(md).toContain('## tiny.basket — basket-completion (random)')
    expect(md).toContain('| method | HR@5 | Recall@5 | NDCG@5 | MRR@5 |')
    expect(existsSync(join(dir, 'eval.md'))).toBe(false)
  })

  it('writes eval.md and eval.json with --out', async () => {
    const out = join(dir, 'report')
    const args = ['--dataset', file, '--methods', 'popularity', '--resamples', '20']
    expect(await run(...args, '--out', out)).toBe(EXIT.ok)
    expect(readFileSync(join(out, 'eval.md'), 'utf8')).toBe(stdout.join(''))
    const json = JSON.parse(readFileSync(join(out, 'eval.json'), 'utf8'))
    expect(json.sections[0].methods.map((m: { name: string }) => m.name)).toEqual(['popularity'])
  })

  it('exits 2 on bad flags and missing data, naming the path', async () => {
    expect(await run()).toBe(EXIT.usage)
    expect(stderr.join('')).toMatch(/--dataset <name\|path>.* or --all/)
    expect(await run('--dataset', file, '--protocol', 'next-basket')).toBe(EXIT.usage)
    expect(await run('--dataset', file, '--k', 'ten')).toBe(EXIT.usage)
    const missing = join(dir, 'no-such-dir')
    stderr = []
    expect(await run('--dataset', 'groceries', '--data-dir', missing)).toBe(EXIT.usage)
    expect(stderr.join('')).toContain(`data directory not found: ${missing}`)
    expect(await run('--dataset', join(dir, 'gone.dat'))).toBe(EXIT.usage)
  })

  it('describes the layouts each protocol fits in its help', async () => {
    expect(await run('--help')).toBe(EXIT.ok)
    const help = stdout.join('')
    expect(help).toContain('--dataset <name|path>')
    expect(help).toMatch(
      /<file>\.csv\[\.gz\] +canonical or Online Retail +basket-completion, temporal/,
    )
    expect(help).toMatch(/tafeng +Reality-Check JSON +next-basket/)
  })
})
