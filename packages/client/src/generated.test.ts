import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

it('the generated types match the committed docs/openapi.json (else: npm run generate -w packages/client)', () => {
  const script = fileURLToPath(new URL('../scripts/generate.mjs', import.meta.url))
  const r = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
})
