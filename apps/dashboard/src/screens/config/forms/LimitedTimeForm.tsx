import { ArrayField } from '../../../form/ArrayField.js'
import { ListField, NumberField, TextField } from '../../../form/fields.js'

/** Limited-time offers with a real start and end. */
export function LimitedTimeForm() {
  return (
    <ArrayField
      path={[]}
      label="Limited-time offers"
      addLabel="Add an offer"
      itemLabel={(o, i) =>
        `Offer ${i + 1}${(o as { id?: string })?.id ? `: ${(o as { id: string }).id}` : ''}`
      }
      newItem={() => ({ id: '', label: '', skus: [] })}
    >
      {(path) => (
        <>
          <div className="row">
            <TextField path={[...path, 'id']} label="Offer id" required />
            <TextField path={[...path, 'label']} label="Label shown to shoppers" required />
            <NumberField path={[...path, 'pct_off']} label="Percent off" min={0} max={100} />
          </div>
          <div className="row">
            <ListField path={[...path, 'skus']} label="SKUs" />
            <TextField
              path={[...path, 'starts_at']}
              label="Starts at"
              placeholder="2024-01-29T00:00:00Z"
              hint="ISO 8601 with Z or an offset"
              required
            />
            <TextField
              path={[...path, 'ends_at']}
              label="Ends at"
              placeholder="2024-02-05T00:00:00Z"
              hint="after the start; shown while start ≤ now < end"
              required
            />
          </div>
        </>
      )}
    </ArrayField>
  )
}
