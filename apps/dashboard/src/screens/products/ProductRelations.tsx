import { isUpcrossApiError, type Product, type ServedOffer } from '@upcross/client'
import { useCallback, useMemo } from 'react'
import { useDashboard } from '../../app/dashboard-context.js'
import { hashOf } from '../../app/routes.js'
import { Chart } from '../../charts/Chart.js'
import { ErrorNotice } from '../../ui/ErrorNotice.js'
import { moneyMajor } from '../../ui/format.js'
import { useAsync } from '../../ui/use-async.js'
import { graphOption } from './graph-option.js'
import { relatedSkus, relationsOf } from './relations.js'

const LIMIT = 12

interface Loaded {
  product: Product | undefined
  productPage: ServedOffer[]
  cart: ServedOffer[]
  /** Why there are no learned relations, when there are none to show. */
  noModel: string | undefined
  titles: Map<string, string>
}

/** One product: facts, a graph of its relations, and the same as a table. */
export function ProductRelations({ sku }: { sku: string }) {
  const { client, storeId, currency } = useDashboard()
  const load = useCallback(async (): Promise<Loaded> => {
    const product = await client.getProduct(storeId, sku).catch((e: unknown) => {
      if (isUpcrossApiError(e, 'not_found')) return undefined
      throw e
    })
    let productPage: ServedOffer[] = []
    let cart: ServedOffer[] = []
    let noModel: string | undefined
    try {
      ;[productPage, cart] = await Promise.all([
        client.offers(storeId, { placement: 'product', sku, limit: LIMIT }).then((a) => a.offers),
        client
          .offers(storeId, { placement: 'cart', cart: [sku], limit: LIMIT })
          .then((a) => a.offers),
      ])
    } catch (e) {
      if (!isUpcrossApiError(e, 'precondition_failed')) throw e
      noModel = e.message
    }
    const skus = relatedSkus(relationsOf(sku, product, productPage, cart))
    const titles = new Map<string, string>()
    if (product?.title) titles.set(sku, product.title)
    await Promise.all(
      skus.map((s) =>
        client.getProduct(storeId, s).then(
          (p) => p.title && titles.set(s, p.title),
          () => undefined,
        ),
      ),
    )
    return { product, productPage, cart, noModel, titles }
  }, [client, storeId, sku])
  const state = useAsync(load)

  const data = state.status === 'done' ? state.data : undefined
  const relations = useMemo(
    () => (data ? relationsOf(sku, data.product, data.productPage, data.cart) : []),
    [data, sku],
  )
  const option = useMemo(
    () => (data ? graphOption(sku, relations, data.titles) : undefined),
    [data, relations, sku],
  )

  if (state.status === 'failed') return <ErrorNotice error={state.error} />
  if (!data || !option) return <p aria-live="polite">Loading {sku}…</p>
  const { product, titles } = data
  return (
    <div data-testid="product-relations">
      <h2>
        {product?.title || sku} <code>{sku}</code>
      </h2>
      {product ? (
        <p className="muted">
          {product.category || 'no category'} · {moneyMajor(product.price, currency)}
          {product.stock !== undefined && product.stock !== null ? ` · stock ${product.stock}` : ''}
          {product.relations?.['tier'] ? ` · tier ${product.relations['tier'].join(':')}` : ''}
        </p>
      ) : (
        <p className="notice">This SKU is not in the catalog; learned relations only.</p>
      )}
      {data.noModel ? <p className="notice">No learned relations yet: {data.noModel}</p> : null}
      {relations.length === 0 ? (
        <p>Nothing relates to this product yet.</p>
      ) : (
        <>
          <Chart
            option={option}
            label={`Graph of ${relations.length} relations of ${sku}; the table below lists them`}
            height={420}
            onItemClick={(name) => {
              if (name !== sku) location.hash = hashOf('products', name)
            }}
            testId="relations-graph"
          />
          <table>
            <caption>Relations of {sku}</caption>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Relation</th>
                <th scope="col">Source</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {relations.map((r) => (
                <tr key={`${r.source}:${r.label}:${r.sku}`}>
                  <td>
                    <a href={hashOf('products', r.sku)}>{titles.get(r.sku) ?? r.sku}</a>{' '}
                    <code>{r.sku}</code>
                  </td>
                  <td>{r.label}</td>
                  <td>{r.source}</td>
                  <td>
                    <ul className="plain">
                      {r.evidence.map((t) => (
                        <li key={t}>{t}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  )
}
