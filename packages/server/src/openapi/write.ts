/**
 * `npm run openapi -w packages/server`: regenerates `docs/openapi.json` from the route schemas.
 * @module
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { openApiDocument } from './document.js'

const target = fileURLToPath(new URL('../../../../docs/openapi.json', import.meta.url))
writeFileSync(target, await openApiDocument())
process.stdout.write(`wrote ${target}\n`)
