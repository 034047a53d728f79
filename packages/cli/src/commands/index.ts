/**
 * The list of commands, each registered by its own file and loaded only when it is the one run:
 * the CLI's start-up is part of every timed `mine` run, and some commands pull in database
 * drivers. Add a command as one line `{ name, load: async () => (await import('./x.js')).registerX }`.
 * @module
 */
import type { RegisterCommand } from './register.js'

export type { RegisterCommand } from './register.js'

/** A top-level command's name and a loader for its registration. */
export interface CommandEntry {
  name: string
  load: () => Promise<RegisterCommand>
}

/** Every command of the CLI, in help order. */
export const commands: CommandEntry[] = [
  { name: 'import', load: async () => (await import('./import.js')).registerImport },
  { name: 'train', load: async () => (await import('./train.js')).registerTrain },
  { name: 'recommend', load: async () => (await import('./recommend.js')).registerRecommend },
  { name: 'mine', load: async () => (await import('./mine.js')).registerMine },
  { name: 'eval', load: async () => (await import('./eval.js')).registerEval },
  {
    name: 'plan-accounts',
    load: async () => (await import('./plan-accounts.js')).registerPlanAccounts,
  },
  {
    name: 'selling-sheet',
    load: async () => (await import('./selling-sheet.js')).registerSellingSheet,
  },
  {
    name: 'simulate-lift',
    load: async () => (await import('./simulate-lift.js')).registerSimulateLift,
  },
  { name: 'backtest', load: async () => (await import('./backtest.js')).registerBacktest },
  { name: 'serve', load: async () => (await import('./serve.js')).registerServe },
]

/**
 * The registrations `argv` needs: only the named command's when the first word after the program
 * names one, else all of them (top-level help, typos and their suggestions).
 */
export async function loadCommands(argv: readonly string[]): Promise<RegisterCommand[]> {
  const word = argv.slice(2).find((arg) => !arg.startsWith('-'))
  const named = commands.filter((entry) => entry.name === word)
  return Promise.all((named.length > 0 ? named : commands).map((entry) => entry.load()))
}
