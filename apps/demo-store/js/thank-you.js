// Thank-you page: the order just placed, and the post-purchase offer for it.
import { catalog, lastOrder, start } from './shop.js'

const order = lastOrder()
const widget = document.querySelector('[data-order]')
if (order) widget.setAttribute('cart', JSON.stringify(order.lines))
await start()
const { bySku } = await catalog
document.querySelector('[data-order-id]').textContent = order?.orderId ?? '—'
document.querySelector('[data-order-lines]').textContent = (order?.lines ?? [])
  .map((l) => `${l.quantity} × ${bySku.get(l.sku)?.title ?? l.sku}`)
  .join(', ')
