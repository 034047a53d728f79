import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureDirectory } from './ensure-directory.js'

describe('ensureDirectory', () => {
  it('creates missing parents and accepts an existing directory', () => {
    const root = mkdtempSync(join(tmpdir(), 'upcross-dir-'))
    const deep = join(root, 'a', 'b', 'c')
    ensureDirectory(deep)
    expect(existsSync(deep)).toBe(true)
    ensureDirectory(deep)
  })
  it('fails at once where a file stands in the way or the file system refuses', () => {
    const root = mkdtempSync(join(tmpdir(), 'upcross-dir-'))
    writeFileSync(join(root, 'file'), 'x')
    expect(() => ensureDirectory(join(root, 'file', 'sub'))).toThrow()
    expect(() => ensureDirectory('/proc/upcross-nope/x')).toThrow()
  })
})
