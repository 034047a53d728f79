import { FileImport } from './FileImport.js'

/** Import of the catalog and the order history from canonical CSV files. */
export function ImportScreen() {
  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">Import</h1>
      <p className="muted">
        Canonical CSV files (see <code>docs/data-formats.md</code>). Valid rows are stored, every
        rejected row is listed below with its line and reason, and sending a file again stores
        nothing twice. Other layouts (Online Retail, Instacart, …) import with{' '}
        <code>upcross import</code>.
      </p>
      <FileImport
        kind="products"
        title="Catalog"
        hint="sku,title,category,price[,cost,stock,tags,variant_of,accessory_of,…,tier]"
      />
      <FileImport
        kind="orders"
        title="Orders"
        hint="order_id,customer_id,ordered_at,sku,quantity,unit_price — one row per order line"
      />
    </section>
  )
}
