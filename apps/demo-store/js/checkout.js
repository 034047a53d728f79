// Checkout: the order summary, the checkout pop-up (shown by the widget itself, once the cart
// has something in it), and placing the order.
import { cartTable } from './cart-table.js'
import { cart, catalog, placeOrder, start } from './shop.js'

await start()
const c = await catalog
cartTable(c, false)
document.querySelector('[data-checkout-form]').addEventListener('submit', async (e) => {
  e.preventDefault()
  if (cart().length === 0) return
  const orderId = await placeOrder(c.bySku)
  location.href = `/demo/thank-you.html?order=${encodeURIComponent(orderId)}`
})
