/**
 * Order and cart lines as templates show them: name, quantity and formatted line total.
 * @module
 */
import type { NameOf } from 'upcross'
import { formatMoney } from './format-money.js'
import type { EmailLine, StoreInfo } from './types.js'

/** One line as a template shows it. */
export interface LineView {
  name: string
  quantity: number
  /** quantity × unit price, formatted; empty when the price is unknown. */
  total: string
}

/** The views of `lines`, with the sum of the known line totals (minor units). */
export function lineViews(
  lines: readonly EmailLine[],
  store: StoreInfo,
  nameOf: NameOf,
  priceOf?: (sku: string) => number | undefined,
): { views: LineView[]; sum: number | undefined } {
  let sum: number | undefined = 0
  const views = lines.map((line) => {
    const unit = line.unitPrice ?? priceOf?.(line.sku)
    const total = unit === undefined ? undefined : unit * line.quantity
    if (total === undefined) sum = undefined
    else if (sum !== undefined) sum += total
    return {
      name: nameOf(line.sku),
      quantity: line.quantity,
      total: total === undefined ? '' : formatMoney(total, store.currency, store.locale),
    }
  })
  return { views, sum }
}
