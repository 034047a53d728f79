import { describe, expect, it } from 'vitest'
import { commands, loadCommands } from './index.js'
import { registerMine } from './mine.js'

describe('loadCommands', () => {
  it('loads only the command named first, skipping options before it', async () => {
    expect(await loadCommands(['node', 'upcross', 'mine', 'pairs', 'x.dat'])).toEqual([
      registerMine,
    ])
    expect(await loadCommands(['node', 'upcross', '--verbose', 'mine'])).toEqual([registerMine])
  })

  it('loads every command for top-level help and unknown words', async () => {
    expect(await loadCommands(['node', 'upcross', '--help'])).toHaveLength(commands.length)
    expect(await loadCommands(['node', 'upcross', 'mien'])).toHaveLength(commands.length)
  })

  it('names each command as it registers itself', async () => {
    const { Command } = await import('commander')
    for (const entry of commands) {
      const program = new Command('upcross')
      ;(await entry.load())(program, () => {})
      expect(program.commands.map((c) => c.name())).toEqual([entry.name])
    }
  })
})
