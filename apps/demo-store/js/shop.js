// The demo shop's whole state: its settings (from the server), its catalog, and a cart kept in
// localStorage. It tells the widgets about every cart change (`upcross:cart-changed`) and adds
// whatever they offer (`upcross:add-to-cart`) to its own cart, as a real shop would.
const CART = 'demo:cart'
const ORDER = 'demo:last-order'

/** The shop's settings: store id, publishable key, currency. */
export const settings = fetch('/demo/config.json').then((r) => r.json())

/** The catalog: `{currency, products:[{sku,title,price}]}`, prices in minor units. */
export const catalog = fetch('/demo/catalog.json')
  .then((r) => r.json())
  .then((c) => ({ ...c, bySku: new Map(c.products.map((p) => [p.sku, p])) }))

/** The customer to personalise for: `?customer=12583` once, remembered in this tab. */
export function customer() {
  const fromUrl = new URLSearchParams(location.search).get('customer')
  if (fromUrl) sessionStorage.setItem('demo:customer', fromUrl)
  return sessionStorage.getItem('demo:customer') ?? undefined
}

/** The cart lines `[{sku, quantity}]`. */
export function cart() {
  try {
    const lines = JSON.parse(localStorage.getItem(CART) ?? '[]')
    return Array.isArray(lines) ? lines : []
  } catch {
    return []
  }
}

/** Replaces the cart and tells every widget and page part. */
export function setCart(lines) {
  const kept = lines.filter((l) => l.quantity > 0)
  localStorage.setItem(CART, JSON.stringify(kept))
  for (const el of document.querySelectorAll('[data-cart]'))
    el.setAttribute('cart', JSON.stringify(kept))
  dispatchEvent(new CustomEvent('upcross:cart-changed', { detail: { cart: kept } }))
}

/** Adds `quantity` of each SKU. */
export function addToCart(skus, quantity = 1) {
  const lines = cart()
  for (const sku of skus) {
    const line = lines.find((l) => l.sku === sku)
    if (line) line.quantity += quantity
    else lines.push({ sku, quantity })
  }
  setCart(lines)
}

/** The cart's total in minor units at catalog prices. */
export function subtotal(lines, bySku) {
  return lines.reduce((sum, l) => sum + (bySku.get(l.sku)?.price ?? 0) * l.quantity, 0)
}

/** Minor units as money in the shop's currency. */
export function money(minor, currency) {
  return new Intl.NumberFormat(document.documentElement.lang || 'en', {
    style: 'currency',
    currency,
  }).format(minor / 100)
}

/**
 * Places the order: one `purchase` event per line (so upcross can attribute revenue to the
 * offers that led to it), sent at once; the cart is emptied and the order kept for the
 * thank-you page.
 */
export async function placeOrder(bySku) {
  const lines = cart()
  const orderId = `demo-${Date.now().toString(36)}`
  for (const l of lines) {
    const price = bySku.get(l.sku)?.price ?? 0
    window.Upcross.track({
      kind: 'purchase',
      orderId,
      sku: l.sku,
      quantity: l.quantity,
      revenue: ((price * l.quantity) / 100).toFixed(2),
    })
  }
  await window.Upcross.flush()
  localStorage.setItem(ORDER, JSON.stringify({ orderId, lines }))
  setCart([])
  return orderId
}

/** The last order placed in this browser. */
export function lastOrder() {
  try {
    return JSON.parse(localStorage.getItem(ORDER) ?? 'null')
  } catch {
    return null
  }
}

/** Wires the page: widget settings, the cart badge, the mini-cart, and add-to-cart from widgets. */
export async function start() {
  const [s, c] = await Promise.all([settings, catalog])
  const who = customer()
  const apply = () =>
    window.Upcross.configure({
      store: s.store,
      key: s.key,
      currency: s.currency,
      customer: who,
      productUrl: '/demo/product.html?sku={sku}',
      // The shop's own names and prices wherever the server's answer carries none.
      lookup: (sku) => c.bySku.get(sku),
    })
  // The widget script is deferred: configure once it has run, whichever comes first.
  if (window.Upcross) apply()
  else document.querySelector('script[data-widgets]')?.addEventListener('load', apply)
  for (const el of document.querySelectorAll('[data-cart]'))
    el.setAttribute('cart', JSON.stringify(cart()))
  document.addEventListener('upcross:add-to-cart', (e) => addToCart(e.detail.skus))
  const badge = document.querySelector('[data-cart-count]')
  const showCount = () => {
    if (badge) badge.textContent = String(cart().reduce((n, l) => n + l.quantity, 0))
  }
  addEventListener('upcross:cart-changed', showCount)
  showCount()
  const toggle = document.querySelector('[data-mini-cart-toggle]')
  const panel = document.querySelector('[data-mini-cart]')
  toggle?.addEventListener('click', () => {
    const open = panel.hidden
    panel.hidden = !open
    toggle.setAttribute('aria-expanded', String(open))
  })
}
