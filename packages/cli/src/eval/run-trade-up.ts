/**
 * Trade-up sections: load purchases with prices and categories, run the protocol, summarise.
 * @module
 */
import { resolve } from 'node:path'
import { type Model, resolveTrainParams } from 'upcross'
import {
  bootstrapClusteredDifference,
  type Interval,
  type Purchase,
  pricierInCategory,
  runTradeUp,
  type TradeUpMethod,
  type TradeUpResult,
  type TradeUpRule,
  upsellSanity,
} from 'upcross/eval'
import type { TradeUpSpec } from './datasets.js'
import { loadDunnhumby } from './load/dunnhumby.js'
import { loadOnlineRetailPurchases } from './load/online-retail-purchases.js'
import { RETAIL_CATEGORY_NOUNS } from './load/retail-category.js'
import type { EvalSection, MethodSummary } from './report-types.js'
import type { SectionSettings } from './run-basket-completion.js'
import { compare, summarizeMetrics } from './summarize.js'
import { trainUpsellModel, upcrossUpsells } from './upcross-upsell.js'
import { verdict } from './verdict.js'

/** The baseline's method name. */
export const TRADE_UP_BASELINE = 'pricier-same-category'

/** Cut-offs of trade-up prediction. */
const KS = [3, 10]

/** One category variant of a data set: its purchases, categories and how they were made. */
interface Variant {
  label: string
  category: string
  purchases: Purchase[]
  categories: ReadonlyMap<string, string>
  notes: string[]
}

/** A price rule of the events, with the label its section key carries. */
interface RuleVariant {
  label: string
  rule: Partial<TradeUpRule>
}

/**
 * The rules: every strictly pricier B, then only B within the engine's default upsell price step
 * (`resolveTrainParams().upsell`, +10 % to +60 %), the upgrades upcross may propose at all.
 */
function rules(): RuleVariant[] {
  const { minStep, maxStep } = resolveTrainParams().upsell
  return [
    { label: 'any-higher-price', rule: {} },
    { label: 'within-step', rule: { minPriceRatio: 1 + minStep, maxPriceRatio: 1 + maxStep } },
  ]
}

/**
 * Runs trade-up prediction on each category variant of `spec` (Complete Journey:
 * `product_category`, then `product_type`; Online Retail: the description's product noun) and each
 * rule (any higher price; within the engine's step) with the pricier-same-category baseline and
 * upcross's upsells. One upcross model per variant (the training view does not depend on the
 * rule); its `upsellSanity` goes with the variant's first section.
 */
export function runTradeUpSections(spec: TradeUpSpec, settings: SectionSettings): EvalSection[] {
  return variants(spec, settings.dataDir, settings.quick).flatMap((v) => {
    let model: Model | undefined
    const shared = (train: Parameters<typeof trainUpsellModel>[0]) => {
      model ??= trainUpsellModel(train)
      return upcrossUpsells(model)
    }
    return rules().map((r, i) => {
      const s = section(spec, v, r, shared, settings)
      if (i === 0 && model && s.tradeUp) s.tradeUp.sanity = upsellSanity(model)
      return s
    })
  })
}

