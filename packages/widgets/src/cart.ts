/**
 * The cart as widgets take it: an attribute (`cart="sku1,sku2"` or JSON), a property (an array of
 * SKUs or of `{sku, quantity}` lines) or the detail of an `upcross:cart-changed` DOM event.
 * @module
 */

/** The DOM event a shop fires on `window` or `document` whenever its cart changes. */
export const CART_CHANGED = 'upcross:cart-changed'

/** One cart entry as a shop may hand it over. */
export type CartEntry = string | number | { sku: string | number; quantity?: number }

/** The distinct SKUs of a cart given in any accepted form; anything unreadable is an empty cart. */
export function cartSkus(value: unknown): string[] {
  let list: unknown = value
  if (typeof value === 'string') {
    const text = value.trim()
    if (text.startsWith('[')) {
      try {
        list = JSON.parse(text)
      } catch {
        return []
      }
    } else list = text === '' ? [] : text.split(',')
  }
  if (!Array.isArray(list)) return []
  const skus: string[] = []
  for (const entry of list as CartEntry[]) {
    const raw = typeof entry === 'object' && entry !== null ? entry.sku : entry
    const sku = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : ''
    if (sku !== '' && !skus.includes(sku)) skus.push(sku)
  }
  return skus
}

/**
 * The cart as `{sku, quantity}` lines when the shop gave quantities (any entry with a
 * `quantity`), merged per SKU; `undefined` for a plain list of SKUs. Thresholds count quantities,
 * so the free-shipping bar follows them.
 */
export function cartLines(value: unknown): { sku: string; quantity: number }[] | undefined {
  if (!Array.isArray(value)) return undefined
  if (!value.some((e) => typeof e === 'object' && e !== null && 'quantity' in e)) return undefined
  const lines: { sku: string; quantity: number }[] = []
  for (const entry of value as CartEntry[]) {
    const raw = typeof entry === 'object' && entry !== null ? entry.sku : entry
    const sku = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : ''
    const q = typeof entry === 'object' && entry !== null ? Number(entry.quantity ?? 1) : 1
    if (sku === '' || !(Number.isInteger(q) && q >= 1)) continue
    const same = lines.find((l) => l.sku === sku)
    if (same) same.quantity += q
    else lines.push({ sku, quantity: q })
  }
  return lines
}
