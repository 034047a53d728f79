/**
 * The next-basket sections: Reality-Check keysets and the TIFU-KNN split of TaFeng.
 * @module
 */
import { resolve } from 'node:path'
import {
  gpTopFreqRecommender,
  type NextBasketMethod,
  popularityRecommender,
  pTopFreqRecommender,
  runNextBasket,
  tifuSplit,
  type UserFold,
} from 'upcross/eval'
import type { NextBasketSpec } from './datasets.js'
import { loadKeysetTestUsers, loadNbrSequences } from './load/nbr.js'
import { REFERENCES } from './references.js'
import type { EvalSection } from './report-types.js'
import type { SectionSettings } from './run-basket-completion.js'
import { compare, concatFolds, summarizeMetrics } from './summarize.js'
import { type Timer, timed } from './timing.js'
import { upcrossFactory } from './upcross-method.js'

/** Test users per fold used by `--quick`. */
const QUICK_USERS = 500

/**
 * Runs G-TopFreq, P-TopFreq, GP-TopFreq and upcross (`follow_up`, empty cart) on the history
 * baskets, and scores the future basket of the test users: once over the published keysets
 * (mean of fold means; skipped when the spec has none), once on the TIFU-KNN split (users by id,
 * last 20 %).
 */
export function runNextBasketSections(
  spec: NextBasketSpec,
  settings: SectionSettings,
): EvalSection[] {
  const at = (p: string) => resolve(settings.dataDir, p)
  const data = loadNbrSequences(at(spec.history), at(spec.future))
  const users = [...data.futures.keys()]
  const trim = (u: string[]) => (settings.quick ? u.slice(0, QUICK_USERS) : u)
  const keysets = (settings.quick ? spec.keysets.slice(0, 1) : spec.keysets).map((file, i) => ({
    name: `keyset ${i}`,
    testUsers: trim(loadKeysetTestUsers(at(file))),
  }))
  const tifu: UserFold = { name: 'TIFU split', testUsers: trim(tifuSplit(users).test) }
  const candidates: NextBasketMethod[] = [
    { name: 'G-TopFreq', factory: popularityRecommender },
    { name: 'P-TopFreq', factory: pTopFreqRecommender },
    { name: 'GP-TopFreq', factory: gpTopFreqRecommender },
    { name: 'upcross', factory: upcrossFactory('follow_up') },
  ]
  const chosen = candidates.filter((m) => !settings.methods || settings.methods.includes(m.name))
  const timers = new Map<string, Timer>()
  const methods = chosen.map((m) => {
    const timer: Timer = { trainMs: 0, queryMs: 0 }
    timers.set(m.name, timer)
    return { name: m.name, factory: timed(m.factory, timer) }
  })
  settings.log(`${spec.name}: ${users.length} users, ${keysets.length} keysets + TIFU split`)
  const result = runNextBasket({ data, folds: [...keysets, tifu], methods, ks: settings.ks })
  const names = result.metricNames
  const section = (
    split: string,
    folds: typeof result.folds,
    description: string,
    notes: string[],
  ): EvalSection => {
    const strata = folds.map((f) => f.users.length)
    const options = { resamples: settings.resamples, seed: settings.seed, strata }
    const vectors = new Map(
      methods.map((m) => [
        m.name,
        concatFolds(
          folds.map((f) => f.methods.find((x) => x.name === m.name)!.metrics),
          names,
        ),
      ]),
    )
    const ours = vectors.get('upcross')
    const bar = vectors.get('GP-TopFreq')
    const key = `${spec.name}/next-basket/${split}`
    return {
      key,
      dataset: spec.name,
      protocol: 'next-basket',
      split,
      description,
      queries: strata.reduce((s, n) => s + n, 0),
      folds: folds.length,
      metricNames: names,
      methods: methods.map((m) => ({
        name: m.name,
        trainMs: timers.get(m.name)!.trainMs,
        queryMs: timers.get(m.name)!.queryMs,
        timedQueries: result.folds.reduce((n, f) => n + f.users.length, 0),
        metrics: summarizeMetrics(vectors.get(m.name)!, names, options),
      })),
      ...(ours && bar
        ? { comparison: compare('upcross', ours, 'GP-TopFreq', bar, names, options) }
        : {}),
      references: REFERENCES[key] ?? [],
      notes,
    }
  }
  const timingNote =
    'Each method is trained once on all users’ history baskets; train/query times cover all sections of this data set.'
  const tifuSection = section(
    'tifu',
    result.folds.slice(keysets.length),
    `TIFU-KNN split: ${users.length} users sorted by id, test = last 20 % (${tifu.testUsers.length} users)`,
    [timingNote],
  )
  if (keysets.length === 0) return [tifuSection]
  return [
    section(
      'keysets',
      result.folds.slice(0, keysets.length),
      `Reality-Check protocol: ${keysets.length} published keysets (test users = 20 %), metrics averaged over test users, then over keysets (CI: users resampled within each keyset)`,
      [timingNote],
    ),
    tifuSection,
  ]
}
