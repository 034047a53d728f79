/**
 * What `upcross serve` does: open the store by URL, start the API, stop cleanly on a signal.
 * @module
 */
import { type ServerConfig, startServer } from '@upcross/server'
import { openStore } from '@upcross/store-sql'
import { loadConfig } from './config.js'
import { EXIT } from './exit-codes.js'

/** The options of `upcross serve` as commander parses them. */
export interface ServeFlags {
  db?: string
  port?: string
  host?: string
}

/**
 * Serves until `signals` emits SIGINT or SIGTERM; resolves to the exit code. `server` overrides
 * server settings (tests silence the log).
 */
export async function runServe(
  flags: ServeFlags,
  signals: NodeJS.EventEmitter = process,
  server: Partial<ServerConfig> = {},
): Promise<number> {
  const config = loadConfig({
    flags: { databaseUrl: flags.db, port: flags.port, host: flags.host },
  })
  const store = await openStore(config.databaseUrl)
  let started: Awaited<ReturnType<typeof startServer>>
  try {
    started = await startServer({
      store,
      host: config.host,
      port: config.port,
      config: {
        adminToken: config.adminToken,
        ...(config.smtpUrl !== undefined && config.smtpFrom !== undefined
          ? { smtp: { url: config.smtpUrl, from: config.smtpFrom } }
          : {}),
        ...server,
      },
    })
  } catch (error) {
    await store.close()
    throw error
  }
  process.stderr.write(
    `upcross serving ${config.databaseUrl} on ${started.url} (API docs: ${started.url}/docs)\n` +
      (config.adminToken === undefined
        ? 'no admin token set (UPCROSS_ADMIN_TOKEN): stores cannot be created over HTTP\n'
        : ''),
  )
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    signals.once('SIGINT', stop)
    signals.once('SIGTERM', stop)
  })
  await started.close()
  await store.close()
  return EXIT.ok
}
