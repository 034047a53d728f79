/**
 * `GET /v1/stores/:storeId/analytics?from=&to=`: offers shown, taken and earned in a period,
 * per placement, per strategy and per day, and the lift over the holdout with 95 % intervals,
 * computed from the store's events by the core (money in minor units, `null` for 0/0).
 * @module
 */
import { type Static, Type } from 'typebox'
import { DEFAULT_ATTRIBUTION_WINDOW_MS, UpcrossError } from 'upcross'
import { analyticsReport } from '../measurement/analytics-report.js'
import { AnalyticsAnswer } from '../measurement/analytics-schema.js'
import { nullForNonFinite } from '../measurement/json-numbers.js'
import { parsePeriod } from '../measurement/period.js'
import { loadMeasurementSettings } from '../measurement/settings.js'
import { errorResponses, STORE_ERRORS, StoreParams } from '../schemas/common.js'
import type { App, Services } from '../services.js'

const When = (description: string) =>
  Type.String({ maxLength: 40, description, examples: ['2024-03-01'] })

const Query = Type.Object(
  {
    from: Type.Optional(
      When(
        'first day (YYYY-MM-DD, UTC) or instant (ISO-8601 with a zone); default: 30 days before `to`',
      ),
    ),
    to: Type.Optional(
      When('last day, included (YYYY-MM-DD, UTC), or an instant, excluded; default: now'),
    ),
  },
  { additionalProperties: false },
)

/** `GET /v1/stores/:storeId/analytics`. */
export function analyticsRoutes(app: App, { store, clock }: Services): void {
  app.get(
    '/v1/stores/:storeId/analytics',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['analytics'],
        summary: 'Offer analytics and lift against the holdout for a period (secret key)',
        description:
          "Impressions, CTR, take rate, attributed revenue and margin (net of refunds, credited within the attribution window after an impression), attach rate, AOV: in all, per placement, per strategy and per day. `lift` compares the units that saw offers with the held-out units (a purchase without `holdout` is assigned with the store's `holdout` document), with 95 % bootstrap intervals; null while no held-out unit bought. Margins count only products whose cost the catalog knows (`costCoverage`). At most 366 days per request.",
        params: StoreParams,
        querystring: Query,
        response: { 200: AnalyticsAnswer, ...errorResponses(...STORE_ERRORS) },
      },
    },
    async (request) => {
      const { storeId } = request.params
      const period = parsePeriod(request.query, clock())
      if (!period.ok)
        throw new UpcrossError(
          'invalid_input',
          period.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
          { issues: period.issues },
        )
      const windowMs = DEFAULT_ATTRIBUTION_WINDOW_MS
      const [events, products, settings] = await Promise.all([
        store.listEvents(storeId, { since: period.value.from - windowMs, until: period.value.to }),
        store.getProducts(storeId),
        loadMeasurementSettings(store, storeId),
      ])
      if (settings.problems.length > 0)
        request.log.warn(
          { issues: settings.problems },
          'a stored holdout document is invalid and ignored',
        )
      const costs = new Map<string, number>()
      for (const p of products) if (p.cost !== undefined) costs.set(p.sku, p.cost)
      const report = analyticsReport({
        events,
        period: period.value,
        currency: request.tenant!.currency,
        cost: (sku) => costs.get(sku),
        holdout: settings.holdout,
        windowMs,
      })
      // Counts are always finite: only the rates and means the schema marks nullable can be null.
      return nullForNonFinite(report) as Static<typeof AnalyticsAnswer>
    },
  )
}
