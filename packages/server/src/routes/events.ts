/**
 * `POST /v1/stores/:storeId/events`: what shoppers did with offers, plus purchases and refunds.
 * Valid events are committed before the answer; an id sent before is a duplicate, not counted
 * again, so a client may safely retry a batch.
 * @module
 */
import type { OfferEvent } from '@upcross/engine'
import { Type } from 'typebox'
import type { Issue } from 'upcross'
import { apiIssue, IssueSchema } from '../errors/error-body.js'
import { EventInput, type EventInputValue, toOfferEvent } from '../events/json-events.js'
import { BODY_ERRORS, errorResponses, StoreParams } from '../schemas/common.js'
import type { App, Services } from '../services.js'

/** Most events in one request. */
export const MAX_EVENTS = 1000

const EventsReport = Type.Object({
  received: Type.Integer(),
  inserted: Type.Integer({ description: 'events new to the store' }),
  duplicates: Type.Integer({ description: 'events whose id was recorded already' }),
  rejected: Type.Integer({ description: 'events not recorded; see issues' }),
  issues: Type.Array(IssueSchema),
})

/** `POST /v1/stores/:storeId/events`. */
export function eventRoutes(app: App, { store, clock }: Services): void {
  app.post(
    '/v1/stores/:storeId/events',
    {
      config: { access: 'store' },
      schema: {
        tags: ['events'],
        summary: 'Record events: impression, click, add_to_cart, accept, dismiss, purchase, refund',
        params: StoreParams,
        body: Type.Object(
          { events: Type.Array(EventInput, { minItems: 1, maxItems: MAX_EVENTS }) },
          { additionalProperties: false },
        ),
        response: { 200: EventsReport, ...errorResponses(...BODY_ERRORS) },
      },
    },
    async (request) => {
      const { events } = request.body
      const now = clock()
      const valid: OfferEvent[] = []
      const issues: Issue[] = []
      const seen = new Set<string>()
      let repeated = 0
      let rejected = 0
      events.forEach((input, i) => {
        const result = toOfferEvent(input as EventInputValue, ['events', i], now)
        if ('issues' in result) {
          rejected++
          issues.push(...result.issues)
        } else if (seen.has(result.event.id)) repeated++
        else {
          seen.add(result.event.id)
          valid.push(result.event)
        }
      })
      const stored =
        valid.length === 0
          ? { inserted: 0, duplicates: 0 }
          : await store.appendEvents(request.params.storeId, valid)
      return {
        received: events.length,
        inserted: stored.inserted,
        duplicates: stored.duplicates + repeated,
        rejected,
        issues: issues.map(apiIssue),
      }
    },
  )
}
