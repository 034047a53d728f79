/**
 * The `upcross` command line: one file per command under `commands/`. Everything imported here is
 * loaded by every run, so it takes the core's light `upcross/errors` entry, not all of `upcross`.
 * @module
 */
import { Command, CommanderError } from 'commander'
import { formatIssue, isUpcrossError } from 'upcross/errors'
import { loadCommands } from './commands/index.js'
import { EXIT, exitCodeFor } from './exit-codes.js'

/** Runs the CLI with `argv` (as `process.argv`) and resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('upcross')
    .description(
      'upcross: learn what sells with what from order history and serve the offers that add value',
    )
    .showHelpAfterError()
    .exitOverride()
  let exitCode: number = EXIT.ok
  for (const register of await loadCommands(argv)) {
    register(program, (code) => {
      exitCode = code
    })
  }
  try {
    await program.parseAsync([...argv])
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    if (isUpcrossError(error)) {
      process.stderr.write(`upcross: ${error.message}\n`)
      for (const issue of error.issues ?? []) process.stderr.write(`  ${formatIssue(issue)}\n`)
    } else {
      process.stderr.write(
        `upcross: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      )
    }
    return exitCodeFor(error)
  }
}
