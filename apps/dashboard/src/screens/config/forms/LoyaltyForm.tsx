import { ArrayField } from '../../../form/ArrayField.js'
import { ListField, NumberField, SelectField, TextField } from '../../../form/fields.js'
import { useField } from '../../../form/form-context.js'
import type { Path } from '../../../form/json-path.js'

const OWN = ['every', 'earn_per_minor', 'reward_at']

function ProgramKind({ path }: { path: Path }) {
  const program = useField(path)
  return (
    <SelectField
      path={[...path, 'kind']}
      label="Kind"
      options={[
        ['punch_card', 'punch card: every Nth one free'],
        ['points', 'points per amount spent'],
      ]}
      onPick={(kind) => {
        const old = (program.value ?? {}) as Record<string, unknown>
        program.set({
          ...Object.fromEntries(Object.entries(old).filter(([k]) => !OWN.includes(k))),
          kind,
        })
      }}
    />
  )
}

/** Loyalty programs: punch cards ("10th coffee free") and points. */
export function LoyaltyForm() {
  return (
    <ArrayField
      path={[]}
      label="Programs"
      addLabel="Add a program"
      itemLabel={(p, i) =>
        `Program ${i + 1}${(p as { id?: string })?.id ? `: ${(p as { id: string }).id}` : ''}`
      }
      newItem={() => ({ kind: 'punch_card', id: '', skus: [], every: 10, reward: '' })}
    >
      {(path, program) => {
        const kind = (program as { kind?: string } | undefined)?.kind
        return (
          <>
            <div className="row">
              <TextField path={[...path, 'id']} label="Program id" required />
              <ProgramKind path={path} />
              <TextField
                path={[...path, 'reward']}
                label="Reward"
                hint='e.g. "a free coffee"'
                required
              />
            </div>
            <div className="row">
              <ListField
                path={[...path, 'skus']}
                label="SKUs that count"
                hint="none: everything counts (points)"
              />
              {kind === 'punch_card' ? (
                <NumberField path={[...path, 'every']} label="Every Nth is free" min={2} />
              ) : null}
              {kind === 'points' ? (
                <>
                  <NumberField path={[...path, 'earn_per_minor']} label="Points per cent spent" />
                  <NumberField path={[...path, 'reward_at']} label="Reward at (points)" min={1} />
                </>
              ) : null}
            </div>
          </>
        )
      }}
    </ArrayField>
  )
}