function section(
  spec: TradeUpSpec,
  v: Variant,
  r: RuleVariant,
  upcross: TradeUpMethod['factory'],
  settings: SectionSettings,
): EvalSection {
  const candidates: TradeUpMethod[] = [
    { name: TRADE_UP_BASELINE, factory: pricierInCategory },
    { name: 'upcross', factory: upcross },
  ]
  const methods = candidates.filter((m) => !settings.methods || settings.methods.includes(m.name))
  const t0 = performance.now()
  const result = runTradeUp({
    purchases: v.purchases,
    categoryOf: (sku) => v.categories.get(sku),
    methods,
    ks: KS,
    rule: r.rule,
  })
  const seconds = (performance.now() - t0) / 1000
  settings.log(
    `${spec.name}/${v.label}/${r.label}: ${result.events.length} trade-up events (${seconds.toFixed(1)} s)`,
  )
  const summaryOptions = { resamples: settings.resamples, seed: settings.seed }
  const summaries: MethodSummary[] = result.methods.map((m) => ({
    name: m.name,
    trainMs: 0,
    queryMs: 0,
    timedQueries: result.events.length,
    metrics: summarizeMetrics(m.metrics, result.metricNames, summaryOptions),
  }))
  const ours = result.methods.find((m) => m.name === 'upcross')
  const bar = result.methods.find((m) => m.name === TRADE_UP_BASELINE)
  const comparison =
    ours && bar && result.events.length > 0
      ? compare(
          'upcross',
          ours.metrics,
          TRADE_UP_BASELINE,
          bar.metrics,
          result.metricNames,
          summaryOptions,
        )
      : undefined
  const last = result.metricNames[result.metricNames.length - 1]!
  const customers = result.events.map((e) => e.customer)
  const clustered: Record<string, Interval> = {}
  if (ours && bar && result.events.length > 0) {
    for (const name of result.metricNames) {
      clustered[name] = bootstrapClusteredDifference(
        ours.metrics[name]!,
        bar.metrics[name]!,
        customers,
        summaryOptions,
      )
    }
  }
  return {
    key: `${spec.name}/trade-up/${v.label}/${r.label}`,
    dataset: spec.name,
    protocol: 'trade-up',
    split: `${v.label}, ${r.label}`,
    description: describe(result),
    queries: result.events.length,
    folds: 1,
    metricNames: result.metricNames,
    methods: summaries,
    ...(comparison ? { comparison } : {}),
    references: [],
    notes: v.notes,
    tradeUp: {
      category: v.category,
      rule: ruleText(result),
      cutoff: Number.isNaN(result.cutoff) ? '' : new Date(result.cutoff).toISOString(),
      trainPurchases: result.trainPurchases,
      testPurchases: result.testPurchases,
      trainSkus: result.trainSkus,
      trainSkusWithCategory: result.trainSkusWithCategory,
      historyEvents: result.historyEvents,
      events: result.events.length,
      eventCustomers: result.eventCustomers,
      eventItems: new Set(result.events.map((e) => e.from)).size,
      emptyLists: Object.fromEntries(result.methods.map((m) => [m.name, m.emptyLists])),
      clustered,
      verdict: verdict(
        [comparison?.metrics[last]?.difference, clustered[last]],
        result.events.length,
      ),
    },
  }
}

function describe(r: TradeUpResult): string {
  return (
    `time split at the 80 % quantile of basket times; ${r.trainBaskets} training baskets ` +
    `(${r.trainPurchases} lines), ${r.testPurchases} test lines; one query per event: the ` +
    `upsell list for A, hit when it holds B`
  )
}

function ruleText(r: TradeUpResult): string {
  const { minPriceRatio: lo, maxPriceRatio: hi, newToCustomer } = r.rule
  return (
    `one event per (customer, A, B): the customer bought A before the cut-off and B at or after ` +
    `it, B ≠ A, same non-empty category, price(B) > price(A) × ${lo}` +
    (Number.isFinite(hi) ? ` and ≤ price(A) × ${hi}` : ' (no upper bound)') +
    `, prices = median unit price of the training lines` +
    (newToCustomer ? '; B not bought by the customer before the cut-off' : '') +
    '; A and B both bought in training'
  )
}

function variants(spec: TradeUpSpec, dataDir: string, quick: boolean): Variant[] {
  const files = spec.files.map((f) => resolve(dataDir, f))
  if (spec.format === 'online-retail') {
    const load = loadOnlineRetailPurchases(files[0]!)
    const excluded = Object.entries(load.excluded)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ')
    return [
      {
        label: 'description-noun',
        category:
          `no category column: category = the rightmost word of the description that is one of ` +
          `${RETAIL_CATEGORY_NOUNS} product nouns (singularised; e.g. "LUNCH BAG RED RETROSPOT" → ` +
          `BAG); ${load.productsWithCategory} of ${load.products} products get one, ` +
          `${new Set(load.categories.values()).size} categories`,
        purchases: load.purchases,
        categories: load.categories,
        notes: [
          `Lines accepted ${load.acceptedLines} (guest lines dropped ${load.guestLines}); ` +
            `excluded ${excluded}; rejected ${load.rejected}.`,
        ],
      },
    ]
  }
  const dir = resolve(files[0]!, '..')
  // --quick keeps the primary level only (the run must stay under ~30 s).
  const levels = quick
    ? (['product_category'] as const)
    : (['product_category', 'product_type'] as const)
  return levels.map((level) => {
    const load = loadDunnhumby(dir, level)
    return {
      label: level,
      category:
        level === 'product_category'
          ? `category = products.csv \`product_category\` (${new Set(load.categories.values()).size} categories)`
          : `category = \`product_category\` > \`product_type\` (stricter; ${new Set(load.categories.values()).size} types)`,
      purchases: load.purchases,
      categories: load.categories,
      notes: [
        `transactions_sample is a random sample of receipt lines (${load.lines} lines, ` +
          `${load.dropped} dropped for quantity or sales value ≤ 0), not of baskets: fine for ` +
          `trade-ups across time, but it holds almost no co-purchase evidence, so learned upgrades ` +
          `that rely on co-purchase get little from it.`,
      ],
    }
  })
}
