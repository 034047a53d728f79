import { useDashboard } from '../../../app/dashboard-context.js'
import { ArrayField } from '../../../form/ArrayField.js'
import { MoneyField, NumberField, SelectField, TextField } from '../../../form/fields.js'
import type { Path } from '../../../form/json-path.js'

function RewardFields({
  path,
  label,
  reward,
  currency,
}: {
  path: Path
  label: string
  reward: unknown
  currency: string
}) {
  const kind = (reward as { kind?: string } | undefined)?.kind
  return (
    <fieldset className="nested">
      <legend>{label}</legend>
      <div className="row">
        <SelectField
          path={[...path, 'kind']}
          label="Kind"
          options={[
            ['amount_off', 'an amount off'],
            ['percent_off', 'a percentage off'],
          ]}
        />
        {kind === 'amount_off' ? (
          <MoneyField
            path={[...path, 'amount']}
            label={`Amount (${currency})`}
            currency={currency}
          />
        ) : null}
        {kind === 'percent_off' ? (
          <NumberField path={[...path, 'pct']} label="Percent off" min={0} max={100} />
        ) : null}
      </div>
    </fieldset>
  )
}

/** Referral codes with a reward for both sides, a use limit and an expiry. */
export function ReferralsForm() {
  const { currency } = useDashboard()
  return (
    <ArrayField
      path={[]}
      label="Referral codes"
      addLabel="Add a code"
      itemLabel={(c, i) =>
        `Code ${i + 1}${(c as { code?: string })?.code ? `: ${(c as { code: string }).code}` : ''}`
      }
      newItem={() => ({
        code: '',
        owner: '',
        limit: 10,
        referrer_reward: { kind: 'amount_off', amount: 500 },
        referee_reward: { kind: 'percent_off', pct: 10 },
      })}
    >
      {(path, code) => {
        const c = (code ?? {}) as Record<string, unknown>
        return (
          <>
            <div className="row">
              <TextField
                path={[...path, 'code']}
                label="Code"
                hint="3–64 letters, digits, _ or -"
                required
              />
              <TextField path={[...path, 'owner']} label="Owner (customer id)" required />
              <NumberField path={[...path, 'limit']} label="Uses" min={1} />
              <TextField
                path={[...path, 'expires_at']}
                label="Expires at"
                placeholder="2025-12-31T23:59:59Z"
                required
              />
            </div>
            <RewardFields
              path={[...path, 'referrer_reward']}
              label="The owner gets"
              reward={c['referrer_reward']}
              currency={currency}
            />
            <RewardFields
              path={[...path, 'referee_reward']}
              label="The new customer gets"
              reward={c['referee_reward']}
              currency={currency}
            />
          </>
        )
      }}
    </ArrayField>
  )
}
