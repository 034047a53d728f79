/**
 * Next-basket prediction: the protocol of "A Next Basket Recommendation Reality Check".
 * @module
 */

import { NBR_EPOCH } from '../../ingest/nbr-json.js'
import { DAY_MS } from '../../ingest/timestamp.js'
import { type BasketSet, BasketSetBuilder } from '../../mining/basket-set.js'
import type { UserHistories } from '../baselines/p-top-freq.js'
import { reciprocalRank } from '../metrics/mrr.js'
import { ndcg } from '../metrics/ndcg.js'
import { personalHit } from '../metrics/phr.js'
import { recall } from '../metrics/recall.js'
import type { MetricVectors, Recommender } from '../types.js'

/** Each user's history baskets (in order) and the next ("future") basket to predict. */
export interface UserSequences {
  histories: UserHistories
  futures: ReadonlyMap<string, readonly string[]>
}

/**
 * Trains a next-basket recommender. It gets the training baskets and the same histories as
 * ordered lists (a `RecommenderFactory`, which ignores the second argument, fits too).
 */
export type NextBasketFactory = (train: BasketSet, histories: UserHistories) => Recommender

/** A named next-basket method. */
export interface NextBasketMethod {
  name: string
  factory: NextBasketFactory
}

/** One set of test users (a keyset's test part, or the TIFU-KNN test users). */
export interface UserFold {
  name: string
  testUsers: readonly string[]
}

/** Options of `runNextBasket`. */
export interface NextBasketOptions {
  data: UserSequences
  folds: readonly UserFold[]
  methods: readonly NextBasketMethod[]
  /** Cut-offs; default [10, 20]. */
  ks?: readonly number[]
  /**
   * Time of basket k (0-based) of a user; default `NBR_EPOCH + k` days, the convention of the
   * NBR JSON reader (the data has no dates, only order). The query `at` is the future basket's.
   */
  basketTime?: (user: string, k: number) => number
}

/** Per fold: its users (with a non-empty future) and each method's per-user metric vectors. */
export interface NextBasketResult {
  metricNames: string[]
  folds: { name: string; users: string[]; methods: { name: string; metrics: MetricVectors }[] }[]
}

/**
 * Trains each method once on every user's history baskets (the future baskets are never
 * trained on, as in the authors' baselines and `pop` files), then for each test user asks for
 * max(ks) items with an empty cart, the customer id and the future basket's time, and scores
 * the list against the future basket: Recall@K, NDCG@K (IDCG over |truth|), PHR@K, MRR@K.
 * Users whose future basket is missing or empty are skipped.
 */
export function runNextBasket(options: NextBasketOptions): NextBasketResult {
  const { data, folds, methods } = options
  const ks = options.ks ?? [10, 20]
  const limit = Math.max(...ks)
  const time = options.basketTime ?? ((_user: string, k: number) => NBR_EPOCH + k * DAY_MS)
  const train = historyBaskets(data.histories, time)
  const metricNames: string[] = []
  for (const k of ks) metricNames.push(`Recall@${k}`, `NDCG@${k}`, `PHR@${k}`, `MRR@${k}`)
  const recommenders = methods.map((m) => ({
    name: m.name,
    recommend: m.factory(train, data.histories),
  }))
  return {
    metricNames,
    folds: folds.map((fold) => {
      const users = fold.testUsers.filter((u) => (data.futures.get(u)?.length ?? 0) > 0)
      return {
        name: fold.name,
        users,
        methods: recommenders.map(({ name, recommend }) => {
          const metrics: MetricVectors = {}
          for (const m of metricNames) metrics[m] = new Float64Array(users.length)
          users.forEach((user, j) => {
            const truth = new Set(data.futures.get(user)!)
            const at = time(user, data.histories.get(user)?.length ?? 0)
            const ranked = recommend({ cart: [], customer: user, at, limit }).slice(0, limit)
            for (const k of ks) {
              metrics[`Recall@${k}`]![j] = recall(ranked, truth, k)
              metrics[`NDCG@${k}`]![j] = ndcg(ranked, truth, k)
              metrics[`PHR@${k}`]![j] = personalHit(ranked, truth, k)
              metrics[`MRR@${k}`]![j] = reciprocalRank(ranked, truth, k)
            }
          })
          return { name, metrics }
        }),
      }
    }),
  }
}

/** Every user's history baskets as one `BasketSet`, users in map order, baskets in order. */
export function historyBaskets(
  histories: UserHistories,
  time: (user: string, k: number) => number,
): BasketSet {
  const builder = new BasketSetBuilder()
  for (const [user, baskets] of histories) {
    baskets.forEach((basket, k) => {
      builder.addSkus(basket, time(user, k), user)
    })
  }
  return builder.build()
}
