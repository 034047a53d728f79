/**
 * The offers request and answer schemas: the body of `POST /offers`, the query of `GET /offers`
 * (the same fields, as strings), and the answer both give.
 * @module
 */
import { Type } from 'typebox'
import { MAX_LIMIT, PLACEMENTS } from 'upcross'
import { IssueSchema } from '../errors/error-body.js'

const Sku = Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Number()])
const Placement = Type.Enum([...PLACEMENTS], {
  description: 'where the offers are shown; default cart',
})
const Session = Type.String({ maxLength: 200, description: "the shopper's session" })
const Limit = Type.Integer({
  minimum: 1,
  maximum: MAX_LIMIT,
  description: 'most offers; default 10',
})
const SkuField = Type.String({
  minLength: 1,
  maxLength: 200,
  description: 'the product being viewed',
})
const AT = 'ISO-8601 moment of the request with Z or an offset; nothing after it is used'

/** The offers request (the library's `RecommendRequest` without `id`, plus `session`). */
export const OffersBody = Type.Object(
  {
    placement: Type.Optional(Placement),
    cart: Type.Optional(
      Type.Array(Sku, { maxItems: 1000, description: 'SKUs already chosen; never offered' }),
    ),
    sku: Type.Optional(SkuField),
    customer: Type.Optional(
      Type.Union([Type.String({ maxLength: 200 }), Type.Number(), Type.Null()], {
        description: 'the customer, for personal offers',
      }),
    ),
    session: Type.Optional(Session),
    limit: Type.Optional(Limit),
    at: Type.Optional(
      Type.Union([Type.String({ maxLength: 40 }), Type.Null()], { description: AT }),
    ),
    explain: Type.Optional(
      Type.Boolean({
        description:
          'secret key only: also every candidate not shown (`dropped`, each with the guard, why and a sentence) and the merchant rules that fired (`rules`)',
      }),
    ),
    lines: Type.Optional(
      Type.Array(
        Type.Object(
          {
            sku: Type.String({ minLength: 1, maxLength: 200 }),
            quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
          },
          { additionalProperties: false },
        ),
        {
          maxItems: 1000,
          description:
            'the cart with quantities (instead of `cart`), for threshold nudges; prices come from the catalog, never the client',
        },
      ),
    ),
  },
  { additionalProperties: false },
)

/** A quantity of a `lines` entry of the query form: 1 to 1,000,000. */
const QUANTITY = ':(?:[1-9][0-9]{0,5}|1000000)'
/** One entry of a comma-separated `lines`: a SKU (up to 200 characters, no comma), quantity. */
const LINE = `[^,]{1,200}${QUANTITY}`

/** The same request as a query string: `?placement=cart&cart=A,B&limit=3`. */
export const OffersQuery = Type.Object(
  {
    placement: Type.Optional(Placement),
    cart: Type.Optional(
      Type.Union(
        [
          Type.String({ maxLength: 20_000 }),
          Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 1000 }),
        ],
        {
          description:
            'SKUs already chosen, comma-separated (cart=A,B); repeat the parameter (cart=A&cart=B) for SKUs that contain commas',
        },
      ),
    ),
    sku: Type.Optional(SkuField),
    customer: Type.Optional(Type.String({ maxLength: 200, description: 'the customer' })),
    session: Type.Optional(Session),
    // A string, converted by `fromQuery`: with a schema integer the validator would convert the
    // whole query on every request.
    limit: Type.Optional(
      Type.String({ pattern: '^[0-9]{1,9}$', description: 'most offers, 1 to 1000; default 10' }),
    ),
    at: Type.Optional(Type.String({ maxLength: 40, description: AT })),
    lines: Type.Optional(
      Type.Union(
        [
          Type.String({ maxLength: 20_000, pattern: `^${LINE}(?:,${LINE})*$` }),
          Type.Array(Type.String({ pattern: `^.{1,200}${QUANTITY}$` }), { maxItems: 1000 }),
        ],
        {
          description:
            'the cart with quantities (instead of `cart`), `SKU:quantity` comma-separated (lines=A:2,B:1; quantities 1 to 1000000); repeat the parameter for SKUs that contain commas',
        },
      ),
    ),
    key: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          'a publishable key (`upx_pk_…`) instead of the `Authorization` header: a browser then sends the request without a CORS preflight. Never a secret key',
      }),
    ),
  },
  { additionalProperties: false },
)

