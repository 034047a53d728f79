/**
 * upcross/eval: offline evaluation — splits, metrics (one per file), protocols, baselines and
 * bootstrap confidence intervals. Pure: no I/O, no clock, seeded randomness only.
 * @module
 */

export { pythonRandom } from '../util/python-random.js'
export type { Rng } from '../util/rng.js'
export { mulberry32, shuffleInPlace } from '../util/rng.js'
export { offerType } from './backtest/offer-type.js'
export type { Bought } from './backtest/replay.js'
export { runBacktest, splitOrder } from './backtest/replay.js'
export type {
  BacktestAssumptions,
  BacktestOptions,
  BacktestPolicy,
  BacktestReport,
  OfferTypeTally,
  PolicyComparison,
  PolicyReport,
} from './backtest/types.js'
export { cooccurrenceRecommender } from './baselines/cooccurrence.js'
export { EASE_MAX_ITEMS, easeRecommender, easeWeights } from './baselines/ease.js'
export { gpTopFreqRecommender } from './baselines/gp-top-freq.js'
export type { UserHistories } from './baselines/p-top-freq.js'
export { pTopFreqRecommender } from './baselines/p-top-freq.js'
export { popularityRecommender } from './baselines/popularity.js'
export { pricierInCategory } from './baselines/pricier-in-category.js'
export type { BootstrapOptions, Interval } from './bootstrap.js'
export { bootstrapMean, bootstrapPairedDifference, bootstrapPairedRatio } from './bootstrap.js'
export { bootstrapClusteredDifference } from './bootstrap-clustered.js'
export { hitRate } from './metrics/hit-rate.js'
export { reciprocalRank } from './metrics/mrr.js'
export { ndcg } from './metrics/ndcg.js'
export { personalHit } from './metrics/phr.js'
export { recall } from './metrics/recall.js'
export { revenueAtK } from './metrics/revenue-at-k.js'
export type {
  BasketCompletionOptions,
  BasketCompletionResult,
} from './protocols/basket-completion.js'
export { runBasketCompletion } from './protocols/basket-completion.js'
export type {
  NextBasketFactory,
  NextBasketMethod,
  NextBasketOptions,
  NextBasketResult,
  UserFold,
  UserSequences,
} from './protocols/next-basket.js'
export { historyBaskets, runNextBasket } from './protocols/next-basket.js'
export type { TradeUpOptions, TradeUpResult } from './protocols/trade-up.js'
export { runTradeUp } from './protocols/trade-up.js'
export type {
  Purchase,
  TradeUpMethod,
  TradeUpTraining,
  UpsellLister,
} from './protocols/trade-up-data.js'
export type { SkuFacts, TradeUpEvent, TradeUpRule } from './protocols/trade-up-events.js'
export {
  crossCutoffEvents,
  DEFAULT_TRADE_UP_RULE,
  historyEvents,
  isTradeUp,
} from './protocols/trade-up-events.js'
export { basketTimes, medianPrices, timeCutoff, trainingView } from './protocols/trade-up-split.js'
export type { BasketSplit } from './splits/basket-split.js'
export { randomSplit, temporalSplit } from './splits/basket-split.js'
export type { BasketQuery, LeaveOneOutOptions } from './splits/leave-one-out.js'
export { leaveOneOut } from './splits/leave-one-out.js'
export { subsetBaskets } from './splits/subset.js'
export type { UserSplit } from './splits/user-split.js'
export { keysetSplit, tifuSplit } from './splits/user-split.js'
export type {
  EvalMethod,
  MethodResult,
  MetricVectors,
  Recommender,
  RecommenderFactory,
  RecommendQuery,
} from './types.js'
export type { SanityCounts, UpsellSanity } from './upsell-sanity.js'
export { upsellSanity } from './upsell-sanity.js'
