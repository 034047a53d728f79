import { useDashboard } from '../../../app/dashboard-context.js'
import { ListField, MoneyField, TextField } from '../../../form/fields.js'
import type { Path } from '../../../form/json-path.js'

/** Which items a rule targets: SKUs, a category prefix, tags, a price range (every one given must hold). */
export function ItemMatchFields({ path }: { path: Path }) {
  const { currency } = useDashboard()
  return (
    <fieldset className="nested">
      <legend>Items it applies to (every condition given must hold)</legend>
      <div className="row">
        <ListField path={[...path, 'skus']} label="SKUs" />
        <TextField path={[...path, 'category']} label="Category" hint="a prefix: Home > Kitchen" />
        <ListField path={[...path, 'tags']} label="Any of these tags" />
      </div>
      <div className="row">
        <MoneyField
          path={[...path, 'price', 'min']}
          label={`Price from (${currency})`}
          currency={currency}
        />
        <MoneyField
          path={[...path, 'price', 'max']}
          label={`Price up to (${currency})`}
          currency={currency}
        />
      </div>
    </fieldset>
  )
}
