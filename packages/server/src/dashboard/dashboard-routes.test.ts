import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { installErrorHandlers } from '../errors/handler.js'
import { dashboardRoutes } from './dashboard-routes.js'

function builtDashboard(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'upx-dash-')), 'dist')
  mkdirSync(join(dir, 'assets'), { recursive: true })
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>upcross dashboard</title>')
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)')
  return dir
}

describe('dashboardRoutes', () => {
  const apps: ReturnType<typeof Fastify>[] = []
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.close()
  })
  const appWith = async (dir: string) => {
    const app = Fastify()
    installErrorHandlers(app, 1 << 20)
    await app.register(dashboardRoutes, { dir })
    apps.push(app)
    return app
  }

  it('serves the built files at /dashboard/ with security and cache headers', async () => {
    const app = await appWith(builtDashboard())
    const index = await app.inject({ url: '/dashboard/' })
    expect(index.statusCode).toBe(200)
    expect(index.body).toContain('upcross dashboard')
    expect(index.headers['cache-control']).toBe('no-cache')
    expect(index.headers['content-security-policy']).toContain("connect-src 'self'")
    const asset = await app.inject({ url: '/dashboard/assets/index-abc123.js' })
    expect(asset.statusCode).toBe(200)
    expect(asset.headers['cache-control']).toContain('immutable')
    const bare = await app.inject({ url: '/dashboard' })
    expect(bare.statusCode).toBe(301)
    expect(bare.headers.location).toBe('/dashboard/')
  })

  it('says how to build the dashboard when it is not built', async () => {
    const app = await appWith(join(tmpdir(), 'upx-no-such-dashboard'))
    const r = await app.inject({ url: '/dashboard/' })
    expect(r.statusCode).toBe(404)
    expect(r.json().error.message).toContain('npm run build -w apps/dashboard')
  })
})
