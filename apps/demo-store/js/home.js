// Home: the featured products, each linking to its product page.
import { catalog, money, start } from './shop.js'

await start()
const { products, currency } = await catalog
const list = document.querySelector('[data-products]')
for (const p of products.slice(0, 24)) {
  const li = document.createElement('li')
  const a = document.createElement('a')
  a.href = `/demo/product.html?sku=${encodeURIComponent(p.sku)}`
  a.textContent = p.title
  const price = document.createElement('p')
  price.textContent = p.price === null ? '' : money(p.price, currency)
  li.append(a, price)
  list.append(li)
}
