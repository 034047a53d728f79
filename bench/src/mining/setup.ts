/**
 * Gets the inputs ready in the cache: decompressed data sets and the C++ reference binary.
 * @module
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  renameSync,
  statSync,
} from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import type { BenchDataset } from './datasets.js'

/** Decompresses a data set into `cacheDir` once (checking its md5) and returns the `.dat` path. */
export async function prepareDataset(
  dataset: BenchDataset,
  fimiDir: string,
  cacheDir: string,
): Promise<string> {
  const target = join(cacheDir, `${dataset.name}.dat`)
  if (existsSync(target)) return target
  const source = join(fimiDir, dataset.gzFile)
  if (!existsSync(source)) {
    throw new Error(
      `missing data set ${source}: the benchmark reads ../shared/datasets/fimi/ beside the repo`,
    )
  }
  mkdirSync(cacheDir, { recursive: true })
  const partial = `${target}.partial`
  await pipeline(createReadStream(source), createGunzip(), createWriteStream(partial))
  const md5 = await fileMd5(partial)
  if (md5 !== dataset.md5) {
    throw new Error(`${source} decompresses to md5 ${md5}, expected ${dataset.md5}`)
  }
  renameSync(partial, target)
  return target
}

async function fileMd5(file: string): Promise<string> {
  const hash = createHash('md5')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Builds `pairs.cpp` with `g++ -O3 -march=native` into `cacheDir` unless an up-to-date binary is there. */
export function buildReference(source: string, cacheDir: string): string {
  if (!existsSync(source)) throw new Error(`missing C++ reference ${source}`)
  const binary = join(cacheDir, 'pairs')
  if (existsSync(binary) && statSync(binary).mtimeMs >= statSync(source).mtimeMs) return binary
  mkdirSync(cacheDir, { recursive: true })
  try {
    execFileSync('g++', ['-O3', '-march=native', '-o', binary, source], { stdio: 'inherit' })
  } catch (error) {
    throw new Error(`could not build ${source} with g++ (apt-get install g++): ${String(error)}`)
  }
  return binary
}

/** The compiler's version, for the report. */
export function compilerVersion(): string {
  return execFileSync('g++', ['-dumpfullversion'], { encoding: 'utf8' }).trim()
}
