import type { ConfigName } from '@upcross/client'
import type { ComponentType } from 'react'
import { hashOf } from '../../app/routes.js'
import { ConfigEditor } from './ConfigEditor.js'
import { BundlesForm } from './forms/BundlesForm.js'
import { GuardsForm } from './forms/GuardsForm.js'
import { LimitedTimeForm } from './forms/LimitedTimeForm.js'
import { LoyaltyForm } from './forms/LoyaltyForm.js'
import { PlacementsForm } from './forms/PlacementsForm.js'
import { ReferralsForm } from './forms/ReferralsForm.js'
import { RulesForm } from './forms/RulesForm.js'
import { ThresholdsForm } from './forms/ThresholdsForm.js'

interface Doc {
  name: ConfigName
  title: string
  description: string
  /** The value of a document never saved (module constants: the editor compares them). */
  empty: unknown
  Form: ComponentType
}

/** The configuration documents the screen edits, in menu order. */
export const DOCUMENTS: readonly Doc[] = [
  {
    name: 'rules',
    title: 'Rules',
    description: 'Links, pins, boosts, buries and exclusions, applied to every offer.',
    empty: { rules: [] },
    Form: RulesForm,
  },
  {
    name: 'bundles',
    title: 'Bundles',
    description: 'Mined and declared bundles, priced so the margin floor holds.',
    empty: {},
    Form: BundlesForm,
  },
  {
    name: 'thresholds',
    title: 'Thresholds',
    description:
      'Free shipping, gifts and discounts at cart subtotals: the free-shipping bar promises exactly these.',
    empty: { rule_sets: [] },
    Form: ThresholdsForm,
  },
  {
    name: 'loyalty',
    title: 'Loyalty',
    description: 'Punch cards and points programs, nudged from the customer’s own orders.',
    empty: [],
    Form: LoyaltyForm,
  },
  {
    name: 'limited_time',
    title: 'Limited-time offers',
    description: 'Discounts with a real start and end.',
    empty: [],
    Form: LimitedTimeForm,
  },
  {
    name: 'referrals',
    title: 'Referrals',
    description: 'Referral codes with a reward for both sides.',
    empty: [],
    Form: ReferralsForm,
  },
  {
    name: 'guards',
    title: 'Guard rails',
    description: 'How pushy offers may be: relevance, dismissals, caps, least profit.',
    empty: {},
    Form: GuardsForm,
  },
  {
    name: 'placements',
    title: 'Placements',
    description: 'Per placement: ranking objective, number of offers, floors.',
    empty: {},
    Form: PlacementsForm,
  },
]

/** The store's configuration documents as forms, one at a time. */
export function ConfigScreen({ document }: { document: string | undefined }) {
  const doc = DOCUMENTS.find((d) => d.name === document) ?? DOCUMENTS[0]!
  return (
    <section aria-labelledby="config-title">
      <h1 id="config-title">Configuration</h1>
      <nav aria-label="Configuration documents" className="subnav">
        <ul>
          {DOCUMENTS.map((d) => (
            <li key={d.name}>
              <a
                href={hashOf('config', d.name)}
                aria-current={d.name === doc.name ? 'page' : undefined}
              >
                {d.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ConfigEditor key={doc.name} {...doc} />
    </section>
  )
}
