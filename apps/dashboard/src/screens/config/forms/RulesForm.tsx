import { ArrayField } from '../../../form/ArrayField.js'
import {
  CheckboxField,
  ChecklistField,
  ListField,
  NumberField,
  SelectField,
  TextField,
} from '../../../form/fields.js'
import { useField } from '../../../form/form-context.js'
import type { Path } from '../../../form/json-path.js'
import { PLACEMENTS } from '../placements.js'
import { ItemMatchFields } from './ItemMatchFields.js'

const KINDS = [
  ['link', 'link: when X is in the cart, offer Y'],
  ['pin', 'pin: show a SKU at a position'],
  ['boost', 'boost: raise matching items'],
  ['bury', 'bury: lower matching items'],
  ['exclude', 'exclude: never offer matching items'],
] as const

/** The fields each kind of rule has besides id, kind, priority, stop and when. */
const OWN_FIELDS: Record<string, string[]> = {
  link: ['from', 'to', 'as'],
  pin: ['sku', 'position'],
  boost: ['match', 'factor'],
  bury: ['match', 'factor'],
  exclude: ['match'],
}

function KindField({ path }: { path: Path }) {
  const rule = useField(path)
  const pick = (kind: string | undefined) => {
    // Fields of the old kind would be "unknown keys" for the new one: drop them.
    const old = (rule.value ?? {}) as Record<string, unknown>
    const keep = Object.fromEntries(
      Object.entries(old).filter(([k]) => !Object.values(OWN_FIELDS).flat().includes(k)),
    )
    rule.set({ ...keep, kind })
  }
  return <SelectField path={[...path, 'kind']} label="Kind" options={KINDS} onPick={pick} />
}

function RuleFields({ path, rule }: { path: Path; rule: Record<string, unknown> }) {
  const kind = rule['kind']
  return (
    <>
      <div className="row">
        <TextField path={[...path, 'id']} label="Rule id" required />
        <KindField path={path} />
        <NumberField
          path={[...path, 'priority']}
          label="Priority"
          hint="higher runs first; default 0"
        />
      </div>
      {kind === 'link' ? (
        <div className="row">
          <ListField path={[...path, 'from']} label="When the cart holds (SKUs)" required />
          <ListField path={[...path, 'to']} label="Offer (SKUs)" required />
          <SelectField
            path={[...path, 'as']}
            label="As"
            options={[
              ['cross_sell', 'cross-sell'],
              ['upsell', 'upsell'],
            ]}
          />
        </div>
      ) : null}
      {kind === 'pin' ? (
        <div className="row">
          <TextField path={[...path, 'sku']} label="SKU" required />
          <NumberField path={[...path, 'position']} label="Position" hint="1 = first" min={1} />
        </div>
      ) : null}
      {kind === 'boost' || kind === 'bury' ? (
        <NumberField
          path={[...path, 'factor']}
          label="Factor"
          hint={kind === 'boost' ? 'greater than 1, e.g. 1.5' : 'from 0 to below 1, e.g. 0.5'}
        />
      ) : null}
      {kind === 'boost' || kind === 'bury' || kind === 'exclude' ? (
        <ItemMatchFields path={[...path, 'match']} />
      ) : null}
      <details>
        <summary>When and how it applies</summary>
        <ChecklistField
          path={[...path, 'when', 'placements']}
          label="Only at these placements"
          options={PLACEMENTS}
          hint="none ticked: every placement"
        />
        <ListField
          path={[...path, 'when', 'cart']}
          label="Only when the cart holds any of (SKUs)"
        />
        <CheckboxField
          path={[...path, 'stop']}
          label="Stop: no later rule runs when this one matches"
        />
      </details>
    </>
  )
}

/** Merchant rules: links, pins, boosts, buries and exclusions. */
export function RulesForm() {
  return (
    <>
      <SelectField
        path={['unavailable']}
        label="Out-of-stock and unlisted items"
        empty="hide them (default)"
        options={[
          ['hide', 'hide them'],
          ['keep_in_evidence_only', 'keep them as evidence, never offer them'],
        ]}
      />
      <ArrayField
        path={['rules']}
        label="Rules"
        addLabel="Add a rule"
        itemLabel={(r, i) =>
          `Rule ${i + 1}${(r as { id?: string })?.id ? `: ${(r as { id: string }).id}` : ''}`
        }
        newItem={() => ({ id: '', kind: 'exclude', match: {} })}
      >
        {(path, rule) => <RuleFields path={path} rule={(rule ?? {}) as Record<string, unknown>} />}
      </ArrayField>
    </>
  )
}
