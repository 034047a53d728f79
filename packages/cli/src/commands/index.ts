/**
 * The list of commands, each registered by its own file.
 * @module
 */
import type { Command } from 'commander'

/** Registers one command on the program; `setExit` records the command's exit code. */
export type RegisterCommand = (program: Command, setExit: (code: number) => void) => void

/** Every command of the CLI. */
export const commands: RegisterCommand[] = []
