import { isUpcrossApiError } from '@upcross/client'
import { useCallback } from 'react'
import { useDashboard } from '../../app/dashboard-context.js'
import { ArrayField } from '../../form/ArrayField.js'
import { ChecklistField, NumberField, PercentField, TextField } from '../../form/fields.js'
import { ErrorNotice } from '../../ui/ErrorNotice.js'
import { useAsync } from '../../ui/use-async.js'
import { loadAnalytics } from '../analytics/analytics-api.js'
import { LiftSection } from '../analytics/LiftSection.js'
import { MetricsTable } from '../analytics/MetricsTable.js'
import { ConfigEditor } from '../config/ConfigEditor.js'
import { PLACEMENTS } from '../config/placements.js'

const NO_HOLDOUT = { share: 0 }
const NO_EXPERIMENTS: unknown[] = []

function HoldoutForm() {
  return (
    <div className="row">
      <PercentField
        path={['share']}
        label="Customers held out (%)"
        hint="they see no offers; 0 turns the holdout off"
      />
      <TextField path={['salt']} label="Salt" hint="changing it reshuffles who is held out" />
    </div>
  )
}

function ExperimentsForm() {
  return (
    <ArrayField
      path={[]}
      label="Experiments"
      addLabel="Add an experiment"
      itemLabel={(e, i) =>
        `Experiment ${i + 1}${(e as { id?: string })?.id ? `: ${(e as { id: string }).id}` : ''}`
      }
      newItem={() => ({
        id: '',
        variants: [
          { name: 'control', weight: 1 },
          { name: 'profit', weight: 1 },
        ],
      })}
    >
      {(path) => (
        <>
          <div className="row">
            <TextField path={[...path, 'id']} label="Experiment id" required />
            <TextField path={[...path, 'salt']} label="Salt" hint="default: the id" />
          </div>
          <ChecklistField
            path={[...path, 'placements']}
            label="Placements"
            options={PLACEMENTS}
            hint="none ticked: every placement"
          />
          <ArrayField
            path={[...path, 'variants']}
            label="Variants"
            addLabel="Add a variant"
            itemLabel={(v, k) =>
              `Variant ${k + 1}${(v as { name?: string })?.name ? `: ${(v as { name: string }).name}` : ''}`
            }
            newItem={() => ({ name: '', weight: 1 })}
          >
            {(variantPath) => (
              <div className="row">
                <TextField path={[...variantPath, 'name']} label="Name (strategy)" required />
                <NumberField
                  path={[...variantPath, 'weight']}
                  label="Weight"
                  min={0}
                  hint="share = weight / sum of weights"
                />
              </div>
            )}
          </ArrayField>
        </>
      )}
    </ArrayField>
  )
}

/** Results per strategy and against the holdout, from the analytics. */
function Results() {
  const { client, storeId } = useDashboard()
  const load = useCallback(() => loadAnalytics(client, storeId, {}), [client, storeId])
  const state = useAsync(load)
  if (state.status === 'loading') return <p>Loading results…</p>
  if (state.status === 'failed')
    return isUpcrossApiError(state.error, 'not_found') ? (
      <p className="notice">The server has no analytics yet, so no results to show.</p>
    ) : (
      <ErrorNotice error={state.error} title="Results could not load" />
    )
  const { byStrategy, lift, currency } = state.data
  return (
    <>
      {byStrategy.length > 0 ? (
        <MetricsTable
          rows={byStrategy}
          caption="Offers by strategy (variant)"
          keyLabel="Strategy"
          currency={currency}
          testId="experiment-table"
        />
      ) : (
        <p>No offer was shown yet.</p>
      )}
      {lift ? (
        <LiftSection lift={lift} currency={currency} />
      ) : (
        <p className="muted">No holdout customers yet.</p>
      )}
    </>
  )
}

/** The standing holdout, A/B experiments between strategies, and their results. */
export function ExperimentsScreen() {
  return (
    <section aria-labelledby="experiments-title">
      <h1 id="experiments-title">Experiments and the holdout</h1>
      <ConfigEditor
        name="holdout"
        title="Holdout"
        description="A share of customers who never see offers, drawn deterministically: the baseline incremental lift is measured against."
        empty={NO_HOLDOUT}
        Form={HoldoutForm}
      />
      <ConfigEditor
        name="experiments"
        title="A/B experiments"
        description="Each customer gets one variant per experiment, deterministically; a variant names the strategy it serves."
        empty={NO_EXPERIMENTS}
        Form={ExperimentsForm}
      />
      <section aria-labelledby="results-title">
        <h2 id="results-title">Results</h2>
        <Results />
      </section>
    </section>
  )
}
