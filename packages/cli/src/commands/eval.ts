/**
 * `upcross eval`: offline evaluation of the model against baselines on public data sets.
 * Registration only; the runner is loaded on first use so the CLI starts fast.
 * @module
 */
import type { EvalFlags } from '../eval/args.js'
import type { RegisterCommand } from './register.js'

/** Adds one repeatable `--dataset` value to the list. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

const AFTER_HELP = `
Data and the protocol each fits:
  retail, retail_all, groceries  FIMI / Groceries baskets        basket-completion, random 80/20
  online_retail_france           Online Retail orders CSV        basket-completion, temporal 80/20
  tafeng                         Reality-Check JSON              next-basket, 5 keysets + TIFU split
  <file>.dat[.gz]                FIMI: item ids per line         basket-completion, random 80/20
  <file>.basket[.gz]             Groceries: names per line       basket-completion, random 80/20
  <file>.csv[.gz]                canonical or Online Retail      basket-completion, temporal 80/20
                                 orders (told by the header)
  <name>_history.json[.gz]       Reality-Check JSON with         next-basket, TIFU split
                                 <name>_future.json[.gz] beside

The Markdown report goes to stdout; --out also writes eval.md and eval.json.
Exit codes: 0 done, 1 failure, 2 bad flags, unknown or missing data.

Examples:
  upcross eval --dataset retail --dataset groceries --k 10,20
  upcross eval --dataset tafeng --protocol next-basket --quick
  upcross eval --dataset ./orders.csv.gz --methods cooccurrence,upcross --out reports/
  upcross eval --all --out docs`

/** Registers `upcross eval`. */
export const registerEval: RegisterCommand = (program, setExit) => {
  program
    .command('eval')
    .description(
      'evaluate upcross against popularity, co-occurrence and TopFreq baselines, with 95 % bootstrap CIs',
    )
    .option(
      '--dataset <name|path>',
      'a named data set or a file (see below); repeatable or comma-separated',
      collect,
    )
    .option('--all', 'every named data set (with --protocol, those of that protocol)')
    .option(
      '--protocol <name>',
      'basket-completion (hide one item of each test basket) or next-basket (predict the last basket); default: each data set’s own',
    )
    .option('--k <list>', 'cut-offs, comma-separated (default 10,20)')
    .option('--quick', 'smoke run: 400 test baskets, 1 keyset, 500 users, 200 resamples')
    .option('--resamples <n>', 'bootstrap resamples, ≥ 10 (default 1000; 200 with --quick)')
    .option(
      '--methods <list>',
      'only these methods: popularity, cooccurrence, G-TopFreq, P-TopFreq, GP-TopFreq, upcross',
    )
    .option('--out <dir>', 'also write eval.md and eval.json into this directory')
    .option(
      '--data-dir <dir>',
      'where the named data sets live (default: ../shared/datasets beside the repository root)',
    )
    .addHelpText('after', AFTER_HELP)
    .action(async (flags: EvalFlags) => {
      // Loaded on use: the runner pulls in the evaluation code the other commands never need.
      const { runEvalCommand } = await import('../eval/run-command.js')
      setExit(runEvalCommand(flags))
    })
}
