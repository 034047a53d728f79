/**
 * The one place where the server asks the core for offers: the offer pipeline (`serveOffers`)
 * under the store's settings, after the holdout and experiment assignment of the shopper.
 * @module
 */
import {
  assignHoldout,
  assignmentUnit,
  assignVariant,
  type OfferContext as CoreContext,
  type FeedbackEvent,
  type Impression,
  type Model,
  type Objective,
  type OfferResult,
  type OfferSettings,
  type RecommendRequest,
  serveOffers as runPipeline,
  type ThresholdCartLine,
} from 'upcross'
import type { FreshSnapshot } from './fresh-orders.js'
import { shapesAnswer } from './shopper-events.js'
import type { StoreSettings } from './store-settings.js'

/** What the server knows about a request beyond the core's request. */
export interface OfferContext {
  storeId: string
  /** The shopper's session, when the client sent one (frequency caps, holdout assignment). */
  session: string | undefined
}

/** The shopper's arm: held out (sees no offers) or treated, and the experiment variant. */
export interface Arm {
  holdout: boolean
  /** `<experiment>:<variant>` of the experiment that covers the placement, when one does. */
  strategy: string | undefined
  /** The objective the variant asks for, when its name is one. */
  objective: Objective | undefined
}

const OBJECTIVES: readonly string[] = ['relevance', 'revenue', 'profit']

/**
 * Deterministic assignment of the shopper (customer, else session): the same on every instance.
 * Without a unit nobody is held out and no experiment applies.
 */
export function armOf(
  request: RecommendRequest,
  context: OfferContext,
  settings: StoreSettings,
): Arm {
  const who: { customer?: string; session?: string } = {}
  if (request.customer !== undefined) who.customer = request.customer
  if (context.session !== undefined) who.session = context.session
  const unit = assignmentUnit(who)
  const arm: Arm = { holdout: false, strategy: undefined, objective: undefined }
  if (unit === undefined) return arm
  if (settings.holdout && assignHoldout(unit, settings.holdout)) arm.holdout = true
  const experiment = settings.experiments.find(
    (x) => x.placements === undefined || x.placements.includes(request.placement),
  )
  const variant = experiment && assignVariant(unit, experiment)
  if (experiment && variant !== undefined) {
    arm.strategy = `${experiment.id}:${variant}`
    if (OBJECTIVES.includes(variant)) arm.objective = variant as Objective
  }
  return arm
}

/** Inputs of one answer beyond the model and the request. */
export interface ServeInputs {
  settings: StoreSettings
  arm: Arm
  now: number
  shopper?: { impressions: Impression[]; feedback: FeedbackEvent[] }
  acceptance?: (sku: string, prior: number) => number
  lines?: ThresholdCartLine[]
  /**
   * Orders stored after the model and the facts of the new products in them (only given when
   * the cart has an item the model lacks or one bought with a new product).
   */
  fresh?: FreshSnapshot
}

/** The offers for one validated request: none for the holdout, else the pipeline's answer. */
export function serveOffers(
  model: Model,
  request: RecommendRequest,
  context: OfferContext,
  inputs: ServeInputs,
): OfferResult {
  if (inputs.arm.holdout) return { offers: [], dropped: [], rules: [], loyalty: [] }
  let settings: OfferSettings = inputs.settings.offers
  if (inputs.arm.objective) {
    const placement = settings.placements[request.placement]
    settings = {
      ...settings,
      placements: {
        ...settings.placements,
        [request.placement]: { ...placement, objective: inputs.arm.objective },
      },
    }
  }
  const core: CoreContext = { now: inputs.now }
  if (context.session !== undefined) core.session = context.session
  if (inputs.shopper) {
    core.impressions = inputs.shopper.impressions
    core.feedback = inputs.shopper.feedback
  }
  if (inputs.acceptance) core.acceptance = inputs.acceptance
  if (inputs.lines) core.cartLines = inputs.lines
  if (inputs.fresh) {
    core.fresh = inputs.fresh.delta
    core.freshItems = inputs.fresh.facts
  }
  return runPipeline(model, request, settings, core)
}

/**
 * The key under which the answer may be reused for the same store, model and settings versions,
 * or `undefined` when it depends on more than the request: the shopper's events when there are
 * any (caps, dismissals), sampled acceptance, offers bound to time, or cart quantities. An answer that
 * read fresh evidence is keyed by its version too, so none outlives newer orders.
 */
export function offerCacheKey(
  request: RecommendRequest,
  inputs: Pick<ServeInputs, 'settings' | 'arm' | 'shopper' | 'acceptance' | 'lines' | 'fresh'>,
): string | undefined {
  const s = inputs.settings.offers
  if (
    (inputs.shopper && shapesAnswer(inputs.shopper)) ||
    inputs.acceptance ||
    inputs.lines ||
    s.limitedTime.length > 0
  )
    return undefined
  if (s.loyalty.length > 0 && request.customer !== undefined) return undefined
  const { placement, limit, customer, at, cart } = request
  const fresh = inputs.fresh ? `f${inputs.fresh.version}\u0001` : ''
  return `${fresh}${inputs.settings.version}\u0001${inputs.arm.holdout ? 'h' : ''}${inputs.arm.strategy ?? ''}\u0001${placement}\u0001${limit}\u0001${customer ?? ''}\u0001${at ?? ''}\u0001${cart.join('\u0000')}`
}
