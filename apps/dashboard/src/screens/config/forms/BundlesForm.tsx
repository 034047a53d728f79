import { ArrayField } from '../../../form/ArrayField.js'
import {
  CheckboxField,
  ListField,
  NumberField,
  PercentField,
  TextField,
} from '../../../form/fields.js'

/** Bundles: mined and declared, priced so the margin floor holds. */
export function BundlesForm() {
  return (
    <>
      <CheckboxField
        path={['enabled']}
        label="Offer bundles"
        keepFalse
        hint="on unless turned off"
      />
      <div className="row">
        <PercentField path={['discount_pct']} label="Discount (%)" hint="0 to 90; default 10" />
        <PercentField path={['margin_floor']} label="Margin floor (%)" hint="0 to 99; default 20" />
        <NumberField
          path={['per_request']}
          label="Bundles per answer"
          min={0}
          max={10}
          hint="default 1"
        />
      </div>
      <div className="row">
        <NumberField
          path={['min_lift']}
          label="Least lift of a mined bundle"
          hint="default: more than 1"
        />
        <NumberField path={['min_orders']} label="Least orders of a mined bundle" min={1} />
      </div>
      <ArrayField
        path={['declared']}
        label="Your own bundles"
        addLabel="Add a bundle"
        itemLabel={(b, i) =>
          `Bundle ${i + 1}${(b as { id?: string })?.id ? `: ${(b as { id: string }).id}` : ''}`
        }
        newItem={() => ({ id: '', skus: [] })}
      >
        {(path) => (
          <div className="row">
            <TextField path={[...path, 'id']} label="Bundle id" required />
            <ListField path={[...path, 'skus']} label="SKUs (2 to 4)" required />
            <PercentField
              path={[...path, 'discount_pct']}
              label="Discount (%)"
              hint="default: the one above"
            />
          </div>
        )}
      </ArrayField>
    </>
  )
}