/** One served offer as the API answers it. */
export const OfferSchema = Type.Object({
  id: Type.String({ description: 'unique per served offer; quote it in events' }),
  sku: Type.String(),
  title: Type.Optional(Type.String({ description: 'the product title, when the catalog has one' })),
  kind: Type.String({ description: 'cross_sell, upsell, bundle, reorder, popular, alternative' }),
  score: Type.Number({ description: 'higher is better; comparable within one answer' }),
  reasons: Type.Array(Type.Object({ code: Type.String() }, { additionalProperties: true })),
  text: Type.Array(Type.String(), { description: 'each reason as an English sentence' }),
  price: Type.Optional(
    Type.Integer({ description: 'unit price in minor units (a bundle: what it adds)' }),
  ),
  discount: Type.Optional(Type.Integer({ description: 'discount on `price`, minor units' })),
  items: Type.Optional(Type.Array(Type.String(), { description: "a bundle's SKUs" })),
})

/** The answer of both forms. */
export const OffersAnswer = Type.Object({
  requestId: Type.String(),
  placement: Type.String(),
  currency: Type.String({ description: "the store's ISO 4217 currency" }),
  modelVersion: Type.Integer(),
  offers: Type.Array(OfferSchema),
  holdout: Type.Boolean({
    description: 'true when the shopper is in the holdout group, which sees no offers',
  }),
  strategy: Type.Union([Type.String(), Type.Null()], {
    description: '`<experiment>:<variant>` that served the shopper; quote it in events',
  }),
  thresholds: Type.Optional(
    Type.Object(
      {},
      {
        additionalProperties: true,
        description:
          "the cart against the store's thresholds: counted subtotal, tiers reached, the next tier and the gap (minor units)",
      },
    ),
  ),
  dropped: Type.Optional(
    Type.Array(
      Type.Object({ sku: Type.String(), text: Type.String() }, { additionalProperties: true }),
      {
        description:
          'with `explain`: the candidates not shown, the guard and why, as data and a sentence',
      },
    ),
  ),
  rules: Type.Optional(
    Type.Array(Type.Object({ rule: Type.String() }, { additionalProperties: true }), {
      description: 'with `explain`: every merchant rule that fired or filtered',
    }),
  ),
  loyalty: Type.Optional(
    Type.Array(Type.Object({ code: Type.String() }, { additionalProperties: true }), {
      description: "the customer's progress in each loyalty program",
    }),
  ),
  warnings: Type.Array(IssueSchema, { description: 'e.g. cart SKUs the model does not know yet' }),
})

/** An offers request as either form delivers it. */
export interface OffersInput {
  placement?: string
  cart?: (string | number)[]
  sku?: string
  customer?: string | number | null
  session?: string
  limit?: number
  at?: string | null
  lines?: { sku: string; quantity: number }[]
  explain?: boolean
}

/** The query form as the request holds it. */
export type OffersQueryValue = Omit<OffersInput, 'cart' | 'limit' | 'lines'> & {
  cart?: string | string[]
  limit?: string
  lines?: string | string[]
  key?: string
}

/**
 * The query form (as its schema accepts it) turned into the body form: the cart split at
 * commas, each line at its last colon, the limit a number. The key is the credential's, not the
 * request's.
 */
export function fromQuery(query: OffersQueryValue): OffersInput {
  const { cart, limit, lines } = query
  const input: OffersInput = {
    placement: query.placement,
    cart: cart === undefined ? undefined : commaList(cart),
    sku: query.sku,
    customer: query.customer,
    session: query.session,
    limit: limit === undefined ? undefined : Number(limit),
    at: query.at,
  }
  if (lines !== undefined) input.lines = commaList(lines).map(lineOf)
  return input
}

/** A repeated parameter as it is; a single one split at commas. */
function commaList(value: string | string[]): string[] {
  return Array.isArray(value) ? value : value.split(',').filter((s) => s !== '')
}

/** `SKU:quantity`, split at the last colon (SKUs may contain colons). */
function lineOf(entry: string): { sku: string; quantity: number } {
  const colon = entry.lastIndexOf(':')
  return { sku: entry.slice(0, colon), quantity: Number(entry.slice(colon + 1)) }
}
