// The cart's lines as a table, redrawn on every cart change (quantities editable when asked).
import { cart, money, setCart, subtotal } from './shop.js'

/** Draws the cart into `[data-lines]` and `[data-subtotal]`, and keeps them current. */
export function cartTable({ bySku, currency }, editable) {
  const body = document.querySelector('[data-lines]')
  const total = document.querySelector('[data-subtotal]')
  const draw = () => {
    const lines = cart()
    body.replaceChildren()
    for (const l of lines) {
      const p = bySku.get(l.sku)
      const tr = document.createElement('tr')
      const cells = [p?.title ?? l.sku]
      if (editable) cells.push(p?.price == null ? '' : money(p.price, currency))
      for (const text of cells) {
        const td = document.createElement('td')
        td.textContent = text
        tr.append(td)
      }
      const qty = document.createElement('td')
      if (editable) {
        const input = document.createElement('input')
        input.type = 'number'
        input.min = '0'
        input.value = String(l.quantity)
        input.style.width = '4rem'
        input.setAttribute('aria-label', `Quantity of ${p?.title ?? l.sku}`)
        input.addEventListener('change', () =>
          setCart(
            cart().map((x) => (x.sku === l.sku ? { ...x, quantity: Number(input.value) } : x)),
          ),
        )
        qty.append(input)
      } else qty.textContent = String(l.quantity)
      const lineTotal = document.createElement('td')
      lineTotal.textContent = money((p?.price ?? 0) * l.quantity, currency)
      tr.append(qty, lineTotal)
      body.append(tr)
    }
    total.textContent = money(subtotal(lines, bySku), currency)
  }
  addEventListener('upcross:cart-changed', draw)
  draw()
}
