import { useDashboard } from '../../../app/dashboard-context.js'
import { ArrayField } from '../../../form/ArrayField.js'
import {
  CheckboxField,
  ListField,
  MoneyField,
  NumberField,
  SelectField,
  TextField,
} from '../../../form/fields.js'
import type { Path } from '../../../form/json-path.js'

function TierFields({ path, currency, reward }: { path: Path; currency: string; reward: unknown }) {
  const kind = (reward as { kind?: string } | undefined)?.kind
  return (
    <div className="row">
      <MoneyField
        path={[...path, 'threshold']}
        label={`At a subtotal of (${currency})`}
        currency={currency}
        required
      />
      <SelectField
        path={[...path, 'reward', 'kind']}
        label="Reward"
        options={[
          ['free_shipping', 'free shipping'],
          ['free_gift', 'a free gift'],
          ['percent_off', 'a percentage off'],
        ]}
      />
      {kind === 'free_gift' ? (
        <TextField path={[...path, 'reward', 'sku']} label="Gift SKU" required />
      ) : null}
      {kind === 'percent_off' ? (
        <NumberField path={[...path, 'reward', 'pct']} label="Percent off" min={0} max={100} />
      ) : null}
    </div>
  )
}

/** Cart thresholds: free shipping, gifts and discounts per currency and region. */
export function ThresholdsForm() {
  const { currency } = useDashboard()
  return (
    <>
      <ArrayField
        path={['rule_sets']}
        label="Rule sets (one per currency and region)"
        addLabel="Add a rule set"
        itemLabel={(s, i) =>
          `Rule set ${i + 1}${(s as { region?: string })?.region ? ` (${(s as { region: string }).region})` : ''}`
        }
        newItem={() => ({
          currency,
          region: '*',
          tiers: [{ threshold: 5000, reward: { kind: 'free_shipping' } }],
        })}
      >
        {(path, set) => (
          <>
            <div className="row">
              <TextField
                path={[...path, 'currency']}
                label="Currency"
                hint="ISO 4217, e.g. EUR"
                required
              />
              <TextField
                path={[...path, 'region']}
                label="Region"
                hint="* = every region without its own set"
              />
            </div>
            <ArrayField
              path={[...path, 'tiers']}
              label="Tiers"
              addLabel="Add a tier"
              itemLabel={(_, k) => `Tier ${k + 1}`}
              newItem={() => ({ reward: { kind: 'free_shipping' } })}
            >
              {(tierPath, tier) => (
                <TierFields
                  path={tierPath}
                  currency={String((set as { currency?: string })?.currency ?? currency)}
                  reward={(tier as { reward?: unknown })?.reward}
                />
              )}
            </ArrayField>
          </>
        )}
      </ArrayField>
      <fieldset className="nested">
        <legend>What counts toward a threshold</legend>
        <CheckboxField path={['counting', 'gift_cards_count']} label="Gift cards count" />
        <ListField path={['counting', 'gift_card_skus']} label="Gift card SKUs" />
        <ListField path={['counting', 'excluded_skus']} label="SKUs that never count" />
      </fieldset>
    </>
  )
}
