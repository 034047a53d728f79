/**
 * upcross: pure TypeScript mining, ranking and offers for upsell and cross-sell; no I/O.
 * @module
 */

export type { DailyPoint } from './analytics/daily.js'
export { dailySeries } from './analytics/daily.js'
export type { ArmSummary, LiftMetric, LiftOptions, LiftReport } from './analytics/lift.js'
export { liftReport } from './analytics/lift.js'
export type {
  ArmColumns,
  ArmStatistic,
  ArmSums,
  ResampleOptions,
} from './analytics/lift-bootstrap.js'
export { bootstrapArms } from './analytics/lift-bootstrap.js'
export type { CostOf } from './analytics/margin.js'
export { lineMargin } from './analytics/margin.js'
export type { AnalyticsOptions, OfferAnalytics, OfferMetrics } from './analytics/offer-metrics.js'
export { offerAnalytics } from './analytics/offer-metrics.js'
export type { OrderSummary } from './analytics/orders.js'
export { summarizeOrders } from './analytics/orders.js'
export type { UnitOutcome, UnitOutcomeOptions } from './analytics/unit-outcomes.js'
export { unitOutcomes } from './analytics/unit-outcomes.js'
export type {
  AttributedLine,
  Attribution,
  AttributionOptions,
} from './attribution/attribute.js'
export { attribute } from './attribution/attribute.js'
export type { TrackedEvent, TrackedEventKind } from './attribution/events.js'
export { DEFAULT_ATTRIBUTION_WINDOW_MS, TRACKED_EVENT_KINDS } from './attribution/events.js'
export type { LineRefund } from './attribution/refunds.js'
export { refundShares } from './attribution/refunds.js'
export { takenImpressions } from './attribution/takes.js'
export { countAttach } from './catalog/attach-counts.js'
export type { CatalogItem } from './catalog/catalog-items.js'
export { catalogItems } from './catalog/catalog-items.js'
export type {
  AttachCounts,
  DeclaredRelation,
  ModelCatalog,
  TierInfo,
} from './catalog/model-catalog.js'
export type { ResolvedCatalog } from './catalog/resolve-catalog.js'
export { resolveCatalog } from './catalog/resolve-catalog.js'
export { tierRank } from './catalog/tier-rank.js'
export { validateCatalog } from './catalog/validate-catalog.js'
export type { Minor } from './domain/money.js'
export { formatMinor, MINOR_PER_MAJOR, parseMinor } from './domain/money.js'
export type { Offer, OfferKind } from './domain/offer.js'
export type { Order, OrderLine, OrderLineItem } from './domain/order.js'
export { groupConsecutiveLines, groupConsecutiveLinesAsync } from './domain/order.js'
export type { Placement } from './domain/placement.js'
export { isPlacement, PLACEMENTS } from './domain/placement.js'
export type { Product, RelationKind } from './domain/product.js'
export { RELATION_KINDS } from './domain/product.js'
export type {
  AddonReason,
  AddonRelation,
  BoughtBeforeReason,
  BoughtTogetherReason,
  BundleReason,
  ChoiceReason,
  LimitedTimeReason,
  LoyaltyProgressReason,
  MerchantRuleReason,
  ObjectiveFallbackReason,
  PopularReason,
  Reason,
  ThresholdGapReason,
  ThresholdReward,
  UpgradeGain,
  UpgradeReason,
  UpgradeSource,
} from './domain/reason.js'
export type { RecommendRequest } from './domain/recommend-request.js'
export { DEFAULT_LIMIT, MAX_LIMIT, parseRecommendRequest } from './domain/recommend-request.js'
export type { ErrorCode, Issue, IssueSource, Result, UpcrossErrorOptions } from './errors.js'
export { assert, fail, formatIssue, isUpcrossError, ok, UpcrossError } from './errors.js'
export { assignHoldout, assignVariant, DEFAULT_HOLDOUT_SALT } from './experiments/assign.js'
export { assignmentUnit, bucketOf } from './experiments/bucket.js'
export { parseExperiments, parseHoldoutConfig } from './experiments/parse.js'
export type { Experiment, HoldoutConfig, Variant } from './experiments/types.js'
export type {
  AcceptanceCounts,
  AcceptanceOptions,
  ArmCounts,
  ArmKey,
} from './feedback/acceptance.js'
export { acceptanceBelief, acceptanceKey, countAcceptance } from './feedback/acceptance.js'
export type { Beta } from './feedback/beta.js'
export {
  betaPrior,
  DEFAULT_PRIOR_WEIGHT,
  posteriorMean,
  thompsonSample,
  updateBeta,
} from './feedback/beta.js'
export type {
  CooccurrenceDeltaData,
  CooccurrenceDeltaOptions,
} from './feedback/cooccurrence-delta.js'
export { CooccurrenceDelta } from './feedback/cooccurrence-delta.js'
export type { DeltaNeighbour } from './feedback/delta-neighbours.js'
export { deltaNeighbours } from './feedback/delta-neighbours.js'
export { sampleGamma, sampleNormal } from './feedback/gamma.js'
export type { OrderRecordParser } from './ingest/canonical-orders.js'
export { CANONICAL_ORDER_COLUMNS, createCanonicalOrderParser } from './ingest/canonical-orders.js'
export type { ProductRecordParser } from './ingest/canonical-products.js'
export {
  CANONICAL_PRODUCT_COLUMNS,
  CANONICAL_PRODUCT_OPTIONAL_COLUMNS,
  createCanonicalProductParser,
} from './ingest/canonical-products.js'
export type { FimiBasketHandler, FimiParser, FimiParserOptions } from './ingest/fimi.js'
export { createFimiParser } from './ingest/fimi.js'
export type {
  FimiBasketReader,
  FimiBasketReaderOptions,
  FimiBasketReadResult,
} from './ingest/fimi-baskets.js'
export { createFimiBasketReader } from './ingest/fimi-baskets.js'
export type { FimiOrderParserOptions } from './ingest/fimi-orders.js'
export { createFimiOrderParser } from './ingest/fimi-orders.js'
export { parseGroceriesBasket } from './ingest/groceries-basket.js'
export type { InstacartOrder, InstacartOrderIndexBuilder } from './ingest/instacart.js'
export {
  createInstacartOrderIndex,
  createInstacartOrderProductParser,
  INSTACART_EPOCH,
} from './ingest/instacart.js'
export type { InstacartNameTableBuilder } from './ingest/instacart-products.js'
export {
  createInstacartNameTable,
  createInstacartProductParser,
} from './ingest/instacart-products.js'
export type { NbrJsonOptions } from './ingest/nbr-json.js'
export { NBR_EPOCH, parseNbrJson } from './ingest/nbr-json.js'
export type { OnlineRetailLine } from './ingest/online-retail.js'
export {
  createOnlineRetailDetailParser,
  createOnlineRetailParser,
  isOnlineRetailProductCode,
  ONLINE_RETAIL_COLUMNS,
  ONLINE_RETAIL_NON_PRODUCT_CODES,
} from './ingest/online-retail.js'
export {
  deriveOnlineRetailProducts,
  OnlineRetailProductDeriver,
} from './ingest/online-retail-products.js'
export {
  DAY_MS,
  HOUR_MS,
  isZonelessIsoDateTime,
  parseIsoTimestamp,
  parseUsDateTime,
  utcInstant,
} from './ingest/timestamp.js'
export type {
  OrderFormat,
  OrderLineOutcome,
  ProductOutcome,
  RecordOutcome,
  TextRecord,
} from './ingest/types.js'
export { ORDER_FORMATS } from './ingest/types.js'
export type { BasketSet } from './mining/basket-set.js'
export { BasketSetBuilder, basketSkus, sortUnique } from './mining/basket-set.js'
export type {
  Cooccurrence,
  CooccurrenceOptions,
  CooccurrenceRowVisitor,
  CooccurrenceTotals,
} from './mining/cooccurrence.js'
export { countCooccurrence, pairCount, visitCooccurrenceRows } from './mining/cooccurrence.js'
export type { CustomerHistory } from './mining/customer-history.js'
export { buildCustomerHistory } from './mining/customer-history.js'
export { decayWeights, latestTime } from './mining/decay.js'
export type { FrequentPairs, FrequentPairsOptions } from './mining/frequent-pairs.js'
export { countFrequentPairs } from './mining/frequent-pairs.js'
export { countItems } from './mining/item-counts.js'
export type { ItemsetOptions, Itemsets } from './mining/itemsets.js'
export { emptyItemsets, itemsetAt, itemsetIndex, mineItemsets } from './mining/itemsets.js'
export type { AssociationParams } from './mining/measures.js'
export {
  associationWeight,
  confidence,
  DEFAULT_ASSOCIATION,
  lift,
  support,
} from './mining/measures.js'
export type { NeighbourOptions, Neighbours } from './mining/neighbours.js'
export { buildNeighbours } from './mining/neighbours.js'
export { MIN_REPEAT_BUYERS, repeatRates } from './mining/repeat-rates.js'
export type { UserVectorParams } from './mining/user-vectors.js'
export { buildUserVectors, userVector } from './mining/user-vectors.js'
export type { Model, ModelMeta, ModelParts, PersonalParams, TrainParams } from './model/model.js'
export { assembleModel, MODEL_VERSION } from './model/model.js'
export { deserializeModel, serializeModel } from './model/serialize.js'
export type { TrainOptions } from './model/train.js'
export { DEFAULT_PERSONAL, resolveTrainParams, trainModel } from './model/train.js'
export type { TrainingInput } from './model/training-input.js'
export {
  basketsOfInput,
  TrainingInputBuilder,
  trainFromInput,
  trainingInputBuffers,
} from './model/training-input.js'
export { ADDON_RELATIONS, addonOffers } from './offers/addons.js'
export type {
  BundleCatalog,
  BundleOffer,
  BundleParams,
  BundleSource,
  DeclaredBundle,
} from './offers/bundles.js'
export { bundleOffers, bundleSource, DEFAULT_BUNDLE } from './offers/bundles.js'
export type { BundlePrice } from './offers/bundles-price.js'
export { priceBundle } from './offers/bundles-price.js'
export { CHOICE_GAP, choiceOffers } from './offers/choices.js'
export type { LadderOption } from './offers/declared-ladder.js'
export { declaredDowngrades, declaredUpgrades, variantSiblings } from './offers/declared-ladder.js'
export type {
  FollowUpBasis,
  FollowUpContext,
  FollowUpMessage,
  FollowUpPurchase,
  FollowUpSettings,
} from './offers/follow-up-schedule.js'
export { DEFAULT_FOLLOW_UP, followUpSchedule } from './offers/follow-up-schedule.js'
export { changesBetween } from './offers/gains.js'
export type { ActiveOffer, LimitedTimeOffer } from './offers/limited-time.js'
export { activeOffers, parseLimitedTimeOffer } from './offers/limited-time.js'
export type { LoyaltyProgram, LoyaltyProgress, PointsProgram, PunchCard } from './offers/loyalty.js'
export { loyaltyProgress, parseLoyaltyProgram } from './offers/loyalty.js'
export { priceStep } from './offers/price-step.js'
export type {
  Redeemed,
  Redemption,
  ReferralCode,
  ReferralReward,
  ReferralState,
} from './offers/referral.js'
export { parseReferralCode, redeemReferral } from './offers/referral.js'
export type { SizeHint } from './offers/size-hint.js'
export { compareSize, sizeHints } from './offers/size-hint.js'
export type { CartThresholds, ThresholdCart, ThresholdCartLine } from './offers/threshold-cart.js'
export { countedSubtotal, countsToward, evaluateCart, ruleSetFor } from './offers/threshold-cart.js'
export type { GapFillerOptions, GapFillerSource } from './offers/threshold-nudge.js'
export { gapFillers } from './offers/threshold-nudge.js'
export type {
  ThresholdCounting,
  ThresholdRuleSet,
  ThresholdRules,
  ThresholdTier,
} from './offers/threshold-rules.js'
export { parseThresholdRules } from './offers/threshold-rules.js'
export type { Upgrade } from './offers/upsell.js'
export { learnedUpgrades, upgradesOf, upsellOffers } from './offers/upsell.js'
export { crossSell, PERSONAL_CART_WEIGHT } from './ranking/cross-sell.js'
export type { MessageCatalog, NameOf } from './ranking/explain.js'
export { describeReason, ENGLISH } from './ranking/explain.js'
export type { DropCatalog } from './ranking/explain-drop.js'
export { describeDrop, ENGLISH_DROPS } from './ranking/explain-drop.js'
export { applyGuards } from './ranking/guards/apply.js'
export { coversCost } from './ranking/guards/covers-cost.js'
export { dismissedRecently } from './ranking/guards/dismissed.js'
export type { Cap, FrequencyCaps } from './ranking/guards/frequency-cap.js'
export { frequencyCap } from './ranking/guards/frequency-cap.js'
export { notInCart } from './ranking/guards/in-cart.js'
export { inStock } from './ranking/guards/out-of-stock.js'
export { notOwned, ownedSkus } from './ranking/guards/owned.js'
export { placementCap } from './ranking/guards/placement-cap.js'
export { relevanceFloor } from './ranking/guards/relevance-floor.js'
export { PLACEMENT_KINDS, timing } from './ranking/guards/timing.js'
export type {
  Dropped,
  FeedbackEvent,
  Guard,
  GuardContext,
  GuardDrop,
  GuardName,
  Impression,
} from './ranking/guards/types.js'
export { DURABLE_REPEAT_RATE, isDurable, ownedDurables } from './ranking/ownership.js'
export type { PersonalProfile, PersonalWeights } from './ranking/personal.js'
export { DEFAULT_PERSONAL_WEIGHTS, personalNext, personalProfile } from './ranking/personal.js'
export type { OfferContext, OfferResult, ServedOffer } from './ranking/pipeline/context.js'
export type { ItemFacts } from './ranking/pipeline/item-facts.js'
export { itemFacts, newItemFacts } from './ranking/pipeline/item-facts.js'
export { parseOfferSettings } from './ranking/pipeline/parse-settings.js'
export { serveOffers } from './ranking/pipeline/serve-offers.js'
export type {
  BundleSettings,
  GuardSettings,
  OfferSettings,
  PlacementSettings,
} from './ranking/pipeline/settings.js'
export { defaultOfferSettings } from './ranking/pipeline/settings.js'
export {
  OFFER_SECTIONS,
  settingsFromDocuments,
} from './ranking/pipeline/settings-from-documents.js'
export { DEFAULT_UPSELL_PRIOR } from './ranking/pipeline/strength.js'
export { productPage } from './ranking/product-page.js'
export { recommend } from './ranking/recommend.js'
export type { Objective, ProfitOptions } from './ranking/scorers/profit.js'
export { acceptProbability, profitOf, scoreByObjective } from './ranking/scorers/profit.js'
export { similarCustomers } from './ranking/similar-customers.js'
export { applyMerchantRules } from './rules/apply.js'
export type { Candidate } from './rules/candidate.js'
export { isAvailable } from './rules/candidate.js'
export { parseMerchantRules } from './rules/parse.js'
export type {
  ExcludeRule,
  ItemMatch,
  LinkRule,
  MerchantRule,
  MerchantRuleSet,
  PinRule,
  RuleContext,
  RuleEffect,
  RuleOutcome,
  RuleTrace,
  RuleWhen,
  ScoreRule,
  UnavailablePolicy,
} from './rules/types.js'
export type {
  AccountPlan,
  AccountPlanOptions,
  LineItem,
  PlannedLine,
} from './selling/account-plan.js'
export { planAccounts } from './selling/account-plan.js'
export type { LineKey, LineOptions } from './selling/product-lines.js'
export { lineOf } from './selling/product-lines.js'
export type {
  SellingSheetOptions,
  SheetOffer,
  SheetProduct,
} from './selling/selling-sheet.js'
export { sellingSheet } from './selling/selling-sheet.js'
export type { TillPrompt } from './selling/till-prompts.js'
export { MAX_TILL_PROMPTS, tillPrompts } from './selling/till-prompts.js'
export type { UpgradeInput, UpgradeRows } from './upgrades/learn-upgrades.js'
export {
  emptyUpgrades,
  learnUpgrades,
  MAX_TOGETHER_CONFIDENCE,
  MAX_TOGETHER_LIFT,
} from './upgrades/learn-upgrades.js'
export type { UpsellParams } from './upgrades/params.js'
export { DEFAULT_UPSELL } from './upgrades/params.js'
export { FloatBuffer, IntBuffer } from './util/int-buffer.js'
export type { Interval } from './util/interval.js'
export { percentileInterval, quantileSorted } from './util/interval.js'
export { murmur3 } from './util/murmur3.js'
export type { Rng } from './util/rng.js'
export { mulberry32 } from './util/rng.js'
export type { SparseRows } from './util/sparse-rows.js'
export { topK } from './util/top-k.js'
export { decodeUtf8, encodeUtf8 } from './util/utf8.js'
