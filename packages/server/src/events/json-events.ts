/**
 * Events as JSON: the schema of one event and the checks a schema cannot express (times with a
 * zone, money as decimals, what each kind must name).
 * @module
 */
import { EVENT_KINDS, type EventKind, type OfferEvent } from '@upcross/engine'
import { Type } from 'typebox'
import { type Issue, PLACEMENTS, type Placement, parseIsoTimestamp, parseMinor } from 'upcross'

const Id = (description: string) => Type.String({ minLength: 1, maxLength: 200, description })

/** One event. */
export const EventInput = Type.Object(
  {
    id: Id('chosen by the client; sending the same id again is a duplicate, never counted twice'),
    kind: Type.Enum([...EVENT_KINDS]),
    at: Type.Optional(
      Type.String({ maxLength: 40, description: 'ISO-8601 with Z or an offset; default: now' }),
    ),
    offerId: Type.Optional(Id('the served offer (offers[].id); required for offer events')),
    sku: Type.Optional(Id('the item; required for purchase and refund')),
    placement: Type.Optional(Type.Enum([...PLACEMENTS])),
    customer: Type.Optional(Type.String({ maxLength: 200 })),
    session: Type.Optional(Type.String({ maxLength: 200 })),
    orderId: Type.Optional(Id('the order; required for purchase and refund')),
    quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
    revenue: Type.Optional(
      Type.Union([Type.Number(), Type.String({ maxLength: 40 })], {
        description: 'line revenue (purchase) or amount refunded (refund), a decimal',
      }),
    ),
    strategy: Type.Optional(Type.String({ maxLength: 200 })),
    holdout: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)

/** An event as the request holds it. */
export interface EventInputValue {
  id: string
  kind: EventKind
  at?: string
  offerId?: string
  sku?: string
  placement?: Placement
  customer?: string
  session?: string
  orderId?: string
  quantity?: number
  revenue?: number | string
  strategy?: string
  holdout?: boolean
}

const OFFER_KINDS: ReadonlySet<EventKind> = new Set([
  'impression',
  'click',
  'add_to_cart',
  'accept',
  'dismiss',
])

/** The stored event, or the issues that keep it out; paths start with `prefix`. */
export function toOfferEvent(
  input: EventInputValue,
  prefix: readonly (string | number)[],
  now: number,
): { event: OfferEvent } | { issues: Issue[] } {
  const issues: Issue[] = []
  const where = `event "${input.id}"`
  const bad = (code: string, field: string, message: string): void => {
    issues.push({ code, path: [...prefix, field], message: `${where}: ${message}` })
  }
  let at = now
  if (input.at !== undefined) {
    const parsed = parseIsoTimestamp(input.at)
    if (parsed === undefined)
      bad(
        'invalid_time',
        'at',
        `at must be an ISO-8601 time with a zone, such as 2024-03-01T10:15:00Z; found ${JSON.stringify(input.at)}`,
      )
    else at = parsed
  }
  if (OFFER_KINDS.has(input.kind) && input.offerId === undefined)
    bad('missing_key', 'offerId', `a ${input.kind} event needs the offerId it is about`)
  if (input.kind === 'purchase' || input.kind === 'refund') {
    if (input.sku === undefined) bad('missing_key', 'sku', `a ${input.kind} event needs the sku`)
    if (input.orderId === undefined)
      bad('missing_key', 'orderId', `a ${input.kind} event needs the orderId`)
  }
  let revenue: number | undefined
  if (input.revenue !== undefined) {
    revenue = parseMinor(String(input.revenue))
    if (revenue === undefined || revenue < 0) {
      bad(
        'invalid_revenue',
        'revenue',
        `revenue must be a non-negative decimal such as 12.50; found ${JSON.stringify(input.revenue)}`,
      )
    }
  }
  if (issues.length > 0) return { issues }
  const event: OfferEvent = { id: input.id, kind: input.kind, at }
  const { offerId, sku, placement, customer, session, orderId, quantity, strategy, holdout } = input
  if (offerId !== undefined) event.offerId = offerId
  if (sku !== undefined) event.sku = sku
  if (placement !== undefined) event.placement = placement
  if (customer !== undefined && customer !== '') event.customer = customer
  if (session !== undefined && session !== '') event.session = session
  if (orderId !== undefined) event.orderId = orderId
  if (quantity !== undefined) event.quantity = quantity
  if (revenue !== undefined) event.revenue = revenue
  if (strategy !== undefined) event.strategy = strategy
  if (holdout !== undefined) event.holdout = holdout
  return { event }
}
