/**
 * Order ingestion: a batch of orders, or one order by id; idempotent by order id (an id already
 * stored is reported as a duplicate and left unchanged). Accepted orders are committed before
 * the answer.
 * @module
 */
import { Type } from 'typebox'
import { type Issue, type Order, UpcrossError } from 'upcross'
import { apiIssue, IssueSchema } from '../errors/error-body.js'
import { OrderInput, type OrderInputValue, orderVerdict } from '../ingest/json-orders.js'
import { BODY_ERRORS, errorResponses, StoreIdSchema } from '../schemas/common.js'
import type { App, Services } from '../services.js'
import { MAX_REPORTED_ISSUES } from './products.js'

const BatchReport = Type.Object({
  received: Type.Integer(),
  inserted: Type.Integer({ description: 'orders new to the store' }),
  duplicates: Type.Integer({ description: 'orders whose id was stored already (unchanged)' }),
  duplicateIds: Type.Array(Type.String()),
  rejected: Type.Integer({ description: 'orders not stored; see issues' }),
  excludedLines: Type.Integer({ description: 'return lines and zero quantities left out' }),
  issues: Type.Array(IssueSchema, { description: 'why each rejected order was rejected' }),
  excluded: Type.Array(IssueSchema, { description: 'the lines left out, with their reason' }),
})

const OrderParams = Type.Object({
  storeId: StoreIdSchema,
  orderId: Type.String({ minLength: 1, maxLength: 200 }),
})

/** `POST /orders` (batch), `PUT /orders/:orderId`. */
export function orderRoutes(app: App, { store, models }: Services): void {
  app.post(
    '/v1/stores/:storeId/orders',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['orders'],
        summary: 'Add a batch of orders (idempotent by order id)',
        description:
          'Valid orders are stored in one transaction, committed before the answer. An order with a malformed line is rejected whole and reported in `issues`; return lines and lines with quantity 0 are left out and listed in `excluded`. An id seen before (or earlier in the batch) is a duplicate: the stored order stays as it is.',
        params: Type.Object({ storeId: StoreIdSchema }),
        body: Type.Object(
          { orders: Type.Array(OrderInput, { minItems: 1, maxItems: 5000 }) },
          { additionalProperties: false },
        ),
        response: { 200: BatchReport, ...errorResponses(...BODY_ERRORS) },
      },
    },
    async (request) => {
      const { orders } = request.body
      const accepted: Order[] = []
      const rejected: Issue[] = []
      const excluded: Issue[] = []
      let rejectedOrders = 0
      orders.forEach((input, i) => {
        const verdict = orderVerdict(input as OrderInputValue, ['orders', i])
        if (verdict.order) accepted.push(verdict.order)
        else if (verdict.rejected.length > 0) rejectedOrders++
        rejected.push(...verdict.rejected)
        excluded.push(...verdict.excluded)
      })
      const result =
        accepted.length === 0
          ? { inserted: 0, duplicates: 0, duplicateIds: [] }
          : await store.transaction((tx) => tx.insertOrders(request.params.storeId, accepted))
      // This instance's fresh evidence reads the new orders at once (others within a poll).
      if (result.inserted > 0) models.ordersStored(request.params.storeId)
      return {
        received: orders.length,
        inserted: result.inserted,
        duplicates: result.duplicates,
        duplicateIds: result.duplicateIds.slice(0, MAX_REPORTED_ISSUES),
        rejected: rejectedOrders,
        excludedLines: excluded.length,
        issues: rejected.slice(0, MAX_REPORTED_ISSUES).map(apiIssue),
        excluded: excluded.slice(0, MAX_REPORTED_ISSUES).map(apiIssue),
      }
    },
  )

  app.put(
    '/v1/stores/:storeId/orders/:orderId',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['orders'],
        summary: 'Add one order (idempotent: the same id again changes nothing)',
        params: OrderParams,
        body: Type.Omit(OrderInput, ['id']),
        response: {
          200: Type.Object({ id: Type.String(), created: Type.Boolean() }),
          201: Type.Object({ id: Type.String(), created: Type.Boolean() }),
          ...errorResponses(...BODY_ERRORS),
        },
      },
    },
    async (request, reply) => {
      const { storeId, orderId } = request.params
      const input = { ...(request.body as Omit<OrderInputValue, 'id'>), id: orderId }
      const verdict = orderVerdict(input, [])
      if (!verdict.order) {
        const issues = verdict.rejected.length > 0 ? verdict.rejected : verdict.excluded
        const message = issues.map((i) => i.message).join('; ')
        throw new UpcrossError('invalid_input', message || 'the order has no lines to store', {
          issues,
        })
      }
      const order = verdict.order
      const result = await store.transaction((tx) => tx.insertOrders(storeId, [order]))
      const created = result.inserted === 1
      if (created) models.ordersStored(storeId)
      return reply.status(created ? 201 : 200).send({ id: orderId, created })
    },
  )
}
