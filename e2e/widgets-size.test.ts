/**
 * The widget bundle's budget (docs/widgets.md): the one script a shop loads stays within 15 KB
 * gzipped, measured on the current build.
 */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { expect, it } from 'vitest'
import { ensureWidgetsBuilt } from './support/widgets-bundle.js'

it('the widget bundle is at most 15 KB gzipped', () => {
  const raw = readFileSync(ensureWidgetsBuilt())
  const gz = gzipSync(raw, { level: 9 }).length
  process.stdout.write(`widget bundle: ${raw.length} B raw, ${gz} B gzipped\n`)
  expect(gz).toBeLessThanOrEqual(15 * 1024)
})
