/**
 * `npm run bench:http`: the offers endpoint of the real app, serving a model trained on
 * `fimi/retail.dat`, against the fastify hello-world (`bench/reference/hello-server.cjs`) in the
 * same run: autocannon on 127.0.0.1, 50 connections then 1, after a warm-up. Writes
 * `docs/bench-http.md` (with `--quick`: short runs, report in `.bench-cache/`).
 * Options: `--quick`, `--seconds N`, `--rounds N` (odd; default 3, quick 1), `--strict` (exit 1
 * when a target is missed).
 * @module
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DATASETS } from '../mining/datasets.js'
import { prepareDataset } from '../mining/setup.js'
import { firstLine, spawnNode, stopChild, waitForUrl } from './children.js'
import { type LoadResult, type LoadTarget, runLoad } from './load.js'
import { type HttpBenchResults, judge, resultsTable, verdictTable } from './report.js'
import { renderReport } from './report-md.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const cacheDir = join(root, '.bench-cache')

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => done(port))
    })
    s.on('error', fail)
  })
}

function train(dat: string, out: string): void {
  const cli = join(root, 'packages/cli/bin/upcross.js')
  const args = [cli, 'train', '--orders', dat, '--format', 'fimi', '--out', out]
  process.stdout.write(`training: upcross train --orders ${dat} --format fimi\n`)
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (r.status !== 0) throw new Error(`upcross train failed with exit code ${r.status}`)
}

/** The run of median throughput (the middle one of an odd count). */
function medianRun(runs: readonly LoadResult[]): LoadResult {
  const sorted = [...runs].sort((a, b) => a.throughput - b.throughput)
  return sorted[(sorted.length - 1) >> 1]!
}

/**
 * Every target warmed up, then `rounds` rounds of every target at 50 connections, then `rounds`
 * rounds at 1: runs of one kind follow each other closely and rounds interleave the targets, so
 * drift of the machine spreads over all targets alike; each target keeps its median run.
 */
async function measureAll<K extends string>(
  targets: Record<K, LoadTarget>,
  warmup: number,
  seconds: number,
  rounds: number,
): Promise<Record<K, { many: LoadResult; one: LoadResult }>> {
  const names = Object.keys(targets) as K[]
  process.stdout.write(
    `${names.join(', ')}: warm-up ${warmup} s each, then ${rounds} round(s) of 50 connections × ${seconds} s each, then ${rounds} round(s) of 1 connection × ${seconds} s each\n`,
  )
  for (const name of names) await runLoad(targets[name], 50, warmup)
  const runs = (connections: number) => async () => {
    const all = Object.fromEntries(names.map((n) => [n, [] as LoadResult[]])) as Record<
      K,
      LoadResult[]
    >
    for (let r = 0; r < rounds; r++)
      for (const name of names) {
        const result = await runLoad(targets[name], connections, seconds)
        if (result.non2xx + result.errors > 0)
          throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`)
        all[name].push(result)
      }
    return all
  }
  const many = await runs(50)()
  const one = await runs(1)()
  const out = {} as Record<K, { many: LoadResult; one: LoadResult }>
  for (const name of names) out[name] = { many: medianRun(many[name]), one: medianRun(one[name]) }
  return out
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      seconds: { type: 'string' },
      rounds: { type: 'string' },
    },
  })
  const seconds = Number(values.seconds ?? (values.quick ? 2 : 10))
  if (!(seconds > 0)) throw new Error('--seconds must be a positive number')
  const warmup = values.quick ? 1 : 3
  const rounds = Number(values.rounds ?? (values.quick ? 1 : 3))
  if (!Number.isSafeInteger(rounds) || rounds < 1 || rounds % 2 === 0)
    throw new Error('--rounds must be an odd positive integer (each target keeps its median run)')
  const dataset = DATASETS.find((d) => d.name === 'retail')!
  const dat = await prepareDataset(
    dataset,
    join(resolve(root, '../shared'), 'datasets/fimi'),
    cacheDir,
  )
  const startLoad = loadavg()[0]!
  const work = mkdtempSync(join(tmpdir(), 'upcross-bench-http-'))
  const model = join(work, 'retail.upx')
  train(dat, model)
  const upcross = spawnNode([join(root, 'bench/dist/http/serve-model.js'), model, work], root)
  const uncachedServer = spawnNode(
    [join(root, 'bench/dist/http/serve-model.js'), model, work, '--no-answer-cache'],
    root,
  )
  const port = await freePort()
  const hello = spawnNode(
    [join(root, 'bench/reference/hello-server.cjs'), 'fastify', '1', String(port)],
    root,
  )
  try {
    const served = JSON.parse(await firstLine(upcross)) as {
      url: string
      key: string
      cart: string[]
    }
    const uncached = JSON.parse(await firstLine(uncachedServer)) as { url: string; key: string }
    await waitForUrl(`http://127.0.0.1:${port}/`)
    const { cart } = served
    const query = `placement=cart&cart=${cart.map(encodeURIComponent).join(',')}&limit=10`
    const get = (s: { url: string; key: string }): LoadTarget => ({
      url: `${s.url}/v1/stores/bench/offers?${query}`,
      method: 'GET',
      headers: { authorization: `Bearer ${s.key}` },
    })
    const post: LoadTarget = {
      url: `${served.url}/v1/stores/bench/offers`,
      method: 'POST',
      headers: { authorization: `Bearer ${served.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ placement: 'cart', cart, limit: 10 }),
    }
    const sample = await fetch(get(served).url, { headers: get(served).headers })
    const answer = await sample.text()
    if (sample.status !== 200)
      throw new Error(`the offers request failed: ${sample.status} ${answer}`)
    process.stdout.write(
      `request: GET /v1/stores/bench/offers?${query} (and the same as a POST body)\nanswer (${answer.length} bytes): ${answer.slice(0, 300)}…\n`,
    )
    const results: HttpBenchResults = await measureAll(
      {
        hello: { url: `http://127.0.0.1:${port}/`, method: 'GET' },
        get: get(served),
        post,
        uncached: get(uncached),
      },
      warmup,
      seconds,
      rounds,
    )
    process.stdout.write(`\n${resultsTable(results)}\n\n${verdictTable(results)}\n`)
    const report = renderReport(results, {
      load: startLoad,
      seconds,
      warmup,
      rounds,
      cart,
      quick: values.quick === true,
      answerBytes: answer.length,
    })
    const target = values.quick ? join(cacheDir, 'bench-http.md') : join(root, 'docs/bench-http.md')
    mkdirSync(join(target, '..'), { recursive: true })
    writeFileSync(target, report)
    process.stdout.write(`\nwrote ${target}\n`)
    return values.strict && judge(results).some((j) => !j.ok) ? 1 : 0
  } finally {
    await Promise.all([stopChild(upcross), stopChild(uncachedServer), stopChild(hello)])
    rmSync(work, { recursive: true, force: true })
  }
}

process.exitCode = await main()
