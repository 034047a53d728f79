import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CONFIG_FILE, DEFAULT_CONFIG, loadConfig } from './config.js'

const dirs: string[] = []
function dirWith(config?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'upcross-config-'))
  dirs.push(dir)
  if (config !== undefined) {
    const text = typeof config === 'string' ? config : JSON.stringify(config)
    writeFileSync(join(dir, CONFIG_FILE), text)
  }
  return dir
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('loadConfig', () => {
  it('uses the defaults when nothing is set, frozen', () => {
    const config = loadConfig({ cwd: dirWith(), env: {} })
    expect(config).toEqual(DEFAULT_CONFIG)
    expect(config.currency).toBe('USD')
    expect(Object.isFrozen(config)).toBe(true)
  })

  it('layers file < environment < flags', () => {
    const cwd = dirWith({ databaseUrl: 'sqlite:file.db', storeId: 'fromfile', currency: 'EUR' })
    const env = { UPCROSS_STORE_ID: 'fromenv', UPCROSS_CURRENCY: 'GBP' }
    expect(loadConfig({ cwd, env })).toEqual({
      ...DEFAULT_CONFIG,
      databaseUrl: 'sqlite:file.db',
      storeId: 'fromenv',
      currency: 'GBP',
    })
    const flags = { storeId: 'fromflag', databaseUrl: undefined }
    expect(loadConfig({ cwd, env, flags })).toMatchObject({
      storeId: 'fromflag',
      databaseUrl: 'sqlite:file.db',
    })
  })

  it('reports every problem at once, with where it came from', () => {
    const cwd = dirWith({ storeId: 'bad id!', colour: 'red', currency: 3 })
    let error: unknown
    try {
      loadConfig({ cwd, env: { UPCROSS_CURRENCY: 'usd' } })
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({ code: 'invalid_input' })
    const issues = (error as { issues: { code: string; message: string }[] }).issues
    expect(issues.map((i) => i.code).sort()).toEqual([
      'invalid_config',
      'invalid_config',
      'invalid_config',
      'unknown_config_key',
    ])
    expect(issues.some((i) => i.message.includes('UPCROSS_CURRENCY'))).toBe(true)
  })

  it('reads the serve settings: port as a number, host, and the admin token only when set', () => {
    const cwd = dirWith({ port: 9000, host: '0.0.0.0' })
    expect(loadConfig({ cwd, env: {} })).toMatchObject({ port: 9000, host: '0.0.0.0' })
    expect(loadConfig({ cwd, env: {} }).adminToken).toBeUndefined()
    const env = { UPCROSS_PORT: '9100', UPCROSS_ADMIN_TOKEN: 'a-long-enough-admin-token-123' }
    expect(loadConfig({ cwd, env, flags: { port: 0 } })).toMatchObject({
      port: 0,
      adminToken: 'a-long-enough-admin-token-123',
    })
    expect(() => loadConfig({ cwd, env: { UPCROSS_PORT: '70000' } })).toThrow(
      'invalid configuration',
    )
  })

  it('reads the SMTP server and sender together, never repeating the URL in an error', () => {
    const cwd = dirWith({})
    const env = {
      UPCROSS_SMTP_URL: 'smtp://u:s3cret@mail.example:587',
      UPCROSS_SMTP_FROM: 'a@b.example',
    }
    expect(loadConfig({ cwd, env })).toMatchObject({
      smtpUrl: 'smtp://u:s3cret@mail.example:587',
      smtpFrom: 'a@b.example',
    })
    expect(loadConfig({ cwd, env: {} }).smtpUrl).toBeUndefined()
    const issuesOf = (e: Record<string, string>) => {
      try {
        loadConfig({ cwd, env: e })
      } catch (error) {
        return JSON.stringify((error as { issues: unknown }).issues)
      }
      throw new Error('accepted')
    }
    expect(issuesOf({ UPCROSS_SMTP_URL: env.UPCROSS_SMTP_URL })).toContain('go together')
    const bad = issuesOf({ ...env, UPCROSS_SMTP_URL: 'http://u:s3cret@mail.example' })
    expect(bad).toContain('smtp:// or smtps://')
    expect(bad).not.toContain('s3cret')
  })

  it('refuses a file that is not a JSON object', () => {
    expect(() => loadConfig({ cwd: dirWith('{nope'), env: {} })).toThrow('invalid configuration')
    expect(() => loadConfig({ cwd: dirWith('[]'), env: {} })).toThrow('invalid configuration')
  })

  it('accepts the documented example file, which lists every key with its default', () => {
    const example = readFileSync(
      new URL('../../../upcross.config.example.json', import.meta.url),
      'utf8',
    )
    const config = loadConfig({ cwd: dirWith(example), env: {} })
    expect(config).toEqual(DEFAULT_CONFIG)
    const parsed = JSON.parse(example) as Record<string, unknown>
    for (const key of Object.keys(DEFAULT_CONFIG)) {
      expect(parsed).toHaveProperty(key)
      expect(parsed.$doc).toHaveProperty(key)
    }
  })
})
