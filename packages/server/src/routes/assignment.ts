/**
 * `GET /v1/stores/:storeId/assignment?customer=&session=`: tells a storefront whether a shopper
 * is in the holdout and their variant in each experiment, from the store's documents. The draw
 * is deterministic (murmur3 of salt and unit), so every instance and every call agree.
 * @module
 */
import { Type } from 'typebox'
import { PLACEMENTS, UpcrossError } from 'upcross'
import { storefrontPreflight } from '../auth/cors.js'
import { assignUnit } from '../measurement/assignment.js'
import { loadMeasurementSettings } from '../measurement/settings.js'
import { errorResponses, STORE_ERRORS, StoreParams } from '../schemas/common.js'
import type { App, Services } from '../services.js'

const PATH = '/v1/stores/:storeId/assignment'

const Query = Type.Object(
  {
    customer: Type.Optional(
      Type.String({ maxLength: 200, description: 'the customer id; decides when given' }),
    ),
    session: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'the session id, used when no customer is known',
      }),
    ),
  },
  { additionalProperties: false },
)

const AssignmentAnswer = Type.Object({
  unit: Type.String({ description: 'the customer id when given, else the session id' }),
  unitKind: Type.Enum(['customer', 'session']),
  holdout: Type.Boolean({ description: 'true: show this unit no offers (the standing holdout)' }),
  holdoutShare: Type.Number({ description: 'the holdout share; 0 when none is configured' }),
  experiments: Type.Array(
    Type.Object({
      experiment: Type.String(),
      variant: Type.String(),
      strategy: Type.String({
        description:
          '`<experiment>:<variant>`, the `strategy` of offers answers; send it with the events',
      }),
      placements: Type.Optional(Type.Array(Type.Enum([...PLACEMENTS]))),
    }),
  ),
})

/** `GET /v1/stores/:storeId/assignment`. */
export function assignmentRoutes(app: App, { store }: Services): void {
  storefrontPreflight(app as never, [PATH])
  app.get(
    PATH,
    {
      config: { access: 'store' },
      schema: {
        tags: ['experiments'],
        summary: 'The holdout and experiment variants of a customer or session (publishable key)',
        description:
          'The unit is the customer when given, else the session. u = murmur3(salt + ":" + unit) / 2^32 decides: held out when u < share; the variant whose cumulative weight holds u. The same unit gets the same answer from every instance until the `holdout` or `experiments` document changes.',
        params: StoreParams,
        querystring: Query,
        response: { 200: AssignmentAnswer, ...errorResponses(...STORE_ERRORS) },
      },
    },
    async (request) => {
      const settings = await loadMeasurementSettings(store, request.params.storeId)
      if (settings.problems.length > 0)
        request.log.warn(
          { issues: settings.problems },
          'a stored holdout or experiments document is invalid and ignored',
        )
      const assignment = assignUnit(request.query, settings)
      if (assignment === undefined)
        throw new UpcrossError('invalid_input', 'name the customer or the session to assign', {
          issues: [
            {
              code: 'missing_key',
              path: ['customer'],
              message: 'customer or session is required (a non-empty string)',
            },
          ],
        })
      return assignment
    },
  )
}
