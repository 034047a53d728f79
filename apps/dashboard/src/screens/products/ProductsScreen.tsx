import { type FormEvent, useState } from 'react'
import { hashOf } from '../../app/routes.js'
import { ProductRelations } from './ProductRelations.js'

/** A product with its declared and learned relations; another SKU is one search away. */
export function ProductsScreen({ sku }: { sku: string | undefined }) {
  const [query, setQuery] = useState(sku ?? '')
  const go = (event: FormEvent) => {
    event.preventDefault()
    const wanted = query.trim()
    if (wanted) location.hash = hashOf('products', wanted)
  }
  return (
    <section aria-labelledby="products-title">
      <h1 id="products-title">Products</h1>
      <form onSubmit={go} className="inline">
        <label>
          SKU
          <input value={query} onChange={(e) => setQuery(e.target.value)} required />
        </label>
        <button type="submit">Show relations</button>
      </form>
      {sku ? (
        <ProductRelations key={sku} sku={sku} />
      ) : (
        <p className="muted">
          Enter a SKU to see what the merchant declared about it and what the model learned sells
          with it.
        </p>
      )}
    </section>
  )
}
