/**
 * Where the training worker's code is.
 *
 * Built (`dist/`, how `node` runs the server), it is the compiled `train-worker.js` beside this
 * module. Run from the TypeScript sources — as Vitest runs them, compiling each module as it is
 * imported — there is no JavaScript file to start, and Node cannot start a `.ts` worker nor
 * resolve the sources' `@upcross/source` imports. The worker is then bundled from its sources,
 * once per process, with rolldown (the bundler Vite and so Vitest run on) into a temporary
 * directory removed when the process exits. The tests therefore run the worker's current code,
 * never a stale build.
 * @module
 */
import { rmSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The part of rolldown's API used here. */
interface Bundler {
  rolldown(options: {
    input: string
    platform: 'node'
    logLevel: 'silent' | 'warn'
    resolve: { conditionNames: string[] }
  }): Promise<{
    write(options: { file: string; format: 'esm' }): Promise<unknown>
    close(): Promise<void>
  }>
}

let fromSources: Promise<URL> | undefined

/** The URL to start the training worker from. */
export function trainWorkerEntry(): Promise<URL> {
  if (!import.meta.url.endsWith('.ts'))
    return Promise.resolve(new URL('./train-worker.js', import.meta.url))
  fromSources ??= bundleFromSources()
  return fromSources
}

async function bundleFromSources(): Promise<URL> {
  // Not a literal: the build and the type-check must not need a development-only package.
  const name = 'rolldown'
  const { rolldown } = (await import(name)) as Bundler
  const dir = await mkdtemp(join(tmpdir(), 'upcross-train-worker-'))
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'train-worker.mjs')
  const bundle = await rolldown({
    input: fileURLToPath(new URL('./train-worker.ts', import.meta.url)),
    platform: 'node',
    logLevel: 'warn',
    resolve: { conditionNames: ['@upcross/source', 'import', 'default'] },
  })
  try {
    await bundle.write({ file, format: 'esm' })
  } finally {
    await bundle.close()
  }
  return pathToFileURL(file)
}
