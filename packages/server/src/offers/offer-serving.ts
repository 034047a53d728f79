/**
 * What answering offers reads, taken from the app's services: one definition for every caller
 * (the offers route, its express lane, the emails route).
 * @module
 */
import type { Services } from '../services.js'
import type { OfferServing } from './answer-offers.js'

/** The caches, event store, clock and randomness `answerOffers` reads. */
export function offerServing(services: Services): OfferServing {
  return {
    models: services.models,
    answers: services.answers,
    settings: services.settings,
    acceptance: services.acceptance,
    events: services.store,
    clock: services.clock,
    // Thompson sampling draws at the edge: the core takes its randomness as an argument.
    random: Math.random,
  }
}
