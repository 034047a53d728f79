import { NumberField, PercentField, SelectField } from '../../../form/fields.js'
import { PLACEMENTS } from '../placements.js'

/** Per placement: what to rank by, how many offers, floors. */
export function PlacementsForm() {
  return (
    <>
      {PLACEMENTS.map((p) => (
        <fieldset className="nested" key={p}>
          <legend>{p}</legend>
          <div className="row">
            <SelectField
              path={[p, 'objective']}
              label="Rank by"
              empty="default (relevance)"
              options={[
                ['relevance', 'relevance'],
                ['revenue', 'expected revenue'],
                ['profit', 'expected profit'],
              ]}
            />
            <NumberField path={[p, 'cap']} label="Most offers" min={1} max={100} />
            <NumberField path={[p, 'relevance_floor']} label="Relevance floor" hint="0 to 1" />
            <PercentField path={[p, 'margin_floor']} label="Margin floor (%)" />
          </div>
        </fieldset>
      ))}
    </>
  )
}
