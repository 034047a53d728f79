import { useDashboard } from '../../../app/dashboard-context.js'
import { MoneyField, NumberField } from '../../../form/fields.js'

/** Guard rails against pushiness: relevance floor, dismissals, least profit, frequency caps. */
export function GuardsForm() {
  const { currency } = useDashboard()
  return (
    <>
      <div className="row">
        <NumberField
          path={['relevance_floor']}
          label="Relevance floor"
          hint="0 to 1; default 0.01"
        />
        <NumberField
          path={['dismiss_days']}
          label="Days a dismissed offer stays away"
          hint="default 30"
        />
        <MoneyField
          path={['min_profit']}
          label={`Least profit of an offer (${currency})`}
          currency={currency}
        />
      </div>
      {(['customer', 'session'] as const).map((who) => (
        <fieldset className="nested" key={who}>
          <legend>Frequency cap per {who}</legend>
          <div className="row">
            <NumberField path={['frequency_caps', who, 'max']} label="At most (offers)" min={0} />
            <NumberField path={['frequency_caps', who, 'window_hours']} label="Within (hours)" />
          </div>
        </fieldset>
      ))}
    </>
  )
}
