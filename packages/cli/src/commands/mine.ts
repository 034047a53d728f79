/**
 * `upcross mine pairs <file>`: frequent item pairs of a basket file, with timings and peak memory.
 * Registration only; the work is loaded on first use so the CLI starts fast.
 * @module
 */
import { InvalidArgumentError, Option } from 'commander'
import type { RegisterCommand } from './register.js'

/** Parses `--min-support`: a share of baskets in (0, 1]. */
export function parseMinSupport(value: string): number {
  const share = Number(value)
  if (value.trim() === '' || !(share > 0 && share <= 1)) {
    throw new InvalidArgumentError('expected a share of baskets in (0, 1], e.g. 0.001 for 0.1 %')
  }
  return share
}

/** Registers `mine pairs`. */
export const registerMine: RegisterCommand = (program, setExit) => {
  const mine = program.command('mine').description('mine association patterns from a basket file')
  mine
    .command('pairs')
    .description('count the item pairs bought together in at least --min-support of the baskets')
    .argument(
      '<file>',
      'FIMI basket file: one basket per line, item ids separated by spaces; .gz ok',
    )
    .requiredOption(
      '--min-support <share>',
      'minimum support as a share of baskets, in (0, 1]',
      parseMinSupport,
    )
    .addOption(new Option('--format <format>', 'input format').choices(['fimi']).default('fimi'))
    .option('--json', 'print the summary as JSON')
    .option('--out <file>', 'write the frequent pairs as CSV: sku_a,sku_b,count')
    .action(async (file: string, options: { minSupport: number; json?: boolean; out?: string }) => {
      const { runMinePairs } = await import('./mine-pairs.js')
      setExit(await runMinePairs(file, options))
    })
}
