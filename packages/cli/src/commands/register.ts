/**
 * The shape of a command's registration.
 * @module
 */
import type { Command } from 'commander'

/** Registers one command on the program; `setExit` records the command's exit code. */
export type RegisterCommand = (program: Command, setExit: (code: number) => void) => void
