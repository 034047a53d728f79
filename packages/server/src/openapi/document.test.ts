import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { openApiDocument } from './document.js'

const COMMITTED = fileURLToPath(new URL('../../../../docs/openapi.json', import.meta.url))

describe('docs/openapi.json', () => {
  it('is what the route schemas generate (regenerate: npm run openapi -w packages/server)', async () => {
    const generated = await openApiDocument()
    expect(
      readFileSync(COMMITTED, 'utf8'),
      'docs/openapi.json is stale: run npm run openapi -w packages/server',
    ).toBe(generated)
  })
})
