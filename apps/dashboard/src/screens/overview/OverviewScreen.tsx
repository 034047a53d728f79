import { useDashboard } from '../../app/dashboard-context.js'
import { hashOf } from '../../app/routes.js'
import { count } from '../../ui/format.js'
import { TrainPanel } from './TrainPanel.js'

/** The store at a glance: catalog, orders, model, and training. */
export function OverviewScreen() {
  const { summary } = useDashboard()
  const { store } = summary
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">Overview</h1>
      <dl className="tiles">
        <div>
          <dt>Products</dt>
          <dd data-testid="count-products">{count(summary.products)}</dd>
        </div>
        <div>
          <dt>Orders</dt>
          <dd data-testid="count-orders">{count(summary.orders)}</dd>
        </div>
        <div>
          <dt>Model version</dt>
          <dd data-testid="model-version">
            {summary.modelVersion === 0 ? 'none yet' : summary.modelVersion}
          </dd>
        </div>
        <div>
          <dt>Currency</dt>
          <dd>{store.currency}</dd>
        </div>
      </dl>
      {summary.orders === 0 ? (
        <p>
          Start by <a href={hashOf('import')}>importing your catalog and order history</a>; then
          train a model here.
        </p>
      ) : null}
      <TrainPanel />
    </section>
  )
}
