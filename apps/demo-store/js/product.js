// Product page: the product, its add-to-cart, and the product-page widgets (upsell, the rule of
// three, a bundle) told which product is viewed.
import { addToCart, catalog, money, start } from './shop.js'

const sku = new URLSearchParams(location.search).get('sku') ?? ''
for (const el of document.querySelectorAll('[data-sku]')) el.setAttribute('sku', sku)
await start()
const { bySku, currency } = await catalog
const product = bySku.get(sku)
document.querySelector('[data-title]').textContent = product?.title ?? `Unknown product ${sku}`
document.title = `${product?.title ?? sku} · upcross demo shop`
document.querySelector('[data-price]').textContent =
  product?.price == null ? '' : money(product.price, currency)
document.querySelector('[data-add]').addEventListener('click', () => {
  const quantity = Math.max(1, Number(document.querySelector('[data-quantity]').value) || 1)
  addToCart([sku], quantity)
  document.querySelector('[data-added]').textContent = `Added ${quantity} to your cart.`
})
