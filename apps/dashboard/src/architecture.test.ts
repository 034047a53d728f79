import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('.', import.meta.url))

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  )
}

it('the dashboard reaches the server only through @upcross/client (docs/architecture.md)', () => {
  const forbidden =
    /from '(upcross|@upcross\/(?!client')[^']*|node:[^']*|(\.\.\/)+(packages|e2e)\/[^']*)'/
  const offenders = sources(SRC).filter((file) => forbidden.test(readFileSync(file, 'utf8')))
  expect(offenders.map((f) => f.slice(SRC.length))).toEqual([])
})

it('never renders server strings as HTML', () => {
  const offenders = sources(SRC).filter((file) =>
    readFileSync(file, 'utf8').includes('dangerouslySetInnerHTML'),
  )
  expect(offenders).toEqual([])
})
