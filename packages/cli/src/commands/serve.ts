/**
 * `upcross serve`: the HTTP API over the configured store, until SIGINT or SIGTERM.
 * @module
 */
import type { Command } from 'commander'
import type { ServeFlags } from '../serve-run.js'
import type { RegisterCommand } from './register.js'

/** Registers `upcross serve`. */
export const registerServe: RegisterCommand = (program: Command, setExit) => {
  program
    .command('serve')
    .description('serve the HTTP API (OpenAPI docs at /docs) over the store until interrupted')
    .option(
      '--db <url>',
      'database URL (default: UPCROSS_DATABASE_URL or sqlite:./data/upcross.db)',
    )
    .option('--port <port>', 'port to listen on (default: UPCROSS_PORT or 8787; 0 = any free port)')
    .option('--host <address>', 'address to listen on (default: UPCROSS_HOST or 127.0.0.1)')
    .addHelpText(
      'after',
      '\nThe deployment admin token (creates stores, issues keys) comes from UPCROSS_ADMIN_TOKEN\nor upcross.config.json, never from a flag (flags show up in process lists).',
    )
    .action(async (flags: ServeFlags) => {
      // Loaded on use: fastify and the database driver are not needed by the other commands.
      const { runServe } = await import('../serve-run.js')
      setExit(await runServe(flags))
    })
}
