/**
 * `POST /v1/stores/:storeId/referrals/redeem` and `GET /v1/stores/:storeId/referrals/:code`: the
 * store's checkout backend redeems the referral codes of its `referrals` document (secret key);
 * each redemption is recorded durably, once, across instances (`referrals/redemptions.ts`).
 * @module
 */
import { Type } from 'typebox'
import { parseIsoTimestamp, type Redemption, type ReferralReward, UpcrossError } from 'upcross'
import { type CodeUsage, codeUsage, redeemCode } from '../referrals/redemptions.js'
import {
  BODY_ERRORS,
  errorResponses,
  IsoTime,
  isoOf,
  STORE_ERRORS,
  StoreIdSchema,
  StoreParams,
} from '../schemas/common.js'
import type { App, Services } from '../services.js'

const Text = (description: string) => Type.String({ minLength: 1, maxLength: 200, description })

const RewardSchema = Type.Union(
  [
    Type.Object({
      kind: Type.Literal('amount_off'),
      amount: Type.Integer({ description: 'minor units of the store currency' }),
    }),
    Type.Object({
      kind: Type.Literal('percent_off'),
      pct: Type.Number({ description: 'percent off, in (0, 100]' }),
    }),
  ],
  { description: 'an amount off or a percentage off' },
)

const RedemptionSchema = Type.Object({
  code: Type.String(),
  owner: Type.String({ description: 'the customer who owns the code (the referrer)' }),
  referee: Type.String({ description: 'the customer who redeemed it' }),
  at: IsoTime,
  referrerReward: RewardSchema,
  refereeReward: RewardSchema,
})

const UsageFields = {
  limit: Type.Integer({ description: 'how many times the code may be redeemed' }),
  uses: Type.Integer({ description: 'how many times it was redeemed' }),
  remaining: Type.Integer({ description: 'limit − uses, never below 0' }),
}

const RedeemAnswer = Type.Object({ redemption: RedemptionSchema, ...UsageFields })

const CodeAnswer = Type.Object({
  code: Type.String(),
  owner: Type.String(),
  expiresAt: IsoTime,
  expired: Type.Boolean({ description: 'whether the code has expired now' }),
  referrerReward: RewardSchema,
  refereeReward: RewardSchema,
  ...UsageFields,
  redemptions: Type.Array(
    Type.Object({ referee: Type.String(), at: IsoTime }, { additionalProperties: false }),
    { description: 'every redemption of the code, in the order they were accepted' },
  ),
})

const reward = (r: ReferralReward): ReferralReward => ({ ...r })

function redemptionView(r: Redemption) {
  return {
    code: r.code,
    owner: r.owner,
    referee: r.referee,
    at: isoOf(r.at),
    referrerReward: reward(r.referrer_reward),
    refereeReward: reward(r.referee_reward),
  }
}

function usageFields(u: CodeUsage) {
  return { limit: u.code.limit, uses: u.uses, remaining: u.remaining }
}

/** `POST /referrals/redeem` and `GET /referrals/:code`. */
export function referralRoutes(app: App, { store, clock }: Services): void {
  app.post(
    '/v1/stores/:storeId/referrals/redeem',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['referrals'],
        summary: 'Redeem a referral code for a customer (both rewards in the answer)',
        description:
          'Checks the code of the `referrals` document against the rules (never by its owner, never after it expires, never beyond its limit, one referral per customer) and records the redemption before answering. 404 for an unknown code; 409 when a rule refuses it, with the reason as the issue code (`own_code`, `expired`, `limit_reached`, `already_used`). Concurrent redemptions on any instance never exceed the limit.',
        params: StoreParams,
        body: Type.Object(
          {
            code: Text('the referral code'),
            customer: Text('the customer redeeming it (the referee)'),
            at: Type.Optional(
              Type.String({
                maxLength: 40,
                description: 'ISO-8601 with Z or an offset; default: now',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: RedeemAnswer, ...errorResponses(...BODY_ERRORS, 409) },
      },
    },
    async (request) => {
      const { code, customer, at: atText } = request.body
      const now = clock()
      let at = now
      if (atText !== undefined) {
        const parsed = parseIsoTimestamp(atText)
        if (parsed === undefined) {
          const message = `at must be an ISO-8601 time with a zone, such as 2024-03-01T10:15:00Z; found ${JSON.stringify(atText)}`
          throw new UpcrossError('invalid_input', message, {
            issues: [{ code: 'invalid_time', path: ['at'], message }],
          })
        }
        at = parsed
      }
      const { redemption, usage } = await redeemCode(
        store,
        request.params.storeId,
        code,
        customer,
        at,
        now,
      )
      return { redemption: redemptionView(redemption), ...usageFields(usage) }
    },
  )

  app.get(
    '/v1/stores/:storeId/referrals/:code',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['referrals'],
        summary: "A referral code's uses and remaining uses",
        params: Type.Object({ storeId: StoreIdSchema, code: Text('the referral code') }),
        response: { 200: CodeAnswer, ...errorResponses(...STORE_ERRORS) },
      },
    },
    async (request) => {
      const usage = await codeUsage(store, request.params.storeId, request.params.code)
      const c = usage.code
      return {
        code: c.code,
        owner: c.owner,
        expiresAt: isoOf(c.expires),
        expired: clock() >= c.expires,
        referrerReward: reward(c.referrer_reward),
        refereeReward: reward(c.referee_reward),
        ...usageFields(usage),
        redemptions: usage.redemptions.map((r) => ({ referee: r.referee, at: isoOf(r.at) })),
      }
    },
  )
}
